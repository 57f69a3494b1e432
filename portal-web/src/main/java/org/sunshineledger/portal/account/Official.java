package org.sunshineledger.portal.account;

/**
 * The person an official's account belongs to, named at the appointment. Kept for officials (their
 * superiors, the district admin and auditors) and never public.
 *
 * @param name the person's name
 * @param office their office, for example 村党支部书记
 * @param phone their telephone
 */
public record Official(String name, String office, String phone) {}

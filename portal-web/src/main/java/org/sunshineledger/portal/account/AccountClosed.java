package org.sunshineledger.portal.account;

/**
 * A donor closed their account (CDI event, fired inside the closing transaction): their pledges and
 * trails stay, shown under {@value DonorProfile#ANONYMOUS}, and no room keeps the old sign-in name,
 * which was a phone number or an e-mail address.
 *
 * @param username the sign-in name the account had
 * @param erasedName the name it keeps instead, naming no one
 */
public record AccountClosed(String username, String erasedName) {}

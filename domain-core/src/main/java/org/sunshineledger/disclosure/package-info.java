/**
 * Public notice (信息公开, §5, §9, §21): what is published, when and by whom, and the one masking
 * policy for every public view of a person.
 */
package org.sunshineledger.disclosure;

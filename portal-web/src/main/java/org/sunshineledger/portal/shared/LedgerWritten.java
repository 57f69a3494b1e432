package org.sunshineledger.portal.shared;

/**
 * A record that a supervision rule looks at was written: fired by the room that wrote it, inside
 * the writing transaction; once the write is committed the supervision room runs the rules over
 * that one record (§3: checked as the data come in, not only at night).
 *
 * @param subject the record as the rules name it, such as {@code distribution:12} or {@code
 *     household:1043}
 */
public record LedgerWritten(String subject) {}

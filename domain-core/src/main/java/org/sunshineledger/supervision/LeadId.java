package org.sunshineledger.supervision;

/**
 * A lead's identity in the rectification ledger.
 *
 * @param value the number, positive
 */
public record LeadId(long value) {
  /**
   * Validates the number.
   *
   * @param value the number
   * @throws IllegalArgumentException when it is not positive
   */
  public LeadId {
    if (value <= 0) {
      throw new IllegalArgumentException("a lead id is positive: " + value);
    }
  }
}

package org.sunshineledger.registry;

/**
 * The identity of a registered household (建档立卡户) inside the ledger.
 *
 * @param value a positive number
 */
public record HouseholdId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public HouseholdId {
    if (value <= 0) {
      throw new IllegalArgumentException("a household id is positive, not " + value);
    }
  }
}

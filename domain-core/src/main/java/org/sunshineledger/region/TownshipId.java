package org.sunshineledger.region;

/**
 * The identity of a township (镇 / 街道) inside the ledger.
 *
 * @param value a positive number
 */
public record TownshipId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public TownshipId {
    if (value <= 0) {
      throw new IllegalArgumentException("a township id is positive, not " + value);
    }
  }
}

package org.sunshineledger.region;

/**
 * The identity of a village or community (村 / 居) inside the ledger.
 *
 * @param value a positive number
 */
public record VillageId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public VillageId {
    if (value <= 0) {
      throw new IllegalArgumentException("a village id is positive, not " + value);
    }
  }
}

package org.sunshineledger.income;

/**
 * The identity of an income distribution (收益分配) inside the ledger.
 *
 * @param value a positive number
 */
public record DistributionId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public DistributionId {
    if (value <= 0) {
      throw new IllegalArgumentException("an id is positive, not " + value);
    }
  }
}

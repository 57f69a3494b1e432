package org.sunshineledger.fund;

/**
 * The identity of a fund (a yearly appropriation of one source, 年度资金) inside the ledger.
 *
 * @param value a positive number
 */
public record FundId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public FundId {
    if (value <= 0) {
      throw new IllegalArgumentException("an id is positive, not " + value);
    }
  }
}

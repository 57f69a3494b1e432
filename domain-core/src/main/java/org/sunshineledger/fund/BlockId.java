package org.sunshineledger.fund;

/**
 * The identity of a township block (切块到镇资金) inside the ledger.
 *
 * @param value a positive number
 */
public record BlockId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public BlockId {
    if (value <= 0) {
      throw new IllegalArgumentException("an id is positive, not " + value);
    }
  }
}

package org.sunshineledger.asset;

/**
 * The identity of an asset formed by a project (扶贫资产) inside the ledger.
 *
 * @param value a positive number
 */
public record AssetId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public AssetId {
    if (value <= 0) {
      throw new IllegalArgumentException("an id is positive, not " + value);
    }
  }
}

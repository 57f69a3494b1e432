package org.sunshineledger.project;

/**
 * The identity of a project (扶贫项目) inside the ledger.
 *
 * @param value a positive number
 */
public record ProjectId(long value) {
  /**
   * Validates the id.
   *
   * @param value a positive number
   */
  public ProjectId {
    if (value <= 0) {
      throw new IllegalArgumentException("an id is positive, not " + value);
    }
  }
}

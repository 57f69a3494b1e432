package org.sunshineledger.asset;

/** The state of an asset in the ledger. */
public enum AssetStatus {
  /** 在用. */
  IN_USE,
  /** 闲置. */
  IDLE,
  /** 已处置: nothing more may be recorded. */
  DISPOSED
}

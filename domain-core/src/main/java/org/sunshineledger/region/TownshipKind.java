package org.sunshineledger.region;

/** Whether a township is a town (镇) or an urban subdistrict (街道). */
public enum TownshipKind {
  /** 镇. */
  TOWN,
  /** 街道. */
  SUBDISTRICT
}

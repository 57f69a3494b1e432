package org.sunshineledger.region;

/** The designations a village can carry in the policy. */
public enum VillageDesignation {
  /** 省定扶贫工作重点村 (§2). */
  PROVINCIAL_KEY,
  /** 市定扶贫工作重点村 (§2). */
  MUNICIPAL_KEY,
  /** 市定重点扶持村: the nine villages named in §4, whose infrastructure is to reach the average. */
  KEY_SUPPORT
}

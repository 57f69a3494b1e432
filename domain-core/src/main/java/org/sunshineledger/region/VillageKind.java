package org.sunshineledger.region;

/** Whether a place is a village (村, 村民委员会) or an urban community (居, 居民委员会). */
public enum VillageKind {
  /** 村. */
  VILLAGE,
  /** 居 / 社区. */
  COMMUNITY
}

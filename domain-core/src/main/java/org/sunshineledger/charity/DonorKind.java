package org.sunshineledger.charity;

/** Who gives. */
public enum DonorKind {
  /** 企业. */
  ENTERPRISE,
  /** 国有企业. */
  SOE,
  /** 个人. */
  INDIVIDUAL,
  /** 志愿者团队. */
  VOLUNTEER_TEAM,
  /** 慈善组织. */
  CHARITY
}

package org.sunshineledger.access;

/** The roles of the ledger's accounts. Reading what is public needs no role at all. */
public enum Role {
  /** 区级管理员: writes anywhere in the district. */
  DISTRICT_ADMIN,
  /** 镇级经办人: writes for one township and its villages. */
  TOWNSHIP_OFFICER,
  /** 村级经办人: writes for one village. */
  VILLAGE_OFFICER,
  /** 捐赠人: posts donations and pledges on the charity board. */
  DONOR,
  /** 审计监督: reads everything across the district, writes nothing. */
  AUDITOR
}

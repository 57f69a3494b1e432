package org.sunshineledger.registry;

/** A member's labour ability (劳动能力). */
public enum LabourAbility {
  /** 有劳动能力. */
  FULL,
  /** 部分丧失劳动能力. */
  PARTIAL,
  /** 完全丧失劳动能力 (无劳动能力). */
  NONE
}

package org.sunshineledger.supervision;

import java.util.Set;

/** Where a lead stands in the rectification ledger (问题整改台账, §21). */
public enum LeadStatus {
  /** 待核实: found by a rule or a complaint, not yet checked. */
  PENDING("待核实"),
  /** 属实: checked and true; rectification is owed. */
  CONFIRMED("属实"),
  /** 不属实: checked and not true, with the reason; the lead ends here. */
  UNFOUNDED("不属实"),
  /** 整改中: rectification under way, by a deadline. */
  RECTIFYING("整改中"),
  /** 已整改销号: rectified, closed with its evidence. */
  CLOSED("已整改销号");

  private final String chineseName;

  LeadStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The name the ledger prints.
   *
   * @return the Chinese name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The statuses a lead may move to from this one.
   *
   * @return the next statuses, empty for an ended lead
   */
  public Set<LeadStatus> next() {
    return switch (this) {
      case PENDING -> Set.of(CONFIRMED, UNFOUNDED);
      case CONFIRMED -> Set.of(RECTIFYING);
      case RECTIFYING -> Set.of(CLOSED);
      case UNFOUNDED, CLOSED -> Set.of();
    };
  }

  /**
   * Whether the lead has ended, true or not.
   *
   * @return true when no status follows
   */
  public boolean ended() {
    return next().isEmpty();
  }
}

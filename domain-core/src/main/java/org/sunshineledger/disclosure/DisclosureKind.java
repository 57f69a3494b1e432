package org.sunshineledger.disclosure;

/**
 * What a disclosure reports (公开事项, §5, §9, §21), with the time the rules allow between the event
 * and its publication: allocation results within 15 working days, everything else within 20.
 */
public enum DisclosureKind {
  /** 资金分配结果 — every allocation at every level, without exception (§5 一律公开). */
  ALLOCATION_RESULT("资金分配结果", "Fund allocation result", 15),
  /** 年度项目计划 — the annual project plan once approved. */
  PROJECT_PLAN("年度项目计划", "Annual project plan", 20),
  /** 项目竣工及资金使用 — a project's completion and what its funds were used for. */
  PROJECT_COMPLETION("项目竣工及资金使用", "Project completion and fund use", 20),
  /** 收益分配名单 — who received what share of an asset's income. */
  INCOME_DISTRIBUTION("收益分配名单", "Income distribution list", 20),
  /** 受益名单 — the beneficiaries of a project or measure. */
  BENEFICIARY_LIST("受益对象名单", "Beneficiary list", 20),
  /** 危房改造名单 — the unsafe houses renovated (§9). */
  UNSAFE_HOUSE_RENOVATION("危房改造名单", "Unsafe-house renovation list", 20),
  /** 贫困户识别和退出 — households identified as poor or exited. */
  HOUSEHOLD_IDENTIFICATION_EXIT("贫困户识别和退出", "Household identification and exit", 20);

  private final String chinese;
  private final String english;
  private final int dueWorkingDays;

  DisclosureKind(String chinese, String english, int dueWorkingDays) {
    this.chinese = chinese;
    this.english = english;
    this.dueWorkingDays = dueWorkingDays;
  }

  /**
   * Returns the Chinese name.
   *
   * @return for example 资金分配结果
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English name.
   *
   * @return for example Fund allocation result
   */
  public String english() {
    return english;
  }

  /**
   * Returns the working days allowed between the event and its publication.
   *
   * @return 15 for allocation results, 20 for the other kinds
   */
  public int dueWorkingDays() {
    return dueWorkingDays;
  }
}

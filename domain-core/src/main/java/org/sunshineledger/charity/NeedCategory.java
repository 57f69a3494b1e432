package org.sunshineledger.charity;

/** What a need asks for. Cash needs count their units in fen. */
public enum NeedCategory {
  /** 日常生活用品. */
  DAILY_NECESSITIES("日常生活用品"),
  /** 过暖冬过好年物资. */
  WINTER_SUPPLIES("过暖冬过好年"),
  /** 医疗. */
  MEDICAL("医疗"),
  /** 教育. */
  EDUCATION("教育"),
  /** 危房修缮. */
  HOUSING_REPAIR("住房修缮"),
  /** 现金. */
  CASH("现金");

  private final String chineseName;

  NeedCategory(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }
}

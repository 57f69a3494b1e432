package org.sunshineledger.registry;

/**
 * The six guarantees of exit: 两不愁 (food, clothing), 三保障 (compulsory education, basic medical care,
 * safe housing) and 饮水安全 (safe drinking water).
 */
public enum Guarantee {
  /** 不愁吃. */
  FOOD("不愁吃"),
  /** 不愁穿. */
  CLOTHING("不愁穿"),
  /** 义务教育有保障. */
  COMPULSORY_EDUCATION("义务教育有保障"),
  /** 基本医疗有保障. */
  BASIC_MEDICAL_CARE("基本医疗有保障"),
  /** 住房安全有保障. */
  SAFE_HOUSING("住房安全有保障"),
  /** 饮水安全有保障. */
  SAFE_DRINKING_WATER("饮水安全有保障");

  private final String chineseName;

  Guarantee(String chineseName) {
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

package org.sunshineledger.disclosure;

/** Who publishes (公开层级): whoever allocates or uses the funds publishes (谁分配、谁使用、谁公开). */
public enum DisclosureLevel {
  /** 区级. */
  DISTRICT("区级", "District"),
  /** 镇（街道）级. */
  TOWNSHIP("镇（街道）级", "Township"),
  /** 村级. */
  VILLAGE("村级", "Village");

  private final String chinese;
  private final String english;

  DisclosureLevel(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the Chinese name.
   *
   * @return for example 村级
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English name.
   *
   * @return for example Village
   */
  public String english() {
    return english;
  }
}

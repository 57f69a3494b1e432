package org.sunshineledger.registry;

/** A household's status in the campaign. */
public enum HouseholdStatus {
  /** 未脱贫. */
  POOR("未脱贫"),
  /** 已脱贫享受政策. */
  LIFTED_WITH_POLICY("已脱贫享受政策"),
  /** 脱贫不再享受政策. */
  LIFTED_WITHOUT_POLICY("脱贫不再享受政策");

  private final String chineseName;

  HouseholdStatus(String chineseName) {
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

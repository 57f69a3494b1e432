package org.sunshineledger.income;

/** Where the collective part of an asset's income goes. */
public enum CollectiveFund {
  /** 村扶贫基金. */
  VILLAGE_POVERTY_FUND("村扶贫基金"),
  /** 孝善养老基金. */
  FILIAL_ELDERLY_CARE_FUND("孝善养老基金");

  private final String chineseName;

  CollectiveFund(String chineseName) {
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

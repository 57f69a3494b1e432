package org.sunshineledger.registry;

/** Markers a household carries beside its status. */
public enum Marker {
  /** 新致贫. */
  NEWLY_POOR("新致贫"),
  /** 返贫. */
  RETURNED("返贫"),
  /** 市标贫困人口: sudden, illness, disaster or expenditure poverty, "即时出现，即时标注，即时纳入". */
  CITY_MARKED("市标贫困人口");

  private final String chineseName;

  Marker(String chineseName) {
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

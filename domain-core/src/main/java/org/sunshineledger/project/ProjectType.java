package org.sunshineledger.project;

/** The kinds of project of §5 and §6. */
public enum ProjectType {
  /** 特色种植 (石榴, 大枣, 核桃, 马铃薯). */
  PLANTING("特色种植"),
  /** 养殖. */
  BREEDING("养殖"),
  /** 农产品加工. */
  PROCESSING("农产品加工"),
  /** 乡村旅游. */
  RURAL_TOURISM("乡村旅游"),
  /** 电商扶贫. */
  E_COMMERCE("电商扶贫"),
  /** 光伏扶贫. */
  PHOTOVOLTAIC("光伏扶贫"),
  /** 扶贫车间. */
  POVERTY_WORKSHOP("扶贫车间"),
  /** 基础设施 (七改: roads, power, schools, houses, toilets, water, heating). */
  INFRASTRUCTURE("基础设施"),
  /** 教育扶贫. */
  EDUCATION("教育扶贫"),
  /** 健康扶贫. */
  HEALTH("健康扶贫"),
  /** 住房安全. */
  HOUSING("住房安全");

  private final String chineseName;

  ProjectType(String chineseName) {
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

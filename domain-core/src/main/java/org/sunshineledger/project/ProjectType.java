package org.sunshineledger.project;

/**
 * The kinds of project of §5 and §6. Some build operating assets (经营性资产) that earn an income to
 * distribute — a plantation, a workshop, a solar plant — and so need an operator and owe income;
 * others build public-welfare assets (公益性资产) — roads, schools, clinics, houses — that earn none
 * ({@link #operating()}).
 */
public enum ProjectType {
  /** 特色种植 (石榴, 大枣, 核桃, 马铃薯). */
  PLANTING("特色种植", true),
  /** 养殖. */
  BREEDING("养殖", true),
  /** 农产品加工. */
  PROCESSING("农产品加工", true),
  /** 乡村旅游. */
  RURAL_TOURISM("乡村旅游", true),
  /** 电商扶贫. */
  E_COMMERCE("电商扶贫", true),
  /** 光伏扶贫. */
  PHOTOVOLTAIC("光伏扶贫", true),
  /** 扶贫车间. */
  POVERTY_WORKSHOP("扶贫车间", true),
  /** 基础设施 (七改: roads, power, schools, houses, toilets, water, heating). */
  INFRASTRUCTURE("基础设施", false),
  /** 教育扶贫. */
  EDUCATION("教育扶贫", false),
  /** 健康扶贫. */
  HEALTH("健康扶贫", false),
  /** 住房安全. */
  HOUSING("住房安全", false);

  private final String chineseName;
  private final boolean operating;

  ProjectType(String chineseName, boolean operating) {
    this.chineseName = chineseName;
    this.operating = operating;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether the project builds an operating asset (经营性资产): one let to an operator (经营权) that earns
   * an income to distribute (收益分配), as planting, breeding, processing, rural tourism, e-commerce,
   * photovoltaic and workshop projects do; infrastructure, education, health and housing projects
   * build public-welfare assets that earn none.
   *
   * @return true for the kinds whose assets earn income
   */
  public boolean operating() {
    return operating;
  }
}

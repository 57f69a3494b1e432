package org.sunshineledger.fund;

/** The factors of the factor method (因素法分配因素). */
public enum AllocationFactor {
  /** 建档立卡贫困人口: the township's registered poor population. */
  POOR_POPULATION("建档立卡贫困人口"),
  /** 重点村数量: how many key villages the township has (both key and non-key are served). */
  KEY_VILLAGES("扶贫工作重点村数"),
  /** 重点镇倾斜: 1 for a focus township of §4, 0 otherwise. */
  FOCUS_TOWNSHIP("脱贫任务较重镇倾斜"),
  /** 绩效考核得分: the township's score in last year's assessment. */
  ASSESSMENT_SCORE("绩效考核得分");

  private final String chineseName;

  AllocationFactor(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name on the published result.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }
}

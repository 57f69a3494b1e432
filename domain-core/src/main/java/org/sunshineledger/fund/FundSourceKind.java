package org.sunshineledger.fund;

/** Where a fund comes from (资金来源). */
public enum FundSourceKind {
  /** 中央财政专项扶贫资金. */
  CENTRAL("中央财政", true),
  /** 省级财政专项扶贫资金. */
  PROVINCIAL("省级财政", true),
  /** 市级财政专项扶贫资金. */
  MUNICIPAL("市级财政", true),
  /** 区级财政专项扶贫资金: the district's own budget, which §15 says does not fall year on year. */
  DISTRICT("区级财政", true),
  /** 国有企业捐赠 (§14: at least 3,000,000 yuan over 2018–2020). */
  SOE_DONATION("国有企业捐赠", false),
  /** 民营企业帮扶 (百企帮百村). */
  PRIVATE_ENTERPRISE("民营企业帮扶", false),
  /** 慈善总会. */
  CHARITY("慈善捐助", false),
  /** 东西部扶贫协作与结对帮扶资金 (丰都县江池镇, 文登区). */
  PAIRED_COOPERATION("扶贫协作资金", false);

  private final String chineseName;
  private final boolean fiscal;

  FundSourceKind(String chineseName, boolean fiscal) {
    this.chineseName = chineseName;
    this.fiscal = fiscal;
  }

  /**
   * Returns the Chinese name shown on notices.
   *
   * @return for example 中央财政
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether this is a fiscal special fund rather than a social source.
   *
   * @return true for the four budget levels
   */
  public boolean fiscal() {
    return fiscal;
  }
}

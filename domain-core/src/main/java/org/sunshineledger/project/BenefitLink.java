package org.sunshineledger.project;

/** How a project benefits poor households (利益联结机制, §5). */
public enum BenefitLink {
  /** 股份合作. */
  SHARE_COOPERATION("股份合作"),
  /** 订单帮扶. */
  ORDER_ASSISTANCE("订单帮扶"),
  /** 生产托管. */
  PRODUCTION_TRUSTEESHIP("生产托管"),
  /** 吸纳就业. */
  EMPLOYMENT("吸纳就业");

  private final String chineseName;

  BenefitLink(String chineseName) {
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

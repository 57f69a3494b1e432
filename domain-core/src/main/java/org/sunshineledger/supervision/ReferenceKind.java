package org.sunshineledger.supervision;

/**
 * The lists of other departments a registry member or payee is compared with (大数据比对, §3), as the
 * provinces' supervision platforms of those years compared them by ID number.
 */
public enum ReferenceKind {
  /** 死亡人员 (公安, 民政). */
  DECEASED("已死亡"),
  /** 财政供养人员 (财政): on the public payroll. */
  PUBLIC_PAYROLL("财政供养人员"),
  /** 机动车登记 (车管). */
  VEHICLE_OWNER("登记有车辆"),
  /** 工商注册 (市场监管): owner or officer of a registered company. */
  COMPANY_REGISTERED("登记有企业"),
  /** 不动产登记 (房产): owner of urban property. */
  PROPERTY_OWNER("登记有房产");

  private final String chineseName;

  ReferenceKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The name a lead prints.
   *
   * @return the Chinese name
   */
  public String chineseName() {
    return chineseName;
  }
}

package org.sunshineledger.project;

/** Who a project belongs to and how many places it spans (§5). */
public enum ProjectScope {
  /** 单村项目: one village of one township. */
  SINGLE_VILLAGE("单村项目"),
  /** 镇级领办: led by one township. */
  TOWNSHIP_LED("镇级领办"),
  /** 联村共建: several villages of one township. */
  MULTI_VILLAGE("联村共建"),
  /** 多镇联建: several townships, such as an industrial park (扶贫产业园). */
  MULTI_TOWNSHIP("多镇联建");

  private final String chineseName;

  ProjectScope(String chineseName) {
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

package org.sunshineledger.supervision;

/**
 * What a complaint (举报, §17) is about, in the categories the poverty-alleviation supervision
 * hotlines of those years sorted their calls by.
 */
public enum ComplaintCategory {
  /** 扶贫资金被截留、挪用、滞留或虚报冒领. */
  FUNDS("扶贫资金使用"),
  /** 扶贫项目建设、质量或验收. */
  PROJECT("扶贫项目建设"),
  /** 扶贫资产管护、收益分配. */
  ASSET_INCOME("资产收益分配"),
  /** 贫困户识别、帮扶或退出不精准. */
  IDENTIFICATION("贫困识别与退出"),
  /** 捐赠款物未送达或被挪作他用. */
  DONATION("捐赠款物"),
  /** 干部作风、优亲厚友、吃拿卡要. */
  CONDUCT("干部作风"),
  /** 其他. */
  OTHER("其他");

  private final String chineseName;

  ComplaintCategory(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * The name the form and the lead print.
   *
   * @return the Chinese name
   */
  public String chineseName() {
    return chineseName;
  }
}

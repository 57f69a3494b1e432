package org.sunshineledger.portal.fund;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunshineledger.income.CollectiveFund;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetParameter;

/**
 * The figures of an income distribution (收益分配) that its household list does not carry: the asset,
 * the period, the income, the policy's figures and the villagers' representatives' decision
 * (村民代表会议决议). They are asked beside the file, as the distribution form asks them, and read with the
 * cells' rules; a policy figure left empty is the district's (the form's first values), as the
 * API's distribution without a policy is.
 *
 * @param asset the asset, or null when wrong
 * @param period the period, or null when wrong
 * @param income the income, or null when wrong
 * @param policy the policy, or null when one of its figures is wrong
 * @param documentRef the decision's reference, or null when wrong
 */
record DistributionFigures(
    Long asset, IncomePeriod period, Money income, DistributionPolicy policy, String documentRef) {
  static final String ASSET = "资产";
  static final String FROM = "收益期间自";
  static final String TO = "收益期间至";
  static final String INCOME = "本期收益（元）";
  static final String SHARE = "村集体提留比例";
  static final String FUND = "提留用途";
  static final String NO_LABOUR = "无劳动能力户的基础权重";
  static final String VULNERABLE = "每名老弱病残成员加权";
  static final String WORK_DAY = "每个公益劳动日的权重";
  static final String DECISION = "村民代表会议决议文号";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);
  private static final DistributionPolicy DISTRICT = DistributionPolicy.DEMO;

  /**
   * Whether every figure is right.
   *
   * @return true when none is null
   */
  boolean complete() {
    return asset != null
        && period != null
        && income != null
        && policy != null
        && documentRef != null;
  }

  /**
   * The days of the period, both ends counted; 366 when the period is wrong.
   *
   * @return the days
   */
  int days() {
    return period == null ? 366 : (int) ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
  }

  /**
   * The parameters as the import's page asks them, with the form's first values.
   *
   * @param assets the assets the official may share the income of: id → how it is shown
   * @param today the district's day, whose year before is the period offered
   * @return the parameters, in the form's order
   */
  static List<SheetParameter> parameters(Map<Long, String> assets, LocalDate today) {
    Map<String, String> assetChoices = new LinkedHashMap<>();
    assets.forEach((id, shown) -> assetChoices.put(Long.toString(id), shown));
    Map<String, String> funds = new LinkedHashMap<>();
    for (CollectiveFund fund : CollectiveFund.values()) {
      funds.put(fund.name(), fund.chineseName());
    }
    int year = today.getYear() - 1;
    List<SheetParameter> parameters = new ArrayList<>();
    parameters.add(
        SheetParameter.choice("asset", ASSET, "已移交、属于本账号管理的村的资产（编号见资产页面）。", assetChoices));
    parameters.add(
        SheetParameter.text("periodFrom", FROM, "收益期间的第一天，如 2019-01-01。", year + "-01-01"));
    parameters.add(SheetParameter.text("periodTo", TO, "收益期间的最后一天，不早于开始日。", year + "-12-31"));
    parameters.add(SheetParameter.text("income", INCOME, "本期收益，单位元，精确到分；可写“万元”。", ""));
    parameters.add(
        SheetParameter.text(
            "collectiveShare",
            SHARE,
            "0 至 1 之间的小数（如 0.30）或百分数（如 30%）；留空按区定办法。",
            DISTRICT.collectiveShare().toPlainString()));
    parameters.add(
        new SheetParameter(
            "collectiveFund", FUND, "集体提留部分的去向。", funds, DISTRICT.collectiveFund().name()));
    parameters.add(
        SheetParameter.text(
            "noLabourWeight",
            NO_LABOUR,
            "无劳动能力户每户的权重，不小于 0；留空按区定办法。",
            DISTRICT.noLabourWeight().toPlainString()));
    parameters.add(
        SheetParameter.text(
            "vulnerableMemberWeight",
            VULNERABLE,
            "每名老弱病残成员增加的权重（倾斜），不小于 0；留空按区定办法。",
            DISTRICT.vulnerableMemberWeight().toPlainString()));
    parameters.add(
        SheetParameter.text(
            "workDayWeight",
            WORK_DAY,
            "有劳动能力的户每个公益劳动日的权重（有劳才有得），不小于 0；留空按区定办法。",
            DISTRICT.workDayWeight().toPlainString()));
    parameters.add(SheetParameter.text("documentRef", DECISION, "决定本次分配的村民代表会议决议文号，必填。", ""));
    return parameters;
  }

  /**
   * Reads the figures, reporting each wrong one under its label.
   *
   * @param cells the parameters' values as a row
   * @param shareable the assets the official may share the income of
   * @return the figures, null where wrong
   */
  static DistributionFigures read(SheetCells cells, Set<Long> shareable) {
    Long asset = asset(cells, shareable);
    IncomePeriod period = period(cells);
    Money income = cells.amount(INCOME, true);
    DistributionPolicy policy = policy(cells);
    String documentRef = cells.text(DECISION, 200, true);
    return new DistributionFigures(asset, period, income, policy, documentRef);
  }

  private static Long asset(SheetCells cells, Set<Long> shareable) {
    String value = cells.value(ASSET);
    if (value.isEmpty()) {
      cells.error(ASSET, "sheet.required", ASSET);
      return null;
    }
    Long id = null;
    if (folded(value).matches("\\d{1,18}")) {
      id = Long.valueOf(folded(value));
    }
    if (id == null || !shareable.contains(id)) {
      // one answer for an asset unknown, not handed over or of another village: nothing is told
      // of another village's assets
      cells.error(ASSET, "sheet.beneficiaries.asset", value);
      return null;
    }
    return id;
  }

  private static IncomePeriod period(SheetCells cells) {
    LocalDate from = cells.date(FROM, true);
    LocalDate to = cells.date(TO, true);
    if (from == null || to == null) {
      return null;
    }
    try {
      return new IncomePeriod(from, to);
    } catch (DomainException e) {
      cells.error(TO, "sheet.beneficiaries.period", e.rule(), from.toString(), to.toString());
      return null;
    }
  }

  private static DistributionPolicy policy(SheetCells cells) {
    BigDecimal share = share(cells);
    CollectiveFund fund = fund(cells);
    BigDecimal noLabour = weight(cells, NO_LABOUR, DISTRICT.noLabourWeight());
    BigDecimal vulnerable = weight(cells, VULNERABLE, DISTRICT.vulnerableMemberWeight());
    BigDecimal workDay = weight(cells, WORK_DAY, DISTRICT.workDayWeight());
    if (share == null
        || fund == null
        || noLabour == null
        || vulnerable == null
        || workDay == null) {
      return null;
    }
    try {
      return new DistributionPolicy(share, fund, noLabour, vulnerable, workDay);
    } catch (DomainException e) {
      // the figures are checked above; the policy's own rule still has the last word
      cells.refused(SHARE, e);
      return null;
    }
  }

  private static BigDecimal share(SheetCells cells) {
    String value = cells.value(SHARE);
    if (value.isEmpty()) {
      return DISTRICT.collectiveShare();
    }
    String text = folded(value);
    boolean percent = text.endsWith("%");
    BigDecimal share = decimal(percent ? text.substring(0, text.length() - 1) : text);
    if (share != null && percent) {
      share = share.divide(HUNDRED);
    }
    if (share == null
        || share.signum() < 0
        || share.compareTo(BigDecimal.ONE) > 0
        || share.stripTrailingZeros().scale() > 6) {
      cells.error(SHARE, "sheet.beneficiaries.share", SHARE, value);
      return null;
    }
    return share;
  }

  private static CollectiveFund fund(SheetCells cells) {
    if (cells.value(FUND).isEmpty()) {
      return DISTRICT.collectiveFund();
    }
    Map<String, CollectiveFund> funds = new LinkedHashMap<>();
    for (CollectiveFund fund : CollectiveFund.values()) {
      funds.put(fund.chineseName(), fund);
    }
    for (CollectiveFund fund : CollectiveFund.values()) {
      // the page sends the value, a caller of the API may write either
      funds.put(fund.name(), fund);
    }
    return cells.choice(FUND, funds);
  }

  private static BigDecimal weight(SheetCells cells, String label, BigDecimal district) {
    String value = cells.value(label);
    if (value.isEmpty()) {
      return district;
    }
    BigDecimal weight = decimal(folded(value));
    if (weight == null
        || weight.signum() < 0
        || weight.compareTo(MAX_WEIGHT) > 0
        || weight.stripTrailingZeros().scale() > 4) {
      cells.error(label, "sheet.beneficiaries.weight", label, value);
      return null;
    }
    return weight;
  }

  private static BigDecimal decimal(String text) {
    return text.matches("\\d{1,12}(\\.\\d{1,12})?|\\.\\d{1,12}") ? new BigDecimal(text) : null;
  }

  /** Full-width digits, signs and spaces as officials type them, in their ASCII forms. */
  private static String folded(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }
}

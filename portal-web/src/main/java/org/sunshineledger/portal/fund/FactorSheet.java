package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.fund.FundChainViews.AllocationView;
import org.sunshineledger.portal.fund.FundChainViews.FundView;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameter;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;

/**
 * An allocation's factor table (因素法分配测算表) as the district's finance and poverty offices keep it in
 * Excel: one row per township with its registered poor population, its key villages, the tilt
 * towards the townships with the heaviest task (§4) and its assessment score. The fund, the amount
 * to cut, the factors' weights and the allocation's document are the file's parameters, asked as
 * the allocation form asks them. A clean table is split with the allocation's own rules before
 * anything is stored, then allocated in one {@link FundService#allocate} call, which cuts the
 * township blocks to the fen.
 *
 * <p>The export is the table of the latest allocation, the one the form starts from: sent back with
 * a fund and its weights it checks clean and splits as that allocation did. Storing it is a new
 * allocation, as confirming the form is; an allocation is never edited.
 */
@ApplicationScoped
public class FactorSheet implements SheetImport<TownshipFactors> {
  static final String TOWNSHIP = "镇街";
  static final String FUND = "资金";
  static final String AMOUNT = "本次分配金额（元）";
  static final String DOCUMENT = "分配文件号";

  /** The factors in the table's order, which is the form's and the published result's. */
  private static final List<AllocationFactor> FACTORS = List.of(AllocationFactor.values());

  private static final BigDecimal MAX_FACTOR = new BigDecimal("100000000");
  private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000000");

  @Inject RegionService regions;
  @Inject FundService funds;
  @Inject FundQueries queries;

  @Override
  public String kind() {
    return "factors";
  }

  @Override
  public String titleKey() {
    return "imports.kind.factors";
  }

  /** Only the district cuts funds into township blocks. */
  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() == Role.DISTRICT_ADMIN;
  }

  @Override
  public String storedHref() {
    return "/flows";
  }

  @Override
  public List<SheetColumn> columns() {
    District district = regions.places().district();
    List<SheetColumn> columns = new ArrayList<>();
    columns.add(
        new SheetColumn(
            TOWNSHIP,
            "必填，从下拉列表选择；每个镇街一行，不参与本次分配的镇街可不列。",
            district.townships().stream().map(Township::name).toList(),
            12));
    columns.add(SheetColumn.text(header(AllocationFactor.POOR_POPULATION), "建档立卡贫困人口数，不小于 0。", 14));
    columns.add(SheetColumn.text(header(AllocationFactor.KEY_VILLAGES), "扶贫工作重点村的个数，不小于 0。", 14));
    columns.add(
        SheetColumn.text(
            header(AllocationFactor.FOCUS_TOWNSHIP), "脱贫任务较重的镇（第四条）填 1，其他填 0；也可填倾斜系数。", 14));
    columns.add(
        SheetColumn.text(header(AllocationFactor.ASSESSMENT_SCORE), "上年度扶贫绩效考核得分，不小于 0。", 14));
    return columns;
  }

  private static String header(AllocationFactor factor) {
    return factor.chineseName();
  }

  @Override
  public List<List<Object>> example() {
    return List.of(
        List.of("峨山镇", 3120, 9, 1, new BigDecimal("92.5")),
        List.of("坛山街道", 1460, 3, 0, new BigDecimal("88")));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SheetParameter> parameters(Actor actor) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (FundView fund : queries.funds(null, PageRequest.ALL).items()) {
      if (new BigDecimal(fund.unallocated()).signum() > 0) {
        choices.put(
            Long.toString(fund.id()),
            fund.name() + "（尚未分配 " + fund.unallocated() + " 元，编号 " + fund.id() + "）");
      }
    }
    List<SheetParameter> parameters = new ArrayList<>();
    parameters.add(SheetParameter.choice("fund", FUND, "尚有未分配金额的资金（编号见资金页面）。", choices));
    parameters.add(SheetParameter.text("amount", AMOUNT, "单位元，精确到分；可写“万元”。留空则分配该资金尚未分配的全部金额。", ""));
    for (AllocationFactor factor : FACTORS) {
      parameters.add(
          SheetParameter.text(
              weightName(factor),
              weightLabel(factor),
              "该因素的权重，不小于 0，各权重不能全为 0；留空按区定办法。",
              FactorAllocationPolicy.DEMO.weights().get(factor).toPlainString()));
    }
    parameters.add(
        SheetParameter.text("documentRef", DOCUMENT, "决定本次分配的文件号，如 峄扶贫〔2019〕5号，必填。", ""));
    return parameters;
  }

  private static String weightName(AllocationFactor factor) {
    return switch (factor) {
      case POOR_POPULATION -> "weightPopulation";
      case KEY_VILLAGES -> "weightKeyVillages";
      case FOCUS_TOWNSHIP -> "weightFocus";
      case ASSESSMENT_SCORE -> "weightScore";
    };
  }

  private static String weightLabel(AllocationFactor factor) {
    return factor.chineseName() + "权重";
  }

  /**
   * The figures of the file besides its rows.
   *
   * @param fund the fund, or null when wrong
   * @param amount the amount to cut, null for all that is unallocated
   * @param policy the weights, or null when wrong
   * @param documentRef the document, or null when wrong
   * @param complete whether every figure is right
   */
  private record Figures(
      Long fund,
      Money amount,
      FactorAllocationPolicy policy,
      String documentRef,
      boolean complete) {}

  private Figures figures(Actor actor, SheetParameters parameters) {
    SheetCells cells = parameters.cells();
    Long fund = null;
    String chosen = cells.value(FUND);
    if (chosen.isEmpty()) {
      cells.error(FUND, "sheet.required", FUND);
    } else if (parameters(actor).get(0).choices().containsKey(chosen)) {
      fund = Long.valueOf(chosen);
    } else {
      cells.error(FUND, "sheet.factors.fund", chosen);
    }
    Money amount = cells.amount(AMOUNT, false);
    boolean amountWrong = !cells.value(AMOUNT).isEmpty() && amount == null;
    Map<AllocationFactor, BigDecimal> weights = new EnumMap<>(AllocationFactor.class);
    boolean weightsRead = true;
    for (AllocationFactor factor : FACTORS) {
      BigDecimal weight =
          cells.decimal(
              weightLabel(factor),
              MAX_WEIGHT,
              4,
              FactorAllocationPolicy.DEMO.weights().get(factor));
      if (weight == null) {
        weightsRead = false;
      } else {
        weights.put(factor, weight);
      }
    }
    FactorAllocationPolicy policy = null;
    if (weightsRead) {
      try {
        policy = new FactorAllocationPolicy(weights);
      } catch (DomainException e) {
        cells.refused(weightLabel(FACTORS.get(0)), e);
      }
    }
    String documentRef = cells.text(DOCUMENT, 200, true);
    boolean complete = fund != null && !amountWrong && policy != null && documentRef != null;
    return new Figures(fund, amount, policy, documentRef, complete);
  }

  @Override
  public SheetReader.Checker<TownshipFactors> checker(Actor actor, SheetParameters parameters) {
    Figures figures = figures(actor, parameters);
    District district = regions.places().district();
    SheetReader.Duplicates<Township> townships = new SheetReader.Duplicates<>();
    List<TownshipFactors> table = new ArrayList<>();
    return new SheetReader.Checker<>() {
      @Override
      public void row(SheetCells c) {
        Township township = c.township(TOWNSHIP, district);
        Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
        boolean read = true;
        for (AllocationFactor factor : FACTORS) {
          BigDecimal value = c.decimal(header(factor), MAX_FACTOR, 4, BigDecimal.ZERO);
          if (value == null) {
            read = false;
          } else {
            values.put(factor, value);
          }
        }
        if (township == null || !read || !townships.first(c, TOWNSHIP, township, township.name())) {
          return;
        }
        try {
          table.add(new TownshipFactors(township.id(), values));
        } catch (DomainException e) {
          c.refused(TOWNSHIP, e);
        }
      }

      /** Splits a clean table with the allocation's own rules: the fund's balance, the weights. */
      @Override
      public List<TownshipFactors> finish(SheetErrors errors) {
        if (errors.count() > 0 || !figures.complete()) {
          return table;
        }
        if (table.isEmpty()) {
          errors.add(1, "", "sheet.factors.empty");
          return table;
        }
        try {
          funds.previewAllocation(actor, figures.fund(), figures.amount(), figures.policy(), table);
        } catch (DomainException refused) {
          errors.refused(
              refused.rule().equals("fund.allocation-exceeds-fund") ? 0 : 1,
              refused.rule().equals("fund.allocation-exceeds-fund") ? AMOUNT : "",
              refused);
        }
        return table;
      }
    };
  }

  /** Allocates the checked table in one call, which cuts the blocks and lists them to publish. */
  @Override
  @Transactional
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<TownshipFactors> records,
      IntConsumer progress) {
    Figures figures =
        figures(
            actor,
            SheetParameters.of(
                parameters(actor), parameters.values(), new SheetErrors(Language.ZH)));
    if (!figures.complete()) {
      // checked clean a moment ago: only a fund allocated in full between the check and now
      throw new IllegalStateException("the allocation's figures no longer check");
    }
    funds.allocate(
        actor,
        figures.fund(),
        figures.amount(),
        figures.policy(),
        records,
        figures.documentRef(),
        Instant.now());
    progress.accept(records.size());
  }

  /** The factor table of the latest allocation, as the allocation form starts from it. */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<List<Object>> export(Actor actor) {
    List<AllocationView> all = queries.allocations(null, null, PageRequest.ALL).items();
    if (all.isEmpty()) {
      return List.of();
    }
    List<List<Object>> rows = new ArrayList<>();
    for (var share : all.get(all.size() - 1).shares()) {
      rows.add(
          List.of(
              share.townshipName(),
              new BigDecimal(share.poorPopulation()),
              new BigDecimal(share.keyVillages()),
              new BigDecimal(share.focusTownship()),
              new BigDecimal(share.assessmentScore())));
    }
    return rows;
  }
}

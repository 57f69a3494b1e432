package org.sunshineledger.portal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.CollectiveFund;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.registry.HouseholdDirectory.Payee;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetFixtures;
import org.sunshineledger.portal.sheet.SheetParameter;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.registry.HouseholdStatus;

/** An income distribution's household list and its figures, checked without a container. */
class BeneficiaryCheckTest {
  private static final List<String> HEADER = List.of("户编号", "户主姓名", "有劳动能力", "公益劳动天数", "老弱病残人数");
  private static final long HUANGQUAN = 370404101;

  /** A registry of one village's households, and one household of another village. */
  private static final class Village implements BeneficiaryCheck.Registry {
    private final Map<Long, Payee> byId = new HashMap<>();
    private final Map<String, Payee> byCode = new HashMap<>();

    void add(Payee payee) {
      byId.put(payee.id(), payee);
      byCode.put(payee.code(), payee);
    }

    @Override
    public Payee payee(String key) {
      Payee payee = byCode.get(key);
      return payee != null || !key.matches("\\d+") ? payee : byId.get(Long.valueOf(key));
    }

    @Override
    public boolean registered(String key) {
      return key.equals("YC900001");
    }

    @Override
    public String villages() {
      return "黄泉村";
    }
  }

  private static Village huangquan() {
    Village village = new Village();
    village.add(new Payee(1, "YC000001", HUANGQUAN, HouseholdStatus.POOR, 3, "王建国"));
    village.add(new Payee(2, "YC000002", HUANGQUAN, HouseholdStatus.LIFTED_WITH_POLICY, 2, "李秀英"));
    village.add(
        new Payee(3, "YC000003", HUANGQUAN, HouseholdStatus.LIFTED_WITHOUT_POLICY, 4, "张三"));
    village.add(new Payee(4, "YC000004", HUANGQUAN, HouseholdStatus.POOR, 1, "赵 桂 兰"));
    village.add(new Payee(5, "YC000005", HUANGQUAN, HouseholdStatus.POOR, 2, "周立波"));
    village.add(new Payee(6, "YC000006", HUANGQUAN, HouseholdStatus.POOR, 2, "吴桂芝"));
    village.add(new Payee(7, "YC000007", HUANGQUAN, HouseholdStatus.POOR, 2, "郑和"));
    return village;
  }

  private static List<List<String>> file(List<List<String>> rows) {
    List<List<String>> file = new ArrayList<>();
    file.add(HEADER);
    file.addAll(rows);
    return file;
  }

  private static SheetReader.Checked<Beneficiary> read(
      byte[] file, BeneficiaryCheck check, SheetErrors errors) {
    return SheetReader.read(file, HEADER, check, errors, rows -> {});
  }

  private static List<String> lines(SheetErrors errors) {
    return errors.reported().stream()
        .map(e -> e.row() + "|" + e.column() + "|" + e.reason())
        .toList();
  }

  @Test
  void every_error_of_a_household_row_is_reported_with_its_row_column_and_the_head_masked() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    List<List<Beneficiary>> previewed = new ArrayList<>();
    BeneficiaryCheck check = new BeneficiaryCheck(huangquan(), 365, previewed::add);
    read(
        SheetFixtures.csv(
            file(
                List.of(
                    List.of("YC000001", "王建国", "是", "120", "1"),
                    List.of("YC999999", "钱多多", "是", "1", ""),
                    List.of("YC900001", "孙悟空", "是", "1", ""),
                    List.of("YC000003", "张三", "否", "", "1"),
                    List.of("YC000002", "李秀兰", "是", "10", ""),
                    List.of("1", "王建国", "是", "30", ""),
                    List.of("YC000004", "赵桂兰", "是", "12a", ""),
                    List.of("YC000005", "周立波", "是", "400", ""),
                    List.of("YC000006", "吴桂芝", "否", "5", ""),
                    List.of("YC000007", "郑和", "是", "5", "3")))),
        check,
        errors);
    assertEquals(
        List.of(
            "3|户编号|建档立卡名册中没有户编号为“YC999999”的户",
            "4|户编号|户编号“YC900001”不是本资产所属村（黄泉村）的户",
            "5|户编号|户编号“YC000003”为脱贫不再享受政策，不参与资产收益分配（只分配给未脱贫和已脱贫享受政策的户）",
            "6|户主姓名|户主姓名“李秀兰”与建档立卡名册不符（名册为 李*英）",
            "7|户编号|与第 2 行重复：户编号 1",
            "8|公益劳动天数|公益劳动天数应为 0 到 366 之间的整数，而不是“12a”",
            "9|公益劳动天数|公益劳动天数应为 0 到 366 之间的整数，而不是“400”",
            "10|公益劳动天数|无劳动能力的户不按公益劳动天数分配，却填了 5 天：请把有劳动能力改为“是”，或把天数改为 0",
            "11|老弱病残人数|老弱病残人数 3 超过该户登记的家庭人口 2 人"),
        lines(errors));
    assertTrue(previewed.isEmpty(), "a list with errors is not previewed");
  }

  @Test
  void work_days_beyond_the_period_are_refused_and_a_spaced_head_name_is_the_same_name() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    BeneficiaryCheck check = new BeneficiaryCheck(huangquan(), 90, list -> {});
    SheetReader.Checked<Beneficiary> checked =
        read(
            SheetFixtures.xlsx(
                file(
                    List.of(
                        List.of("YC000004", "赵桂兰", "是", "91", ""),
                        List.of("YC000001", "王 建国", "否", "0", "2")))),
            check,
            errors);
    assertEquals(List.of("2|公益劳动天数|公益劳动天数 91 超过收益期间的 90 天"), lines(errors));
    assertEquals(List.of(), checked.records());
  }

  @Test
  void a_clean_list_is_previewed_and_a_policy_refusal_names_its_rule_and_figures() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    DistributionPolicy policy = DistributionPolicy.DEMO;
    Consumer<List<Beneficiary>> preview =
        list ->
            policy.distribute(
                new AssetId(1), IncomePeriod.year(2020), Money.yuan("1000.00"), List.copyOf(list));
    Village village = huangquan();
    SheetReader.Checked<Beneficiary> checked =
        read(
            SheetFixtures.csv(
                file(
                    List.of(
                        List.of("YC000001", "王建国", "是", "０", "0"),
                        List.of("2", "李秀英", "是", "", "")))),
            new BeneficiaryCheck(village, 366, preview),
            errors);
    assertEquals(
        List.of(
            "1||分配到户的 700.00 元无户可分：2 户的权重都是 0（无劳动能力的户按基础权重，有劳动能力的户按公益劳动天数，老弱病残成员另行加权），违反规则"
                + " income.no-eligible-household"),
        lines(errors));
    assertEquals(List.of(), checked.records());

    SheetErrors clean = new SheetErrors(Language.ZH);
    List<List<Beneficiary>> previewed = new ArrayList<>();
    SheetReader.Checked<Beneficiary> ok =
        read(
            SheetFixtures.csv(
                file(
                    List.of(
                        List.of("YC000001", "王建国", "是", "30", "1"),
                        List.of("2", "李秀英", "否", "", "2")))),
            new BeneficiaryCheck(village, 366, previewed::add),
            clean);
    assertEquals(List.of(), lines(clean));
    assertEquals(
        List.of(
            new Beneficiary(new org.sunshineledger.registry.HouseholdId(1), true, 1, 30),
            new Beneficiary(new org.sunshineledger.registry.HouseholdId(2), false, 2, 0)),
        ok.records());
    assertEquals(List.of(ok.records()), previewed);
  }

  /**
   * A list of a hundred thousand households is checked in one pass and holds one small record per
   * row: the check's state after the file stays within a few tens of megabytes.
   */
  @Test
  void a_list_of_a_hundred_thousand_households_is_checked_in_small_records() {
    int households = 100_000;
    Village village = new Village();
    byte[] csv = hundredThousand(village, households);
    Runtime runtime = Runtime.getRuntime();
    long before = used(runtime);
    SheetErrors errors = new SheetErrors(Language.ZH);
    int[] previewed = {0};
    BeneficiaryCheck check = new BeneficiaryCheck(village, 366, list -> previewed[0] = list.size());
    long started = System.nanoTime();
    SheetReader.Checked<Beneficiary> checked = read(csv, check, errors);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    long held = used(runtime) - before;
    assertEquals(0, errors.count(), () -> lines(errors).toString());
    assertEquals(households, checked.records().size());
    assertEquals(households, previewed[0]);
    assertTrue(held < 32L * 1024 * 1024, "the check holds " + held / 1024 / 1024 + " MB");
    assertTrue(seconds < 30, "checked in " + seconds + " s");
    assertEquals(households, check.finish(errors).size(), "the check is kept alive to here");
  }

  /** A GBK list of as many households, each registered in the village. */
  private static byte[] hundredThousand(Village village, int households) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= households; i++) {
      String code = "YC" + (100_000 + i);
      village.add(new Payee(i, code, HUANGQUAN, HouseholdStatus.POOR, 3, "户主" + i));
      boolean labour = i % 3 != 0;
      rows.add(
          List.of(
              code,
              "户主" + i,
              labour ? "是" : "否",
              labour ? Integer.toString(i % 200) : "",
              Integer.toString(i % 3)));
    }
    return SheetFixtures.csv(file(rows), SheetFixtures.GBK, false);
  }

  private static long used(Runtime runtime) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  // ---- the file's figures --------------------------------------------------------------------

  private static final List<SheetParameter> PARAMETERS =
      DistributionFigures.parameters(Map.of(7L, "黄泉村光伏电站（黄泉村，编号 7）"), LocalDate.of(2021, 3, 1));

  private static DistributionFigures figures(SheetErrors errors, Map<String, String> values) {
    return DistributionFigures.read(
        SheetParameters.of(PARAMETERS, values, errors).cells(), Set.of(7L));
  }

  @Test
  void the_figures_start_as_the_distribution_form_and_empty_policy_figures_are_the_districts() {
    Map<String, String> initial = new HashMap<>();
    PARAMETERS.forEach(p -> initial.put(p.name(), p.initial()));
    assertEquals("2020-01-01", initial.get("periodFrom"));
    assertEquals("2020-12-31", initial.get("periodTo"));
    assertEquals("0.30", initial.get("collectiveShare"));
    assertEquals("VILLAGE_POVERTY_FUND", initial.get("collectiveFund"));
    SheetErrors errors = new SheetErrors(Language.ZH);
    DistributionFigures read =
        figures(
            errors,
            Map.of(
                "asset", "７",
                "periodFrom", "2020年1月1日",
                "periodTo", "2020/6/30",
                "income", "1.2万元",
                "collectiveShare", "25%",
                "collectiveFund", "孝善养老基金",
                "documentRef", "黄泉村村民代表会议决议〔2021〕1号"));
    assertEquals(List.of(), lines(errors));
    assertTrue(read.complete());
    assertEquals(7L, read.asset());
    assertEquals(182, read.days());
    assertEquals(Money.yuan("12000.00"), read.income());
    assertEquals(
        new DistributionPolicy(
            new BigDecimal("0.25"),
            CollectiveFund.FILIAL_ELDERLY_CARE_FUND,
            new BigDecimal("10"),
            new BigDecimal("4"),
            BigDecimal.ONE),
        read.policy());
  }

  @Test
  void a_wrong_figure_is_reported_as_row_0_under_its_label() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    DistributionFigures read =
        figures(
            errors,
            Map.of(
                "asset", "8",
                "periodFrom", "2020-12-31",
                "periodTo", "2020-01-01",
                "income", "12a3",
                "collectiveShare", "1.5",
                "noLabourWeight", "-1",
                "workDayWeight", "0.00001",
                "documentRef", ""));
    assertEquals(
        List.of(
            "0|资产|资产“8”不是本账号可分配收益的资产：须已移交，且所属的村都在本账号的管理范围内",
            "0|收益期间至|收益期间至 2020-01-01 早于收益期间自 2020-12-31（规则 income.period）",
            "0|本期收益（元）|本期收益（元）应为金额（单位元，可写“元”或“万元”），而不是“12a3”",
            "0|村集体提留比例|村集体提留比例应为 0 到 1 之间的小数（如 0.30）或百分数（如 30%），至多六位小数，而不是“1.5”",
            "0|无劳动能力户的基础权重|无劳动能力户的基础权重应为 0 到 1000000 之间的数，至多四位小数，而不是“-1”",
            "0|每个公益劳动日的权重|每个公益劳动日的权重应为 0 到 1000000 之间的数，至多四位小数，而不是“0.00001”",
            "0|村民代表会议决议文号|村民代表会议决议文号不能为空"),
        lines(errors));
    assertFalse(read.complete());
    assertNull(read.asset());
    assertEquals(366, read.days());
  }
}

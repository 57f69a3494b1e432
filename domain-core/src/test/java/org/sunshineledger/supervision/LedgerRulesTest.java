package org.sunshineledger.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.income.Payout;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.Fixtures;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.HouseholdStatus;

/**
 * §3 and §21: the rules that look at the ledger for trouble, each firing on exactly the records it
 * should, in 峄城区's real places, with the district's default figures.
 */
class LedgerRulesTest {
  private static final Village HUANGQUAN = Fixtures.HUANGQUAN;
  private static final Village SANSHAN = Fixtures.YICHENG.villageNamed("峨山镇", "三山村").orElseThrow();
  private static final Village HUZHUANG = Fixtures.YICHENG.villageNamed("阴平镇", "胡庄村").orElseThrow();

  @Test
  void money_of_a_township_block_not_assigned_six_months_after_its_allocation_is_idle() {
    TownshipBlock block =
        new TownshipBlock(
            new BlockId(12),
            new FundId(1),
            HUANGQUAN.township(),
            Money.yuan("500000"),
            Money.zero());
    block.commit(Money.yuan("320000"));
    LocalDate allocated = LocalDate.of(2019, 3, 15);
    IdleMoneyPolicy policy = IdleMoneyPolicy.DISTRICT;
    assertEquals(Optional.empty(), policy.check(block, allocated, LocalDate.of(2019, 9, 15)));
    Finding idle = policy.check(block, allocated, LocalDate.of(2019, 9, 16)).orElseThrow();
    assertEquals("supervision.idle-block|block:12", idle.key());
    assertEquals(Optional.of(HUANGQUAN.township()), idle.township());
    assertEquals(Optional.empty(), idle.village());
    assertEquals(
        Map.of(
            "block",
            12L,
            "amount",
            new BigDecimal("500000.00"),
            "idle",
            new BigDecimal("180000.00"),
            "allocatedOn",
            allocated,
            "idleSince",
            LocalDate.of(2019, 9, 15)),
        idle.figures());
    block.commit(Money.yuan("180000"));
    assertEquals(Optional.empty(), policy.check(block, allocated, LocalDate.of(2020, 3, 1)));
    // the period is the district's to set
    TownshipBlock another =
        new TownshipBlock(
            new BlockId(13), new FundId(1), HUANGQUAN.township(), Money.yuan("1"), Money.zero());
    assertTrue(
        new IdleMoneyPolicy(Period.ofMonths(1))
            .check(another, allocated, LocalDate.of(2019, 4, 16))
            .isPresent());
  }

  @Test
  void a_funding_line_not_paid_six_months_after_implementation_began_is_idle() {
    TownshipBlock block = Fixtures.eshanBlock(3, "1000000");
    // implementation began on 2018-03-04 (the fixture's fourth day), 600,000 allocated
    Project building = Fixtures.projectAt(ProjectStage.IMPLEMENTATION, block, Money.yuan("600000"));
    building.disburse(block.id(), Money.yuan("450000"));
    var line = building.fundingLines().get(0);
    IdleMoneyPolicy policy = IdleMoneyPolicy.DISTRICT;
    assertEquals(Optional.empty(), policy.check(building, line, LocalDate.of(2018, 9, 4)));
    Finding idle = policy.check(building, line, LocalDate.of(2018, 9, 5)).orElseThrow();
    assertEquals("supervision.idle-line|line:1:3", idle.key());
    assertEquals(Optional.of(HUANGQUAN.id()), idle.village());
    assertEquals(new BigDecimal("150000.00"), idle.figures().get("unpaid"));
    assertEquals(LocalDate.of(2018, 3, 4), idle.figures().get("payableSince"));
    Project approved = Fixtures.projectAt(ProjectStage.APPROVED, block, Money.zero());
    approved.fund(Fixtures.eshanBlock(4, "10"), Money.yuan("10"));
    assertEquals(
        Optional.empty(),
        policy.check(approved, approved.fundingLines().get(0), LocalDate.of(2030, 1, 1)),
        "a line is not payable before implementation");
  }

  @Test
  void a_project_accepted_on_completion_and_not_handed_over_thirty_days_later_is_a_lead() {
    Project accepted =
        Fixtures.projectAt(
            ProjectStage.COMPLETION_ACCEPTED,
            Fixtures.eshanBlock(1, "1000000"),
            Money.yuan("600000"));
    // accepted on 2018-03-05 (16:00 in 峄城区)
    HandOverPolicy policy = HandOverPolicy.DISTRICT;
    assertEquals(Optional.empty(), policy.check(accepted, LocalDate.of(2018, 4, 4)));
    Finding late = policy.check(accepted, LocalDate.of(2018, 4, 6)).orElseThrow();
    assertEquals("supervision.hand-over-overdue|project:1", late.key());
    assertEquals(
        Map.of(
            "project",
            1L,
            "acceptedOn",
            LocalDate.of(2018, 3, 5),
            "dueOn",
            LocalDate.of(2018, 4, 4),
            "daysLate",
            2L),
        late.figures());
    Project handedOver =
        Fixtures.projectAt(
            ProjectStage.ASSETS_HANDED_OVER,
            Fixtures.eshanBlock(2, "1000000"),
            Money.yuan("600000"));
    assertEquals(Optional.empty(), policy.check(handedOver, LocalDate.of(2030, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new HandOverPolicy(0));
  }

  private static Payout payout(long household, String yuan) {
    return new Payout(new HouseholdId(household), BigDecimal.ONE, Money.yuan(yuan), "测试");
  }

  private static PayeePolicy.Paid paid(long id, IncomePeriod period, Payout... payouts) {
    Money total = List.of(payouts).stream().map(Payout::amount).reduce(Money.zero(), Money::plus);
    return new PayeePolicy.Paid(
        new DistributionId(id),
        new Distribution(
            new AssetId(5), period, total, DistributionPolicy.DEMO, Money.zero(), List.of(payouts)),
        HUANGQUAN.township(),
        Set.of(HUANGQUAN.id()));
  }

  @Test
  void a_payout_to_a_household_outside_the_assets_villages_or_not_poor_that_year_is_a_lead() {
    Map<Long, PayeePolicy.Standing> registry =
        Map.of(
            101L,
                new PayeePolicy.Standing(
                    new HouseholdId(101), HUANGQUAN.id(), HouseholdStatus.POOR),
            102L,
                new PayeePolicy.Standing(
                    new HouseholdId(102), HUANGQUAN.id(), HouseholdStatus.LIFTED_WITH_POLICY),
            103L,
                new PayeePolicy.Standing(
                    new HouseholdId(103), HUANGQUAN.id(), HouseholdStatus.LIFTED_WITHOUT_POLICY),
            104L,
                new PayeePolicy.Standing(new HouseholdId(104), SANSHAN.id(), HouseholdStatus.POOR));
    PayeePolicy.Paid paid =
        paid(
            7,
            IncomePeriod.year(2019),
            payout(101, "300"),
            payout(102, "300"),
            payout(103, "300"),
            payout(104, "300"),
            payout(105, "300"));
    List<Finding> findings =
        PayeePolicy.DISTRICT.check(
            paid, household -> Optional.ofNullable(registry.get(household.value())));
    assertEquals(
        List.of(
            "supervision.payee-not-eligible|payout:7:103",
            "supervision.payee-outside-villages|payout:7:104",
            "supervision.payee-outside-villages|payout:7:105"),
        findings.stream().map(Finding::key).toList());
    assertEquals("LIFTED_WITHOUT_POLICY", findings.get(0).figures().get("status"));
    assertEquals(true, findings.get(1).figures().get("registered"));
    assertEquals(SANSHAN.id().value(), findings.get(1).figures().get("village"));
    assertEquals(false, findings.get(2).figures().get("registered"));
    assertEquals(Optional.of(HUANGQUAN.id()), findings.get(2).village());
    // a district that pays lifted households without the policies too says so in its policy
    assertEquals(
        2,
        new PayeePolicy(EnumSet.allOf(HouseholdStatus.class))
            .check(paid, household -> Optional.ofNullable(registry.get(household.value())))
            .size());
  }

  @Test
  void one_household_paid_twice_for_one_asset_and_overlapping_days_is_a_lead() {
    PayeePolicy.Paid year2019 =
        paid(7, IncomePeriod.year(2019), payout(101, "300"), payout(102, "300"));
    PayeePolicy.Paid secondHalf =
        paid(
            8,
            new IncomePeriod(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31)),
            payout(102, "150"),
            payout(103, "150"));
    PayeePolicy.Paid year2020 =
        paid(
            9, IncomePeriod.year(2020), payout(101, "320"), payout(104, "160"), payout(104, "160"));
    List<Finding> twice = PayeePolicy.DISTRICT.paidTwice(List.of(year2020, secondHalf, year2019));
    assertEquals(
        List.of(
            "supervision.paid-twice|paid-twice:102:7:8",
            "supervision.paid-twice|paid-twice:104:9:9"),
        twice.stream().map(Finding::key).toList());
    assertEquals("2019-01-01/2019-12-31", twice.get(0).figures().get("firstPeriod"));
    assertEquals("2019-07-01/2019-12-31", twice.get(0).figures().get("secondPeriod"));
  }

  @Test
  void a_member_on_a_reference_list_is_a_lead_naming_the_list_and_never_the_number() {
    ReferenceKey key =
        new ReferenceKey("峄城区纪委监委大数据比对密钥（测试用，至少三十二字节）".getBytes(StandardCharsets.UTF_8));
    KeyedIdNumber typed = key.of("37040419600101123x");
    assertEquals(typed, key.of("３７０４０４ １９６００１０１ １２３Ｘ"), "typed two ways, one person");
    assertNotEquals(
        typed,
        new ReferenceKey(new byte[32]).of("37040419600101123X"),
        "another key, another hash");
    assertTrue(!key.toString().contains("密钥"));
    DomainException wrong = assertThrows(DomainException.class, () -> key.of("3704041960"));
    assertEquals("supervision.id-number", wrong.rule());
    assertTrue(!wrong.getMessage().contains("3704041960"), wrong.getMessage());

    Map<KeyedIdNumber, List<ReferenceEntry>> lists =
        List.of(
                new ReferenceEntry(
                    key.of("37040419600101123X"),
                    ReferenceKind.DECEASED,
                    "区公安分局 2019年死亡人员名单",
                    LocalDate.of(2019, 6, 30)),
                new ReferenceEntry(
                    key.of("37040419600101123X"),
                    ReferenceKind.VEHICLE_OWNER,
                    "市车管所 机动车登记",
                    LocalDate.of(2019, 6, 30)),
                new ReferenceEntry(
                    key.of("370404197002021234"),
                    ReferenceKind.PUBLIC_PAYROLL,
                    "区财政局 财政供养人员名单",
                    LocalDate.of(2019, 6, 30)))
            .stream()
            .collect(Collectors.groupingBy(ReferenceEntry::person));
    List<Finding> found =
        new ReferenceMatchPolicy(EnumSet.of(ReferenceKind.DECEASED, ReferenceKind.PUBLIC_PAYROLL))
            .check(typed, "member:1043:2", HUZHUANG.township(), Optional.of(HUZHUANG.id()), lists);
    assertEquals(
        List.of("supervision.reference-match|member:1043:2:DECEASED"),
        found.stream().map(Finding::key).toList());
    assertEquals(
        Map.of(
            "kind",
            "DECEASED",
            "source",
            "区公安分局 2019年死亡人员名单",
            "listedOn",
            LocalDate.of(2019, 6, 30)),
        found.get(0).figures());
    assertEquals(
        2,
        ReferenceMatchPolicy.DISTRICT
            .check(typed, "member:1043:2", HUZHUANG.township(), Optional.of(HUZHUANG.id()), lists)
            .size());
    assertEquals(
        List.of(),
        ReferenceMatchPolicy.DISTRICT.check(
            key.of("370404198003031111"), "payee:9", HUZHUANG.township(), Optional.empty(), lists));
  }
}

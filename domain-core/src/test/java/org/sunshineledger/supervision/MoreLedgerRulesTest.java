package org.sunshineledger.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.AssetStatus;
import org.sunshineledger.asset.OperatingContract;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.charity.Pledge;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.Obligation;
import org.sunshineledger.disclosure.PublishableEvent;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.income.Payout;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.Fixtures;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdId;

/**
 * §5, §9, §13, §14 and §17: the rules on operating assets, income distribution, notices and the
 * charity board, each firing on exactly the records it should — the day of the deadline is still in
 * time, the next is late — in 峄城区's real places, with the district's default figures.
 */
class MoreLedgerRulesTest {
  private static final Village HUANGQUAN = Fixtures.HUANGQUAN;
  private static final Village QILISHAN =
      Fixtures.YICHENG.villageNamed("榴园镇", "七里山村").orElseThrow();
  // 17:00 UTC on 31 March is 01:00 on 1 April in 峄城区: the hand-over day is the district's
  private static final Instant HANDED_OVER_AT = Instant.parse("2019-03-31T17:00:00Z");
  private static final LocalDate HANDED_OVER_ON = LocalDate.of(2019, 4, 1);

  private static Asset asset(long id, Village village, boolean handedOver) {
    Asset asset =
        Asset.register(
            new AssetId(id),
            new ProjectId(id),
            ProjectStage.COMPLETION_ACCEPTED,
            village.name() + "光伏电站100kW",
            new AssetRights(
                new Ownership.Collective(village.id()),
                Optional.empty(),
                village.name() + "村集体",
                village.name() + "建档立卡贫困户",
                village.name() + "精准扶贫理事会"),
            Money.yuan("720000"),
            "eshan-officer",
            Instant.parse("2019-03-20T02:00:00Z"),
            "验收-2019-" + id);
    if (handedOver) {
      asset.handOver(
          village.name() + "村民委员会", "王某", "eshan-officer", HANDED_OVER_AT, "移交-2019-" + id);
    }
    return asset;
  }

  private static Optional<Finding> noContract(Asset asset, ProjectType type, LocalDate today) {
    return OperatingAssetPolicy.DISTRICT.checkContract(
        asset, type, HUANGQUAN.township(), Optional.of(HUANGQUAN.id()), today);
  }

  private static Optional<Finding> noIncome(
      Asset asset, ProjectType type, Optional<LocalDate> incomeUntil, LocalDate today) {
    return OperatingAssetPolicy.DISTRICT.checkIncome(
        asset, type, incomeUntil, HUANGQUAN.township(), Optional.of(HUANGQUAN.id()), today);
  }

  private static List<String> names(Finding finding) {
    return List.copyOf(finding.figures().keySet());
  }

  @Test
  void operating_project_types_are_those_that_earn_income() {
    assertEquals(
        EnumSet.of(
            ProjectType.PLANTING,
            ProjectType.BREEDING,
            ProjectType.PROCESSING,
            ProjectType.RURAL_TOURISM,
            ProjectType.E_COMMERCE,
            ProjectType.PHOTOVOLTAIC,
            ProjectType.POVERTY_WORKSHOP),
        Arrays.stream(ProjectType.values())
            .filter(ProjectType::operating)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProjectType.class))));
  }

  @Test
  void asset_no_contract_fires_ninety_days_after_the_hand_over_of_an_operating_asset_in_use() {
    Asset plant = asset(1, HUANGQUAN, true);
    // handed over on 2019-04-01 in 峄城区; ninety days later is 2019-06-30
    assertEquals(
        Optional.empty(), noContract(plant, ProjectType.PHOTOVOLTAIC, LocalDate.of(2019, 6, 30)));
    Finding late = noContract(plant, ProjectType.PHOTOVOLTAIC, LocalDate.of(2019, 7, 1)).get();
    assertEquals("supervision.asset-no-contract|asset:1", late.key());
    assertEquals(Optional.of(HUANGQUAN.township()), late.township());
    assertEquals(Optional.of(HUANGQUAN.id()), late.village());
    assertEquals(List.of("asset", "handedOverOn", "dueOn", "daysLate"), names(late));
    assertEquals(
        Map.of(
            "asset",
            1L,
            "handedOverOn",
            HANDED_OVER_ON,
            "dueOn",
            LocalDate.of(2019, 6, 30),
            "daysLate",
            1L),
        late.figures());

    // not an operating asset, not handed over, idle or disposed: never
    assertEquals(
        Optional.empty(),
        noContract(plant, ProjectType.INFRASTRUCTURE, LocalDate.of(2030, 1, 1)),
        "a road earns no income and needs no operator");
    assertEquals(
        Optional.empty(),
        noContract(asset(2, HUANGQUAN, false), ProjectType.PHOTOVOLTAIC, LocalDate.of(2030, 1, 1)),
        "an asset not handed over is the hand-over rule's");
    Asset idle = asset(3, HUANGQUAN, true);
    idle.markStatus(AssetStatus.IDLE, "eshan-officer", HANDED_OVER_AT, "闲置-1");
    assertEquals(
        Optional.empty(), noContract(idle, ProjectType.PHOTOVOLTAIC, LocalDate.of(2030, 1, 1)));
    Asset disposed = asset(4, HUANGQUAN, true);
    disposed.dispose("台风损毁", "eshan-officer", HANDED_OVER_AT, "处置-1");
    assertEquals(
        Optional.empty(), noContract(disposed, ProjectType.PHOTOVOLTAIC, LocalDate.of(2030, 1, 1)));
  }

  @Test
  void asset_no_contract_fires_ninety_days_after_the_operating_contract_ended() {
    Asset plant = asset(1, HUANGQUAN, true);
    plant.contractOperator(
        new OperatingContract(
            "峄城区黄泉光伏合作社", "经营-2019-1", LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31)),
        "eshan-officer",
        HANDED_OVER_AT);
    assertEquals(
        Optional.empty(),
        noContract(plant, ProjectType.PHOTOVOLTAIC, LocalDate.of(2019, 7, 1)),
        "under contract");
    assertEquals(
        Optional.empty(),
        noContract(plant, ProjectType.PHOTOVOLTAIC, LocalDate.of(2020, 3, 31)),
        "the contract's last day is still under contract");
    // ended on 2020-03-31; ninety days later is 2020-06-29
    assertEquals(
        Optional.empty(), noContract(plant, ProjectType.PHOTOVOLTAIC, LocalDate.of(2020, 6, 29)));
    Finding late = noContract(plant, ProjectType.PHOTOVOLTAIC, LocalDate.of(2020, 7, 1)).get();
    assertEquals(
        List.of("asset", "handedOverOn", "contract", "contractEndedOn", "dueOn", "daysLate"),
        names(late));
    assertEquals(
        Map.of(
            "asset",
            1L,
            "handedOverOn",
            HANDED_OVER_ON,
            "contract",
            "经营-2019-1",
            "contractEndedOn",
            LocalDate.of(2020, 3, 31),
            "dueOn",
            LocalDate.of(2020, 6, 29),
            "daysLate",
            2L),
        late.figures());

    // a contract that ended before the hand-over counts from the hand-over
    Asset lateHandOver = asset(2, HUANGQUAN, false);
    lateHandOver.contractOperator(
        new OperatingContract(
            "峄城区黄泉光伏合作社", "经营-2019-2", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 1)),
        "eshan-officer",
        HANDED_OVER_AT);
    lateHandOver.handOver("黄泉村村民委员会", "王某", "eshan-officer", HANDED_OVER_AT, "移交-2019-2");
    assertEquals(
        Optional.empty(),
        noContract(lateHandOver, ProjectType.PHOTOVOLTAIC, LocalDate.of(2019, 6, 30)));
    assertEquals(
        LocalDate.of(2019, 6, 30),
        noContract(lateHandOver, ProjectType.PHOTOVOLTAIC, LocalDate.of(2019, 7, 1))
            .get()
            .figures()
            .get("dueOn"));
  }

  @Test
  void asset_no_income_fires_a_year_after_the_last_income_period_or_the_hand_over() {
    Asset plant = asset(1, HUANGQUAN, true);
    // no income yet: 365 days after 2019-04-01 is 2020-03-31
    assertEquals(
        Optional.empty(),
        noIncome(plant, ProjectType.PHOTOVOLTAIC, Optional.empty(), LocalDate.of(2020, 3, 31)));
    Finding never =
        noIncome(plant, ProjectType.PHOTOVOLTAIC, Optional.empty(), LocalDate.of(2020, 4, 1)).get();
    assertEquals("supervision.asset-no-income|asset:1", never.key());
    assertEquals(Optional.of(HUANGQUAN.id()), never.village());
    assertEquals(List.of("asset", "handedOverOn", "dueOn", "daysLate"), names(never));
    assertEquals(
        Map.of(
            "asset",
            1L,
            "handedOverOn",
            HANDED_OVER_ON,
            "dueOn",
            LocalDate.of(2020, 3, 31),
            "daysLate",
            1L),
        never.figures());

    // income distributed up to 2019-12-31: 365 days later is 2020-12-30 (2020 is a leap year)
    Optional<LocalDate> until2019 = Optional.of(LocalDate.of(2019, 12, 31));
    assertEquals(
        Optional.empty(),
        noIncome(plant, ProjectType.PHOTOVOLTAIC, until2019, LocalDate.of(2020, 12, 30)));
    Finding stopped =
        noIncome(plant, ProjectType.PHOTOVOLTAIC, until2019, LocalDate.of(2021, 1, 9)).get();
    assertEquals(
        List.of("asset", "handedOverOn", "incomeUntil", "dueOn", "daysLate"), names(stopped));
    assertEquals(
        Map.of(
            "asset",
            1L,
            "handedOverOn",
            HANDED_OVER_ON,
            "incomeUntil",
            LocalDate.of(2019, 12, 31),
            "dueOn",
            LocalDate.of(2020, 12, 30),
            "daysLate",
            10L),
        stopped.figures());

    assertEquals(
        Optional.empty(),
        noIncome(plant, ProjectType.EDUCATION, Optional.empty(), LocalDate.of(2030, 1, 1)),
        "a school earns no income");
    assertEquals(
        Optional.empty(),
        noIncome(
            asset(2, HUANGQUAN, false),
            ProjectType.PHOTOVOLTAIC,
            Optional.empty(),
            LocalDate.of(2030, 1, 1)),
        "an asset not handed over has no income to owe yet");
  }

  @Test
  void operating_asset_policy_refuses_days_that_are_not_positive() {
    assertEquals(new OperatingAssetPolicy(90, 365), OperatingAssetPolicy.DISTRICT);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new OperatingAssetPolicy(0, 365))
            .getMessage()
            .contains("contractDays"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new OperatingAssetPolicy(90, -1))
            .getMessage()
            .contains("incomeDays"));
    // the days are the district's to set
    assertTrue(
        new OperatingAssetPolicy(30, 365)
            .checkContract(
                asset(1, HUANGQUAN, true),
                ProjectType.PHOTOVOLTAIC,
                HUANGQUAN.township(),
                Optional.empty(),
                LocalDate.of(2019, 5, 2))
            .isPresent());
  }

  private static Distribution distribution(IncomePeriod period) {
    Payout payout = new Payout(new HouseholdId(101), BigDecimal.ONE, Money.yuan("300"), "测试");
    return new Distribution(
        new AssetId(5),
        period,
        Money.yuan("300"),
        DistributionPolicy.DEMO,
        Money.zero(),
        List.of(payout));
  }

  @Test
  void income_distributed_late_fires_when_decided_more_than_ninety_days_after_the_period() {
    Distribution year2019 = distribution(IncomePeriod.year(2019));
    IncomeDistributionPolicy policy = IncomeDistributionPolicy.DISTRICT;
    // the period ended on 2019-12-31; ninety days later is 2020-03-30
    assertEquals(
        Optional.empty(),
        policy.check(
            new DistributionId(7),
            year2019,
            LocalDate.of(2020, 3, 30),
            HUANGQUAN.township(),
            Optional.of(HUANGQUAN.id())));
    Finding late =
        policy
            .check(
                new DistributionId(7),
                year2019,
                LocalDate.of(2020, 3, 31),
                HUANGQUAN.township(),
                Optional.of(HUANGQUAN.id()))
            .get();
    assertEquals("supervision.income-distributed-late|distribution:7", late.key());
    assertEquals(Optional.of(HUANGQUAN.township()), late.township());
    assertEquals(Optional.of(HUANGQUAN.id()), late.village());
    assertEquals(
        List.of("distribution", "asset", "period", "dueOn", "decidedOn", "daysLate"), names(late));
    assertEquals(
        Map.of(
            "distribution",
            7L,
            "asset",
            5L,
            "period",
            "2019-01-01/2019-12-31",
            "dueOn",
            LocalDate.of(2020, 3, 30),
            "decidedOn",
            LocalDate.of(2020, 3, 31),
            "daysLate",
            1L),
        late.figures());

    // a joint asset's distribution answers at the township
    Finding joint =
        policy
            .check(
                new DistributionId(8),
                distribution(new IncomePeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30))),
                LocalDate.of(2019, 12, 31),
                HUANGQUAN.township(),
                Optional.empty())
            .get();
    assertEquals(Optional.empty(), joint.village());
    assertEquals(94L, joint.figures().get("daysLate"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new IncomeDistributionPolicy(0))
            .getMessage()
            .contains("days"));
  }

  private static Obligation obligation(String subject, Publisher publisher) {
    return new Obligation(
        subject,
        PublishableEvent.INCOME_DISTRIBUTED,
        publisher,
        "黄泉村光伏电站2019年收益分配名单",
        LocalDate.of(2020, 1, 6),
        LocalDate.of(2020, 2, 10));
  }

  @Test
  void notice_overdue_fires_for_an_obligation_not_published_after_its_due_date() {
    Publisher village =
        new Publisher(DisclosureLevel.VILLAGE, HUANGQUAN.township(), HUANGQUAN.id(), "黄泉村村民委员会");
    Obligation owed = obligation("distribution:7", village);
    NoticeOverduePolicy policy = NoticeOverduePolicy.DISTRICT;
    assertEquals(Optional.empty(), policy.check(owed, Optional.empty(), LocalDate.of(2020, 2, 10)));
    Finding late = policy.check(owed, Optional.empty(), LocalDate.of(2020, 2, 11)).get();
    assertEquals("supervision.notice-overdue|notice:distribution:7", late.key());
    assertEquals(Optional.of(HUANGQUAN.township()), late.township());
    assertEquals(Optional.of(HUANGQUAN.id()), late.village());
    assertEquals(
        List.of("event", "disclosureKind", "title", "eventDate", "dueOn", "daysLate"), names(late));
    assertEquals(
        Map.of(
            "event",
            "INCOME_DISTRIBUTED",
            "disclosureKind",
            "INCOME_DISTRIBUTION",
            "title",
            "黄泉村光伏电站2019年收益分配名单",
            "eventDate",
            LocalDate.of(2020, 1, 6),
            "dueOn",
            LocalDate.of(2020, 2, 10),
            "daysLate",
            1L),
        late.figures());

    assertEquals(
        Optional.empty(),
        policy.check(owed, Optional.of(LocalDate.of(2020, 3, 1)), LocalDate.of(2020, 4, 1)),
        "published, even late, it is no longer overdue");
    Finding district =
        policy
            .check(
                obligation(
                    "allocation:42",
                    new Publisher(DisclosureLevel.DISTRICT, null, null, "峄城区扶贫开发领导小组")),
                Optional.empty(),
                LocalDate.of(2020, 2, 11))
            .get();
    assertEquals(Optional.empty(), district.township());
    assertEquals(Optional.empty(), district.village());

    // a grace is the district's to give; the days late still count from the due date
    NoticeOverduePolicy grace = new NoticeOverduePolicy(3);
    assertEquals(Optional.empty(), grace.check(owed, Optional.empty(), LocalDate.of(2020, 2, 13)));
    assertEquals(
        4L,
        grace
            .check(owed, Optional.empty(), LocalDate.of(2020, 2, 14))
            .get()
            .figures()
            .get("daysLate"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new NoticeOverduePolicy(-1))
            .getMessage()
            .contains("graceDays"));
  }

  private static Need need(
      long id, Village village, Need.State state, long pledged, long received) {
    return new Need(
        id,
        village.id(),
        village.township(),
        new HouseholdId(101),
        NeedCategory.WINTER_SUPPLIES,
        "棉被",
        10,
        Money.yuan("120"),
        4,
        LocalDate.of(2019, 1, 31),
        "huangquan-officer",
        Instant.parse("2019-01-05T00:00:00Z"),
        state,
        state == Need.State.POSTED ? null : "eshan-officer",
        state == Need.State.POSTED ? null : Instant.parse("2019-01-06T00:00:00Z"),
        pledged,
        received);
  }

  private static Pledge pledge(long id, long need, Pledge.State state) {
    return new Pledge(
        id, 3, need, 6, Instant.parse("2019-01-20T00:00:00Z"), Pledge.hashCode("123456"), state);
  }

  @Test
  void pledge_not_received_fires_fourteen_days_after_delivery_without_the_villages_receipt() {
    Need quilts = need(11, QILISHAN, Need.State.VERIFIED, 6, 0);
    Pledge delivered = pledge(21, 11, Pledge.State.DELIVERED);
    PledgeReceiptPolicy policy = PledgeReceiptPolicy.DISTRICT;
    LocalDate deliveredOn = LocalDate.of(2019, 1, 10);
    assertEquals(
        Optional.empty(), policy.check(delivered, quilts, deliveredOn, LocalDate.of(2019, 1, 24)));
    Finding late = policy.check(delivered, quilts, deliveredOn, LocalDate.of(2019, 1, 25)).get();
    assertEquals("supervision.pledge-not-received|pledge:21", late.key());
    assertEquals(Optional.of(QILISHAN.township()), late.township());
    assertEquals(Optional.of(QILISHAN.id()), late.village());
    assertEquals(
        List.of("pledge", "need", "units", "deliveredOn", "dueOn", "daysLate"), names(late));
    assertEquals(
        Map.of(
            "pledge",
            21L,
            "need",
            11L,
            "units",
            6L,
            "deliveredOn",
            deliveredOn,
            "dueOn",
            LocalDate.of(2019, 1, 24),
            "daysLate",
            1L),
        late.figures());

    for (Pledge.State state :
        EnumSet.of(
            Pledge.State.PLEDGED,
            Pledge.State.RECEIVED,
            Pledge.State.CANCELLED,
            Pledge.State.EXPIRED)) {
      assertEquals(
          Optional.empty(),
          policy.check(pledge(22, 11, state), quilts, deliveredOn, LocalDate.of(2030, 1, 1)),
          state.name());
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            policy.check(pledge(23, 12, Pledge.State.DELIVERED), quilts, deliveredOn, deliveredOn),
        "a pledge is checked with its own need");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new PledgeReceiptPolicy(0))
            .getMessage()
            .contains("days"));
  }

  @Test
  void need_unmet_fires_for_a_verified_need_still_short_after_its_deadline() {
    Need quilts = need(11, QILISHAN, Need.State.VERIFIED, 10, 4);
    NeedDeadlinePolicy policy = NeedDeadlinePolicy.DISTRICT;
    assertEquals(Optional.empty(), policy.check(quilts, LocalDate.of(2019, 1, 31)));
    Finding unmet = policy.check(quilts, LocalDate.of(2019, 2, 1)).get();
    assertEquals("supervision.need-unmet|need:11", unmet.key());
    assertEquals(Optional.of(QILISHAN.township()), unmet.township());
    assertEquals(Optional.of(QILISHAN.id()), unmet.village());
    assertEquals(
        List.of("need", "item", "requested", "received", "deadline", "daysLate"), names(unmet));
    assertEquals(
        Map.of(
            "need",
            11L,
            "item",
            "棉被",
            "requested",
            10L,
            "received",
            4L,
            "deadline",
            LocalDate.of(2019, 1, 31),
            "daysLate",
            1L),
        unmet.figures());

    LocalDate later = LocalDate.of(2030, 1, 1);
    assertEquals(
        Optional.empty(),
        policy.check(need(12, QILISHAN, Need.State.POSTED, 0, 0), later),
        "not verified");
    assertEquals(
        Optional.empty(),
        policy.check(need(13, QILISHAN, Need.State.CANCELLED, 0, 0), later),
        "cancelled");
    assertEquals(
        Optional.empty(),
        policy.check(need(14, QILISHAN, Need.State.CLOSED, 10, 10), later),
        "closed");
    assertEquals(
        Optional.empty(),
        policy.check(need(15, QILISHAN, Need.State.VERIFIED, 10, 10), later),
        "received in full");

    NeedDeadlinePolicy grace = new NeedDeadlinePolicy(7);
    assertEquals(Optional.empty(), grace.check(quilts, LocalDate.of(2019, 2, 7)));
    assertEquals(8L, grace.check(quilts, LocalDate.of(2019, 2, 8)).get().figures().get("daysLate"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new NeedDeadlinePolicy(-1))
            .getMessage()
            .contains("graceDays"));
  }
}

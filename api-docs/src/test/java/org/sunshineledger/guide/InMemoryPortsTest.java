package org.sunshineledger.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Assets;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.Disclosures;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.Households;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Member;

/** The in-memory households, assets and notices keep the ports' contract: whole, snapshots. */
class InMemoryPortsTest {
  private static final Village HUANGQUAN =
      Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
  private static final Instant AT = Instant.parse("2019-05-06T02:00:00Z");

  @Test
  void a_household_comes_back_whole_and_by_its_id_number_and_village() {
    Households households = new InMemoryHouseholds();
    Household household =
        Household.identify(
            households.nextId(),
            HUANGQUAN.id(),
            "演示户主甲",
            "370404197001011234",
            "13812345678",
            List.of(
                new Member("演示户主甲", 1970, LabourAbility.FULL, false, false, false),
                new Member("演示成员乙", 2008, LabourAbility.NONE, false, false, true)),
            Set.of(),
            "因病致贫",
            "huangquan-officer",
            LocalDate.of(2018, 3, 1));
    household.recordIncome(Year.of(2018), Money.yuan("3200"));
    households.save(household);
    household.recordIncome(Year.of(2019), Money.yuan("4800")); // not saved

    Household found = households.withIdNumber("370404197001011234").orElseThrow();

    assertEquals(household.id(), found.id());
    assertEquals(household.members(), found.members());
    assertEquals(HouseholdStatus.POOR, found.status());
    assertEquals(Optional.of(Money.yuan("3200")), found.incomeIn(Year.of(2018)));
    assertEquals(Optional.empty(), found.incomeIn(Year.of(2019)));
    assertEquals(List.of(household.id()), ids(households.inVillage(HUANGQUAN.id())));
    assertTrue(households.withIdNumber("370404197001019999").isEmpty());
  }

  @Test
  void an_asset_comes_back_with_its_ledger_and_by_the_project_that_built_it() {
    Assets assets = new InMemoryAssets();
    Asset asset =
        Asset.register(
            assets.nextId(),
            new ProjectId(3),
            ProjectStage.COMPLETION_ACCEPTED,
            "黄泉村光伏电站100kW",
            new AssetRights(
                new Ownership.Collective(HUANGQUAN.id()),
                Optional.empty(),
                "黄泉村村集体",
                "黄泉村建档立卡贫困户",
                "黄泉村精准扶贫理事会"),
            Money.yuan("720000"),
            "eshan-officer",
            AT,
            "验收-3");
    assets.save(asset);
    asset.revalue(Money.yuan("700000"), "eshan-officer", AT, "评估-1"); // not saved

    Asset found = assets.builtBy(new ProjectId(3)).get(0);

    assertEquals(asset.id(), found.id());
    assertEquals(Money.yuan("720000"), found.value());
    assertEquals(1, found.ledger().size());
    assertEquals(List.of(), assets.builtBy(new ProjectId(4)));
  }

  @Test
  void a_notice_comes_back_with_its_versions_and_the_overdue_list_names_the_late_ones() {
    Disclosures notices = new InMemoryDisclosures();
    Publisher village =
        new Publisher(DisclosureLevel.VILLAGE, HUANGQUAN.township(), HUANGQUAN.id(), "黄泉村村民委员会");
    NoticeContent content =
        new NoticeContent(
            "2019年黄泉村光伏收益分配名单公示",
            "根据村民代表大会决议，现将收益分配名单公示如下。",
            List.of("户主", "分配金额（元）"),
            List.of(List.of(Cell.person("张小三"), Cell.amount(Money.yuan("500.00")))));
    Disclosure published =
        Disclosure.draft(
            notices.nextId(),
            DisclosureKind.INCOME_DISTRIBUTION,
            village,
            "distribution:5",
            LocalDate.of(2019, 5, 20),
            content);
    published.publish(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 15), "huangquan", AT);
    Disclosure late =
        Disclosure.draft(
            notices.nextId(),
            DisclosureKind.INCOME_DISTRIBUTION,
            village,
            "distribution:6",
            LocalDate.of(2019, 5, 10),
            content);
    notices.save(late);
    notices.save(published);

    Disclosure found = notices.find(published.id()).orElseThrow();

    assertEquals(published.versions(), found.versions());
    assertEquals(
        List.of(late.id()),
        notices.overdueOn(LocalDate.of(2019, 5, 21)).stream().map(Disclosure::id).toList());
    assertTrue(notices.find(99).isEmpty());
  }

  private static List<Object> ids(List<Household> households) {
    return households.stream().map(h -> (Object) h.id()).toList();
  }
}

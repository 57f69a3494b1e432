package org.sunshineledger.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.VillageId;

/** DOMAIN §2 and policy §3, §4, §10: exit, early warning, priority groups, unsafe houses. */
class RegistryRulesTest {
  private static final Year Y2018 = Year.of(2018);
  private static final LocalDate DAY = LocalDate.of(2018, 11, 30);

  private static Household household(Member... members) {
    return Household.identify(
        new HouseholdId(1),
        new VillageId(282),
        "演示户主甲",
        "370404000000000001",
        "13800000001",
        List.of(members),
        Set.of(),
        "2014年建档立卡",
        "huangquan-officer",
        LocalDate.of(2014, 10, 1));
  }

  private static Household ablePoorHousehold() {
    return household(
        new Member("演示户主甲", 1970, LabourAbility.FULL, false, false, false),
        new Member("演示成员乙", 2008, LabourAbility.NONE, false, false, true));
  }

  private static void allGuaranteesHold(Household h) {
    for (Guarantee g : Guarantee.values()) {
      h.recordGuarantee(new GuaranteeCheck(g, true, "入户核查", DAY));
    }
  }

  @Test
  void exit_is_refused_when_housing_is_unsafe_and_the_refusal_names_only_that() {
    Household h = ablePoorHousehold();
    allGuaranteesHold(h);
    h.recordGuarantee(new GuaranteeCheck(Guarantee.SAFE_HOUSING, false, "C级危房", DAY));
    h.recordIncome(Y2018, Money.yuan("5200"));
    ExitRefusedException refused =
        assertThrows(
            ExitRefusedException.class, () -> h.exit(ExitPolicy.SHANDONG, Y2018, "评议", "x", DAY));
    assertEquals(
        List.of("guarantee.SAFE_HOUSING"),
        refused.failures().stream().map(ExitCondition::code).toList());
    assertEquals("住房安全有保障：未达标（C级危房）", refused.failures().get(0).description());
    assertEquals(HouseholdStatus.POOR, h.status());
  }

  @Test
  void exit_is_refused_when_income_is_not_above_the_years_poverty_line() {
    Household h = ablePoorHousehold();
    allGuaranteesHold(h);
    h.recordIncome(Y2018, Money.yuan("3609"));
    ExitRefusedException refused =
        assertThrows(
            ExitRefusedException.class, () -> h.exit(ExitPolicy.SHANDONG, Y2018, "评议", "x", DAY));
    assertEquals(
        List.of("income.below-line"),
        refused.failures().stream().map(ExitCondition::code).toList());
    assertTrue(refused.failures().get(0).description().contains("3609.00"));
  }

  @Test
  void exit_lists_every_failing_condition_at_once() {
    Household h = ablePoorHousehold();
    ExitRefusedException refused =
        assertThrows(
            ExitRefusedException.class, () -> h.exit(ExitPolicy.SHANDONG, Y2018, "评议", "x", DAY));
    assertEquals(7, refused.failures().size());
    assertEquals("income.missing", refused.failures().get(6).code());
  }

  @Test
  void a_household_that_meets_every_condition_exits_with_policy_below_the_rural_income_level() {
    Household h = ablePoorHousehold();
    allGuaranteesHold(h);
    h.recordIncome(Y2018, Money.yuan("5200"));
    assertEquals(
        HouseholdStatus.LIFTED_WITH_POLICY,
        h.exit(ExitPolicy.SHANDONG, Y2018, "村民评议公示无异议", "x", DAY));
    assertEquals(2, h.history().size());
    assertEquals(HouseholdStatus.POOR, h.history().get(1).from());
  }

  @Test
  void a_household_reaching_the_rural_income_level_leaves_without_policy() {
    Household h = ablePoorHousehold();
    allGuaranteesHold(h);
    h.recordIncome(Y2018, Money.yuan("15000"));
    assertEquals(
        HouseholdStatus.LIFTED_WITHOUT_POLICY, h.exit(ExitPolicy.SHANDONG, Y2018, "评议", "x", DAY));
  }

  @Test
  void policy_support_ends_only_at_the_rural_income_level_or_when_plainly_above_the_standard() {
    Household h = ablePoorHousehold();
    allGuaranteesHold(h);
    h.recordIncome(Y2018, Money.yuan("5200"));
    h.exit(ExitPolicy.SHANDONG, Y2018, "评议", "x", DAY);
    assertEquals(
        "registry.policy-still-needed",
        assertThrows(
                DomainException.class,
                () -> h.endPolicy(ExitPolicy.SHANDONG, Y2018, false, "x", "x", DAY))
            .rule());
    h.endPolicy(ExitPolicy.SHANDONG, Y2018, true, "家庭明显不符合贫困标准（经营收入稳定）", "x", DAY);
    assertEquals(HouseholdStatus.LIFTED_WITHOUT_POLICY, h.status());
  }

  @Test
  void early_warning_flags_a_lifted_household_at_the_margin_above_the_line() {
    Household h = liftedWithIncome("4600");
    // line 3609 × 1.3 = 4691.70: at the margin → yellow; × 1.15 = 4150.35
    EarlyWarning warning = EarlyWarningPolicy.DEMO.evaluate(h, Y2018, DAY).orElseThrow();
    assertEquals(EarlyWarning.Level.YELLOW, warning.level());
    assertTrue(warning.reasons().get(0).contains("临界"));
    assertEquals(
        EarlyWarning.Level.ORANGE,
        EarlyWarningPolicy.DEMO
            .evaluate(liftedWithIncome("4150"), Y2018, DAY)
            .orElseThrow()
            .level());
    assertFalse(
        EarlyWarningPolicy.DEMO.evaluate(liftedWithIncome("4691.71"), Y2018, DAY).isPresent());
  }

  @Test
  void early_warning_flags_a_risk_event_within_the_window_only() {
    Household h = liftedWithIncome("9000");
    h.recordRiskEvent(
        new RiskEvent(RiskEvent.Kind.ILLNESS, DAY.minusMonths(13), Money.yuan("20000"), "住院"));
    assertFalse(EarlyWarningPolicy.DEMO.evaluate(h, Y2018, DAY).isPresent());
    h.recordRiskEvent(
        new RiskEvent(RiskEvent.Kind.DISASTER, DAY.minusMonths(2), Money.zero(), "房屋受损"));
    assertEquals(
        EarlyWarning.Level.ORANGE,
        EarlyWarningPolicy.DEMO.evaluate(h, Y2018, DAY).orElseThrow().level());
  }

  @Test
  void a_city_marked_household_is_flagged_the_moment_it_is_recorded() {
    Household h = liftedWithIncome("9000");
    h.markCity("突发重病，医疗支出大", "huangquan-officer", DAY);
    assertEquals(HouseholdStatus.POOR, h.status());
    assertTrue(h.markers().contains(Marker.CITY_MARKED));
    EarlyWarning warning = EarlyWarningPolicy.DEMO.evaluate(h, Y2018, DAY).orElseThrow();
    assertEquals(EarlyWarning.Level.RED, warning.level());
    assertEquals("市标贫困人口，即时纳入帮扶", warning.reasons().get(0));
  }

  @Test
  void status_changes_are_appended_with_reason_person_and_date_never_overwritten() {
    Household h = liftedWithIncome("5000");
    h.returnToPoverty("因病返贫", "eshan-officer", DAY.plusDays(1));
    assertEquals(3, h.history().size());
    StatusChange change = h.history().get(2);
    assertEquals(HouseholdStatus.LIFTED_WITH_POLICY, change.from());
    assertEquals(HouseholdStatus.POOR, change.to());
    assertEquals(Set.of(Marker.RETURNED), change.markers());
    assertEquals("eshan-officer", change.by());
    assertEquals(
        "registry.illegal-status-change",
        assertThrows(DomainException.class, () -> h.returnToPoverty("x", "x", DAY)).rule());
    assertThrows(UnsupportedOperationException.class, () -> h.history().clear());
  }

  @Test
  void priority_groups_of_s4_are_derived_from_the_record() {
    Household h =
        household(
            new Member("演示户主甲", 1950, LabourAbility.NONE, true, false, false),
            new Member("演示成员乙", 1975, LabourAbility.FULL, false, false, false));
    h.recordRiskEvent(
        new RiskEvent(RiskEvent.Kind.LARGE_EXPENDITURE, DAY, Money.yuan("30000"), "子女上学"));
    assertEquals(
        Set.of(PriorityGroup.EXPENDITURE_POVERTY, PriorityGroup.SEVERELY_DISABLED_OR_INCAPACITATED),
        PriorityGroup.of(h));
    Household returned = liftedWithIncome("5000");
    returned.recordRiskEvent(new RiskEvent(RiskEvent.Kind.DISASTER, DAY, Money.zero(), "洪灾"));
    returned.returnToPoverty("因灾返贫", "x", DAY);
    assertTrue(
        PriorityGroup.of(returned).contains(PriorityGroup.NEW_POVERTY_FROM_ILLNESS_OR_DISASTER));
  }

  @Test
  void an_unsafe_house_is_closed_only_on_accepted_renovation() {
    UnsafeHouse house =
        new UnsafeHouse(
            1, new HouseholdId(1), UnsafeHouse.Grade.D, DAY, UnsafeHouse.State.OPEN, null, null);
    assertEquals(
        "registry.unsafe-house-state",
        assertThrows(DomainException.class, () -> house.acceptRenovation(DAY, "验收")).rule());
    house.startRenovation();
    assertThrows(DomainException.class, () -> house.acceptRenovation(DAY, "验收"));
    house.completeRenovation();
    assertFalse(house.closed());
    house.acceptRenovation(DAY.plusDays(30), "峄住建验〔2018〕7号");
    assertTrue(house.closed());
    assertEquals("峄住建验〔2018〕7号", house.acceptanceRef());
  }

  @Test
  void progress_against_the_2018_target_counts_households_and_people() {
    Household lifted2018 = liftedWithIncome("5200");
    Household lifted2017 = ablePoorHousehold();
    allGuaranteesHold(lifted2017);
    lifted2017.recordIncome(Year.of(2017), Money.yuan("5200"));
    ExitPolicy with2017 =
        new ExitPolicy(
            java.util.Map.of(Year.of(2017), Money.yuan("3500")),
            java.util.Map.of(Year.of(2017), Money.yuan("14000")));
    lifted2017.exit(with2017, Year.of(2017), "评议", "x", LocalDate.of(2017, 12, 1));
    YearlyTarget.Progress progress =
        YearlyTarget.YICHENG_2018.progress(List.of(lifted2018, lifted2017, ablePoorHousehold()));
    assertEquals(new YearlyTarget.Progress(1, 2, 1, 2), progress);
    assertEquals(491, YearlyTarget.YICHENG_2018.householdsToLift());
  }

  private static Household liftedWithIncome(String yuan) {
    Household h = ablePoorHousehold();
    allGuaranteesHold(h);
    h.recordIncome(Y2018, Money.yuan("5200"));
    h.exit(ExitPolicy.SHANDONG, Y2018, "评议", "x", DAY);
    h.recordIncome(Y2018, Money.yuan(yuan));
    return h;
  }
}

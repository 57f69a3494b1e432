package org.sunshineledger.income;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.registry.HouseholdId;

/** §13, §17: 村集体提留 + 贫困户分配; 无劳动能力和老弱病残倾斜; 有劳才有得、多劳多得. */
class DistributionPolicyTest {
  private static final AssetId PLANT = new AssetId(1);

  private static Beneficiary household(long id, boolean labourAble, int vulnerable, int workDays) {
    return new Beneficiary(new HouseholdId(id), labourAble, vulnerable, workDays);
  }

  @Test
  void the_collective_part_and_the_payouts_add_up_to_the_income_to_the_fen() {
    Distribution d =
        DistributionPolicy.DEMO.distribute(
            PLANT,
            IncomePeriod.year(2019),
            Money.yuan("10000.01"),
            List.of(
                household(1, false, 1, 0), household(2, true, 0, 20), household(3, true, 2, 7)));
    assertEquals(Money.yuan("3000.00"), d.collectivePart());
    assertEquals(Money.yuan("10000.01"), d.collectivePart().plus(d.householdPart()));
    // weights 14, 20, 15 of 7000.01
    assertEquals(
        List.of(Money.yuan("2000.00"), Money.yuan("2857.15"), Money.yuan("2142.86")),
        d.payouts().stream().map(Payout::amount).toList());
  }

  @Test
  void households_without_labour_ability_and_the_old_sick_and_disabled_weigh_more() {
    Distribution d =
        DistributionPolicy.DEMO.distribute(
            PLANT,
            IncomePeriod.year(2019),
            Money.yuan("1000"),
            List.of(household(1, false, 0, 0), household(2, false, 2, 0)));
    assertTrue(d.payouts().get(1).amount().isGreaterThan(d.payouts().get(0).amount()));
    assertEquals(new BigDecimal("18"), d.payouts().get(1).weight());
    assertEquals("无劳动能力，老弱病残 2 人", d.payouts().get(1).basis());
  }

  @Test
  void households_with_labour_ability_are_paid_for_recorded_work_days_only() {
    Distribution d =
        DistributionPolicy.DEMO.distribute(
            PLANT,
            IncomePeriod.year(2019),
            Money.yuan("1000"),
            List.of(
                household(1, true, 0, 0), household(2, true, 0, 10), household(3, true, 0, 30)));
    assertEquals(Money.zero(), d.payouts().get(0).amount());
    assertEquals(Money.yuan("175"), d.payouts().get(1).amount());
    assertEquals(Money.yuan("525"), d.payouts().get(2).amount());
    assertEquals("公益劳动 30 天", d.payouts().get(2).basis());
  }

  @Test
  void a_household_part_with_nobody_entitled_is_refused_rather_than_lost() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                DistributionPolicy.DEMO.distribute(
                    PLANT,
                    IncomePeriod.year(2019),
                    Money.yuan("1000"),
                    List.of(household(1, true, 0, 0))));
    assertEquals("income.no-eligible-household", refused.rule());
    assertEquals(new BigDecimal("700.00"), refused.figures().get("householdPart"));
  }

  @Test
  void the_same_household_cannot_be_paid_twice_in_one_distribution() {
    assertEquals(
        "income.duplicate-household",
        assertThrows(
                DomainException.class,
                () ->
                    DistributionPolicy.DEMO.distribute(
                        PLANT,
                        IncomePeriod.year(2019),
                        Money.yuan("1"),
                        List.of(household(1, false, 0, 0), household(1, false, 0, 0))))
            .rule());
  }

  @Test
  void the_whole_income_may_go_to_the_filial_elderly_care_fund() {
    DistributionPolicy allCollective =
        new DistributionPolicy(
            BigDecimal.ONE,
            CollectiveFund.FILIAL_ELDERLY_CARE_FUND,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            BigDecimal.ZERO);
    Distribution d =
        allCollective.distribute(
            PLANT,
            IncomePeriod.year(2019),
            Money.yuan("123.45"),
            List.of(household(1, true, 0, 0)));
    assertEquals(Money.yuan("123.45"), d.collectivePart());
    assertEquals(Money.zero(), d.payouts().get(0).amount());
  }
}

package org.sunshineledger.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;

/** §15: municipal and district special funds are cut into township blocks by the factor method. */
class FactorAllocationTest {
  private static TownshipFactors township(
      long id, int poor, int keyVillages, int focus, int score) {
    return new TownshipFactors(
        new TownshipId(id),
        Map.of(
            AllocationFactor.POOR_POPULATION, BigDecimal.valueOf(poor),
            AllocationFactor.KEY_VILLAGES, BigDecimal.valueOf(keyVillages),
            AllocationFactor.FOCUS_TOWNSHIP, BigDecimal.valueOf(focus),
            AllocationFactor.ASSESSMENT_SCORE, BigDecimal.valueOf(score)));
  }

  @Test
  void the_split_follows_the_weighted_factor_shares_exactly() {
    // poor 100/300 and 200/300, key villages 1/2 each, focus 0/1 and 1/1, score 50/100 each:
    // A = .5×1/3 + .2×1/2 + .2×0 + .1×1/2 = 0.31666…, B = 0.68333…
    FactorAllocation result =
        FactorAllocationPolicy.DEMO.allocate(
            new FundId(1),
            Money.yuan("1000000"),
            List.of(township(1, 100, 1, 0, 50), township(2, 200, 1, 1, 50)));
    assertEquals(Money.yuan("316666.67"), result.shares().get(0).amount());
    assertEquals(Money.yuan("683333.33"), result.shares().get(1).amount());
    assertEquals(new BigDecimal("0.316666666667"), result.shares().get(0).share());
    assertEquals(new BigDecimal("300"), result.factorSums().get(AllocationFactor.POOR_POPULATION));
  }

  @Test
  void focus_townships_receive_more_than_an_otherwise_equal_township() {
    FactorAllocation result =
        FactorAllocationPolicy.DEMO.allocate(
            new FundId(1),
            Money.yuan("500000"),
            List.of(township(1, 100, 2, 0, 80), township(2, 100, 2, 1, 80)));
    assertTrue(result.shares().get(1).amount().isGreaterThan(result.shares().get(0).amount()));
  }

  @Test
  void a_factor_that_every_township_has_at_zero_is_left_out_and_recorded() {
    FactorAllocation result =
        FactorAllocationPolicy.DEMO.allocate(
            new FundId(1),
            Money.yuan("100"),
            List.of(township(1, 1, 0, 0, 1), township(2, 3, 0, 0, 1)));
    assertEquals(
        java.util.Set.of(AllocationFactor.KEY_VILLAGES, AllocationFactor.FOCUS_TOWNSHIP),
        result.leftOut());
    // .5×1/4 + .1×1/2 = .175 of .6 → 29.17; .5×3/4 + .1×1/2 = .425 of .6 → 70.83
    assertEquals(Money.yuan("29.17"), result.shares().get(0).amount());
    assertEquals(Money.yuan("70.83"), result.shares().get(1).amount());
  }

  @Test
  void weights_are_data_so_another_district_configures_rather_than_forks() {
    FactorAllocationPolicy populationOnly =
        new FactorAllocationPolicy(Map.of(AllocationFactor.POOR_POPULATION, BigDecimal.ONE));
    FactorAllocation result =
        populationOnly.allocate(
            new FundId(1),
            Money.yuan("90"),
            List.of(township(1, 1, 9, 1, 99), township(2, 2, 0, 0, 0)));
    assertEquals(Money.yuan("30"), result.shares().get(0).amount());
    assertEquals(Money.yuan("60"), result.shares().get(1).amount());
  }

  @Test
  void rejects_negative_factors_duplicate_townships_and_all_zero_values() {
    assertEquals(
        "fund.factor-negative",
        assertThrows(DomainException.class, () -> township(1, -1, 0, 0, 0)).rule());
    assertEquals(
        "fund.factor-townships",
        assertThrows(
                DomainException.class,
                () ->
                    FactorAllocationPolicy.DEMO.allocate(
                        new FundId(1),
                        Money.yuan("1"),
                        List.of(township(1, 1, 1, 1, 1), township(1, 1, 1, 1, 1))))
            .rule());
    assertEquals(
        "fund.factor-all-zero",
        assertThrows(
                DomainException.class,
                () ->
                    FactorAllocationPolicy.DEMO.allocate(
                        new FundId(1), Money.yuan("1"), List.of(township(1, 0, 0, 0, 0))))
            .rule());
  }
}

package org.sunshineledger.fund;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/** §15: 区级财政专项扶贫资金投入只增不减. */
class DistrictBudgetPolicyTest {
  private static Fund fund(long id, FundSourceKind source, int year, String yuan) {
    return new Fund(
        new FundId(id),
        source,
        year + "年" + source.chineseName(),
        Year.of(year),
        Money.yuan(yuan),
        "峄财〔" + year + "〕" + id + "号");
  }

  private final List<Fund> planned = List.of(fund(1, FundSourceKind.DISTRICT, 2018, "8000000"));

  @Test
  void district_budget_below_last_year_is_rejected_naming_both_figures() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                DistrictBudgetPolicy.check(
                    planned, fund(2, FundSourceKind.DISTRICT, 2019, "7999999.99")));
    assertEquals(DistrictBudgetPolicy.RULE, refused.rule());
    assertEquals(2019, refused.figures().get("year"));
    assertEquals(new BigDecimal("7999999.99"), refused.figures().get("amount"));
    assertEquals(2018, refused.figures().get("previousYear"));
    assertEquals(new BigDecimal("8000000.00"), refused.figures().get("previousAmount"));
  }

  @Test
  void district_budget_equal_to_or_above_last_year_is_accepted() {
    assertDoesNotThrow(
        () ->
            DistrictBudgetPolicy.check(planned, fund(2, FundSourceKind.DISTRICT, 2019, "8000000")));
    assertDoesNotThrow(
        () ->
            DistrictBudgetPolicy.check(planned, fund(2, FundSourceKind.DISTRICT, 2019, "9000000")));
  }

  @Test
  void the_first_year_and_the_other_sources_are_not_bound_by_the_rule() {
    assertDoesNotThrow(
        () -> DistrictBudgetPolicy.check(List.of(), fund(1, FundSourceKind.DISTRICT, 2018, "1")));
    List<Fund> central = List.of(fund(1, FundSourceKind.CENTRAL, 2018, "9000000"));
    assertDoesNotThrow(
        () -> DistrictBudgetPolicy.check(central, fund(2, FundSourceKind.CENTRAL, 2019, "100")));
  }

  @Test
  void the_district_plans_one_budget_a_year() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                DistrictBudgetPolicy.check(
                    planned, fund(2, FundSourceKind.DISTRICT, 2018, "9000000")));
    assertEquals("fund.district-budget-once-a-year", refused.rule());
  }
}

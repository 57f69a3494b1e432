package org.sunshineledger.portal.village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.portal.fund.FundChainViews.DistributionSummary;

class VillageReadsTest {
  private static DistributionSummary shared(String from, String income, String collective) {
    return new DistributionSummary(
        1,
        1,
        "光伏电站",
        from,
        from.substring(0, 4) + "-12-31",
        income,
        "村扶贫基金",
        collective,
        new java.math.BigDecimal(income)
            .subtract(new java.math.BigDecimal(collective))
            .toPlainString(),
        3,
        "决议");
  }

  @Test
  void section_12_a_key_village_reaches_30000_yuan_of_collective_income_from_2018() {
    var rows =
        VillageReads.incomeByYear(
            List.of(
                shared("2017-01-01", "20000.00", "6000.00"),
                shared("2018-01-01", "100000.00", "30000.00"),
                shared("2019-01-01", "90000.00", "29999.99")),
            true);
    assertNull(rows.get(0).target(), "no target before 2018");
    assertNull(rows.get(0).met(), "nothing to meet without a target");
    assertEquals("30000.00", rows.get(1).target());
    assertTrue(rows.get(1).met());
    assertFalse(rows.get(2).met(), "one fen short is short");
  }

  @Test
  void section_12_a_village_below_30000_yuan_doubles_its_first_years_collective_income_by_2020() {
    var rows =
        VillageReads.incomeByYear(
            List.of(
                shared("2020-01-01", "10000.00", "4000.00"),
                shared("2018-01-01", "25000.00", "5000.00"),
                shared("2019-01-01", "10000.00", "3000.00")),
            false);
    assertEquals(
        List.of(2018, 2019, 2020), rows.stream().map(VillageReads.IncomeRow::year).toList());
    assertNull(rows.get(1).target());
    assertEquals("10000.00", rows.get(2).target());
    assertFalse(rows.get(2).met());
    assertEquals(
        List.of(),
        VillageReads.incomeByYear(List.of(shared("2020-01-01", "90000.00", "31000.00")), false)
            .stream()
            .filter(r -> r.target() != null)
            .toList(),
        "a village first recording income in 2020 has no earlier year to double");
    assertEquals(
        List.of(),
        VillageReads.incomeByYear(
                List.of(
                    shared("2019-01-01", "90000.00", "31000.00"),
                    shared("2020-01-01", "90000.00", "31000.00")),
                false)
            .stream()
            .filter(r -> r.target() != null)
            .toList(),
        "a village at 30,000 or more has no doubling target");
  }
}

package org.sunshineledger.portal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
  @Test
  void each_bar_is_its_values_share_of_the_largest_to_a_tenth_of_a_pixel() {
    BarChart chart =
        BarChart.of(
            List.of("2018", "2019", "2020"),
            List.of(new BigDecimal("300000.00"), new BigDecimal("100000.00"), BigDecimal.ZERO),
            List.of("300000.00", "100000.00", "0.00"));
    assertEquals(200.0, chart.bars().get(0).length());
    assertEquals(66.7, chart.bars().get(1).length());
    assertEquals(0.0, chart.bars().get(2).length());
    assertEquals(3 * 24 + 8, chart.height());
    assertEquals(64 + 66.7 + 4, chart.bars().get(1).valueX(), 1e-9);
  }

  @Test
  void nothing_to_draw_draws_no_bar_length() {
    BarChart chart = BarChart.of(List.of("2018"), List.of(BigDecimal.ZERO), List.of("0.00"));
    assertEquals(0.0, chart.bars().get(0).length());
  }
}

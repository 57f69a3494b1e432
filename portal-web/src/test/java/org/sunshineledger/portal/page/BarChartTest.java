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

  @Test
  void a_funnels_bars_stand_centred_on_one_axis_with_their_counts_in_one_column() {
    BarChart chart =
        BarChart.funnel(
            List.of("项目储备", "遴选立项", "竣工验收"),
            List.of(BigDecimal.valueOf(14), BigDecimal.valueOf(7), BigDecimal.valueOf(3)),
            List.of("14", "7", "3"));
    var bars = chart.bars();
    assertEquals(150.0, bars.get(0).length());
    assertEquals(75.0, bars.get(1).length());
    for (var bar : bars) {
      assertEquals(136 + 75.0, bar.x() + bar.length() / 2, 0.06, "centred on one axis");
      assertEquals(bars.get(0).valueX(), bar.valueX());
    }
    assertEquals(32.1, bars.get(2).length());
    assertEquals(194.95, bars.get(2).x(), 0.06);
  }
}

package org.sunshineledger.portal.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no script), sized for a 390-pixel phone, for a
 * table shown beside it: each bar's length is its value's share of the largest, coordinates rounded
 * to a tenth of a pixel.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param bars one per row of the table
 */
public record BarChart(int width, int height, List<Bar> bars) {
  /** Where the bars start: after their labels. */
  public static final int LABEL_WIDTH = 64;

  private static final int BAR_AREA = 200;
  private static final int ROW = 24;

  /**
   * One bar.
   *
   * @param label its label, left of it
   * @param value its value as shown, right of it
   * @param y its top
   * @param length its length
   */
  public record Bar(String label, String value, double y, double length) {
    /**
     * Where its value's text starts.
     *
     * @return just right of the bar
     */
    public double valueX() {
      return Math.round((LABEL_WIDTH + length + 4) * 10) / 10.0;
    }

    /**
     * Its texts' baseline.
     *
     * @return the middle of its row
     */
    public double textY() {
      return y + 14;
    }
  }

  /**
   * Where the labels end.
   *
   * @return their right edge
   */
  public int labelX() {
    return LABEL_WIDTH - 4;
  }

  /**
   * Where the bars start.
   *
   * @return their left edge
   */
  public int barX() {
    return LABEL_WIDTH;
  }

  /**
   * Lays the bars out.
   *
   * @param labels the labels, in order
   * @param values the values, not negative, in the same order
   * @param shown the values as the table shows them
   * @return the chart
   */
  public static BarChart of(List<String> labels, List<BigDecimal> values, List<String> shown) {
    BigDecimal largest = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double length =
          largest.signum() == 0
              ? 0
              : values
                  .get(i)
                  .multiply(BigDecimal.valueOf(BAR_AREA))
                  .divide(largest, 1, RoundingMode.HALF_EVEN)
                  .doubleValue();
      bars.add(new Bar(labels.get(i), shown.get(i), i * ROW + 4.0, length));
    }
    return new BarChart(LABEL_WIDTH + BAR_AREA + 96, labels.size() * ROW + 8, bars);
  }
}

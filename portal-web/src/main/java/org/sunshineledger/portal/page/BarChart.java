package org.sunshineledger.portal.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no script), sized for a 390-pixel phone, for a
 * table shown beside it: each bar's length is its value's share of the largest, coordinates rounded
 * to a tenth of a pixel. Bars start after their labels, or stand centred as a funnel.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param labelWidth the room left of the bars for their labels
 * @param bars one per row of the table
 */
public record BarChart(int width, int height, int labelWidth, List<Bar> bars) {
  /** Where the bars start in a plain chart: after their labels. */
  public static final int LABEL_WIDTH = 64;

  private static final int BAR_AREA = 200;
  private static final int FUNNEL_LABELS = 136;
  private static final int FUNNEL_AREA = 150;
  private static final int ROW = 24;

  /**
   * One bar.
   *
   * @param label its label, left of it
   * @param value its value as shown, right of it
   * @param x its left
   * @param y its top
   * @param length its length
   * @param valueX where its value's text starts
   */
  public record Bar(String label, String value, double x, double y, double length, double valueX) {
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
    return labelWidth - 4;
  }

  /**
   * Lays the bars out from the labels' edge, each value just right of its bar.
   *
   * @param labels the labels, in order
   * @param values the values, not negative, in the same order
   * @param shown the values as the table shows them
   * @return the chart
   */
  public static BarChart of(List<String> labels, List<BigDecimal> values, List<String> shown) {
    List<Double> lengths = lengths(values, BAR_AREA);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double length = lengths.get(i);
      bars.add(
          new Bar(
              labels.get(i),
              shown.get(i),
              LABEL_WIDTH,
              i * ROW + 4.0,
              length,
              tenth(LABEL_WIDTH + length + 4)));
    }
    return new BarChart(LABEL_WIDTH + BAR_AREA + 96, labels.size() * ROW + 8, LABEL_WIDTH, bars);
  }

  /**
   * Lays the bars out as a funnel: each centred on one axis, the values in a column at the right —
   * for counts that narrow from one step to the next, such as the projects that reached each stage.
   *
   * @param labels the steps, in order
   * @param values the counts, not negative, in the same order
   * @param shown the counts as the table shows them
   * @return the chart
   */
  public static BarChart funnel(List<String> labels, List<BigDecimal> values, List<String> shown) {
    List<Double> lengths = lengths(values, FUNNEL_AREA);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double length = lengths.get(i);
      bars.add(
          new Bar(
              labels.get(i),
              shown.get(i),
              tenth(FUNNEL_LABELS + (FUNNEL_AREA - length) / 2),
              i * ROW + 4.0,
              length,
              FUNNEL_LABELS + FUNNEL_AREA + 6));
    }
    return new BarChart(
        FUNNEL_LABELS + FUNNEL_AREA + 50, labels.size() * ROW + 8, FUNNEL_LABELS, bars);
  }

  /** Each value's share of the largest, in pixels of the area, to a tenth. */
  private static List<Double> lengths(List<BigDecimal> values, int area) {
    BigDecimal largest = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    List<Double> lengths = new ArrayList<>();
    for (BigDecimal value : values) {
      lengths.add(
          largest.signum() == 0
              ? 0
              : value
                  .multiply(BigDecimal.valueOf(area))
                  .divide(largest, 1, RoundingMode.HALF_EVEN)
                  .doubleValue());
    }
    return lengths;
  }

  private static double tenth(double value) {
    return Math.round(value * 10) / 10.0;
  }
}

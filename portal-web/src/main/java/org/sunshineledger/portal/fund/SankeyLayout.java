package org.sunshineledger.portal.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sunshineledger.portal.fund.FundChainViews.FlowLink;
import org.sunshineledger.portal.fund.FundChainViews.FlowNode;
import org.sunshineledger.portal.fund.FundChainViews.FlowsView;

/**
 * Lays out a year's flows as a Sankey chart drawn on the server as SVG, so the page needs no
 * script: sources, then townships, then projects, then assets, each node as tall as the money
 * through it and each flow a band as wide as its amount.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param nodes the nodes' boxes
 * @param bands the flows' bands
 */
public record SankeyLayout(int width, int height, List<Box> nodes, List<Band> bands) {
  private static final int COLUMN_WIDTH = 14;
  private static final int GAP = 6;
  private static final int TOP = 10;

  /**
   * A node's box.
   *
   * @param x left
   * @param y top
   * @param w width
   * @param h height
   * @param label its label with the amount
   * @param kind its kind, for the colour
   * @param textX where its label starts
   * @param anchor the label's text anchor
   */
  public record Box(
      double x,
      double y,
      double w,
      double h,
      String label,
      String kind,
      double textX,
      String anchor) {
    /** Coordinates to a tenth of a pixel, which is all a screen shows. */
    public Box {
      x = tenth(x);
      y = tenth(y);
      w = tenth(w);
      h = tenth(h);
      textX = tenth(textX);
    }

    /**
     * The label's baseline.
     *
     * @return the middle of the box
     */
    public double textY() {
      return tenth(y + h / 2 + 4);
    }
  }

  /**
   * A flow's band.
   *
   * @param path the SVG path of its centre line
   * @param width its width
   * @param kind the kind of the node it enters, for the colour
   * @param title a tooltip: from, to and amount
   */
  public record Band(String path, double width, String kind, String title) {
    /** The width to a tenth of a pixel. */
    public Band {
      width = tenth(width);
    }
  }

  /** A coordinate rounded to a tenth of a pixel. */
  static double tenth(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * Lays out a year's flows.
   *
   * @param flows the flows
   * @param width the drawing's width
   * @param height the height that the year's total fills
   * @return the layout
   */
  public static SankeyLayout of(FlowsView flows, int width, int height) {
    Map<String, FlowNode> nodes = new LinkedHashMap<>();
    flows.nodes().forEach(n -> nodes.put(n.key(), n));
    Map<String, BigDecimal> in = new HashMap<>();
    Map<String, BigDecimal> out = new HashMap<>();
    for (FlowLink link : flows.links()) {
      BigDecimal amount = new BigDecimal(link.amount());
      out.merge(link.from(), amount, BigDecimal::add);
      in.merge(link.to(), amount, BigDecimal::add);
    }
    BigDecimal total = new BigDecimal(flows.total());
    if (total.signum() == 0) {
      return new SankeyLayout(width, 0, List.of(), List.of());
    }
    double scale = height / total.doubleValue();
    Map<Integer, List<String>> columns = new LinkedHashMap<>();
    for (FlowNode node : nodes.values()) {
      columns.computeIfAbsent(column(node.kind()), c -> new ArrayList<>()).add(node.key());
    }
    int columnCount = 4;
    double step = (width - COLUMN_WIDTH) / (double) (columnCount - 1);
    Map<String, Box> boxes = new LinkedHashMap<>();
    double tallest = 0;
    for (Map.Entry<Integer, List<String>> column : columns.entrySet()) {
      double x = column.getKey() * step;
      double y = TOP;
      for (String key : column.getValue()) {
        BigDecimal through =
            in.getOrDefault(key, BigDecimal.ZERO).max(out.getOrDefault(key, BigDecimal.ZERO));
        double h = Math.max(1, through.doubleValue() * scale);
        FlowNode node = nodes.get(key);
        boolean right = column.getKey() < columnCount - 1;
        boxes.put(
            key,
            new Box(
                x,
                y,
                COLUMN_WIDTH,
                h,
                node.label() + " " + wan(through),
                node.kind(),
                right ? x + COLUMN_WIDTH + 4 : x - 4,
                right ? "start" : "end"));
        y += h + GAP;
      }
      tallest = Math.max(tallest, y);
    }
    Map<String, Double> outOffset = new HashMap<>();
    Map<String, Double> inOffset = new HashMap<>();
    List<Band> bands = new ArrayList<>();
    for (FlowLink link : flows.links()) {
      Box from = boxes.get(link.from());
      Box to = boxes.get(link.to());
      double w = new BigDecimal(link.amount()).doubleValue() * scale;
      double y0 = from.y() + outOffset.merge(link.from(), w, Double::sum) - w / 2;
      double y1 = to.y() + inOffset.merge(link.to(), w, Double::sum) - w / 2;
      double x0 = from.x() + from.w();
      double x1 = to.x();
      double mid = (x0 + x1) / 2;
      String path =
          String.format(
              Locale.ROOT,
              "M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f",
              x0,
              y0,
              mid,
              y0,
              mid,
              y1,
              x1,
              y1);
      bands.add(
          new Band(
              path,
              Math.max(0.5, w),
              to.kind(),
              nodes.get(link.from()).label()
                  + " → "
                  + nodes.get(link.to()).label()
                  + "："
                  + link.amount()
                  + " 元"));
    }
    return new SankeyLayout(
        width, (int) Math.ceil(tallest + TOP), List.copyOf(boxes.values()), bands);
  }

  private static int column(String kind) {
    return switch (kind) {
      case "SOURCE" -> 0;
      case "TOWNSHIP", "UNALLOCATED" -> 1;
      case "PROJECT", "BLOCK_BALANCE" -> 2;
      default -> 3;
    };
  }

  /** An amount in 万元 for the chart's labels; the table beside it has the exact figures. */
  static String wan(BigDecimal yuan) {
    return yuan.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_EVEN).toPlainString() + "万";
  }
}

package org.sunshineledger.portal.sheet;

import java.util.List;

/**
 * A column of a list as its template shows it.
 *
 * @param header the header, as the file must carry it
 * @param comment the header cell's comment: what to type, its unit, whether it may be empty
 * @param choices the closed set the template's drop-down offers, empty for free text
 * @param width the column's width in characters
 */
public record SheetColumn(String header, String comment, List<String> choices, int width) {
  /**
   * A free-text column.
   *
   * @param header the header
   * @param comment its comment
   * @param width its width
   * @return the column
   */
  public static SheetColumn text(String header, String comment, int width) {
    return new SheetColumn(header, comment, List.of(), width);
  }

  /**
   * A column whose cell is one of a closed set.
   *
   * @param header the header
   * @param comment its comment
   * @param choices the set
   * @return the column
   */
  public static SheetColumn choice(String header, String comment, List<String> choices) {
    int widest = choices.stream().mapToInt(String::length).max().orElse(4);
    return new SheetColumn(header, comment, List.copyOf(choices), Math.max(10, widest * 2 + 2));
  }

  /**
   * The headers of columns, in order.
   *
   * @param columns the columns
   * @return their headers
   */
  public static List<String> headers(List<SheetColumn> columns) {
    return columns.stream().map(SheetColumn::header).toList();
  }
}

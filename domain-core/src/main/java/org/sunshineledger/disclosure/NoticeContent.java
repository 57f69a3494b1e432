package org.sunshineledger.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * What a notice says (公示内容): a title, a short statement, and a table of records whose every cell is
 * already in its public form.
 *
 * @param title the title, for example 2019年峨山镇扶贫资金分配结果公示
 * @param statement the text above the table
 * @param columns the table's headings
 * @param rows the records, each with one cell per heading
 */
public record NoticeContent(
    String title, String statement, List<String> columns, List<List<Cell>> rows) {
  /**
   * Content, checked: a title, headings that are plain text, and rows as wide as the headings.
   *
   * @param title the title
   * @param statement the statement
   * @param columns the headings
   * @param rows the records
   */
  public NoticeContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(statement, "statement");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    if (title.isBlank() || title.length() > 200) {
      throw new DomainException(
          "disclosure.title",
          "a notice has a title of 1 to 200 characters",
          Map.of("length", title.length()));
    }
    Cell.text(title);
    Cell.text(statement);
    columns.forEach(Cell::text);
    for (int n = 0; n < rows.size(); n++) {
      if (rows.get(n).size() != columns.size()) {
        throw new DomainException(
            "disclosure.row-width",
            "row "
                + (n + 1)
                + " has "
                + rows.get(n).size()
                + " cells for "
                + columns.size()
                + " columns",
            Map.of("row", n + 1, "cells", rows.get(n).size(), "columns", columns.size()));
      }
    }
  }
}

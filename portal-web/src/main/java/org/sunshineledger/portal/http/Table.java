package org.sunshineledger.portal.http;

import java.util.List;

/**
 * A list as a table for export: Chinese column headers and one row per item.
 *
 * @param name the file's base name, for example {@code projects}
 * @param headers the column headers
 * @param rows the rows, each as long as the headers; cells are text or numbers
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {
  /** Freezes the lists and checks the row widths. */
  public Table {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    for (List<Object> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "a row of " + row.size() + " cells under " + headers.size() + " headers");
      }
    }
  }
}

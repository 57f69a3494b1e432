package org.sunshineledger.portal.registry;

import java.util.List;
import java.util.Map;

/**
 * One row of a registry list, its cells looked up by column header, with the checks of a single
 * cell's value; each error found goes to the import's report, with the row and column.
 */
final class RegistryImportCells {
  /** Where a cell's error goes. */
  interface Errors {
    /**
     * Records an error.
     *
     * @param row the row's number in the file
     * @param column the column's header
     * @param reason what is wrong, in Chinese
     */
    void error(int row, String column, String reason);
  }

  private final int row;
  private final List<String> cells;
  private final Map<String, Integer> header;
  private final Errors errors;

  RegistryImportCells(int row, List<String> cells, Map<String, Integer> header, Errors errors) {
    this.row = row;
    this.cells = cells;
    this.header = header;
    this.errors = errors;
  }

  String value(String column) {
    int index = header.get(column);
    return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
  }

  void error(String column, String reason) {
    errors.error(row, column, reason);
  }

  String required(String column) {
    String value = value(column);
    if (value.isEmpty()) {
      error(column, column + "不能为空");
      return null;
    }
    if (value.length() > 50) {
      error(column, column + "过长（至多50字）");
      return null;
    }
    return value;
  }

  Integer integer(String column, int min, int max) {
    String value = required(column);
    return value == null ? null : parse(column, value, min, max);
  }

  Integer optionalInteger(String column, int min, int max) {
    String value = value(column);
    return value.isEmpty() ? null : parse(column, value, min, max);
  }

  private Integer parse(String column, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value.replaceFirst("\\.0$", ""));
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(column, column + "应为 " + min + " 到 " + max + " 之间的整数，而不是“" + value + "”");
    return null;
  }

  <T> T choice(String column, Map<String, T> choices) {
    String value = required(column);
    if (value == null) {
      return null;
    }
    T chosen = choices.get(value);
    if (chosen == null) {
      error(
          column, column + "只能填写：" + String.join("、", choices.keySet().stream().sorted().toList()));
    }
    return chosen;
  }

  Boolean yesNo(String column) {
    String value = value(column);
    if (value.isEmpty() || value.equals("否")) {
      return false;
    }
    if (value.equals("是")) {
      return true;
    }
    error(column, column + "只能填写“是”或“否”");
    return null;
  }
}

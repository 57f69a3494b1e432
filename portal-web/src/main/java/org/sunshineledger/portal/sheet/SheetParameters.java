package org.sunshineledger.portal.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values given for a kind's {@link SheetParameter}s with one file, checked with the same rules
 * as a row's cells: {@link #cells()} is a row numbered 0 whose columns are the parameters' labels,
 * so that an amount, a date or a choice reads as it would in the sheet and its error is reported
 * under the parameter's label.
 */
public final class SheetParameters {
  private final Map<String, String> values;
  private final SheetCells cells;

  private SheetParameters(
      List<SheetParameter> declared, Map<String, String> values, SheetErrors errors) {
    Map<String, String> given = new LinkedHashMap<>();
    List<String> row = new ArrayList<>();
    Map<String, Integer> header = new HashMap<>();
    for (SheetParameter parameter : declared) {
      String value = values.getOrDefault(parameter.name(), "");
      String text = value == null ? "" : value.strip();
      given.put(parameter.name(), text);
      header.put(SheetCells.headerKey(parameter.label()), row.size());
      row.add(text);
    }
    this.values = java.util.Collections.unmodifiableMap(given);
    this.cells = new SheetCells(0, row, header, errors);
  }

  /**
   * The values of a kind's parameters; values of names the kind does not declare are dropped.
   *
   * @param declared the kind's parameters
   * @param values the values given, by name
   * @param errors where an error in a value goes
   * @return the values
   */
  public static SheetParameters of(
      List<SheetParameter> declared, Map<String, String> values, SheetErrors errors) {
    return new SheetParameters(declared, values, errors);
  }

  /**
   * No parameters, for a kind that takes none.
   *
   * @param errors where errors would go
   * @return the empty values
   */
  public static SheetParameters none(SheetErrors errors) {
    return new SheetParameters(List.of(), Map.of(), errors);
  }

  /**
   * The values, read as a row numbered 0 whose column headers are the parameters' labels.
   *
   * @return the row
   */
  public SheetCells cells() {
    return cells;
  }

  /**
   * The values as given, stripped, by name; "" for one not given.
   *
   * @return the values
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * A value as given, stripped.
   *
   * @param name the parameter's name
   * @return the value, "" when not given
   */
  public String value(String name) {
    return values.getOrDefault(name, "");
  }
}

package org.sunshineledger.portal.sheet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure that a whole file of some kind needs besides its rows: the asset and period of an income
 * distribution's household list, the fund and weights of an allocation's factor table. It is asked
 * on the kind's page beside the file, and taken from the query of the API's upload; its value is
 * checked like a cell, and an error in it is reported as row 0 under its label.
 *
 * @param name the name in the page's form and in the API's query (ASCII)
 * @param label the label, Chinese, also the "column" its errors are reported under
 * @param hint how to fill it in
 * @param choices the values it may take and how each is shown, in order; empty for free text
 * @param initial the value the form starts with, or "" for none
 */
public record SheetParameter(
    String name, String label, String hint, Map<String, String> choices, String initial) {
  /** Names the upload itself uses, which a parameter may not take. */
  static final List<String> RESERVED = List.of("kind", "csrf", "file", "dryRun", "name", "lang");

  public SheetParameter {
    if (!name.matches("[a-z][a-zA-Z]{0,30}") || RESERVED.contains(name)) {
      throw new IllegalArgumentException("a parameter's name is a short word: " + name);
    }
    // kept in the order given: the page lists them so
    choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
  }

  /**
   * A parameter typed in.
   *
   * @param name its name
   * @param label its label
   * @param hint how to fill it in
   * @param initial the form's first value
   * @return the parameter
   */
  public static SheetParameter text(String name, String label, String hint, String initial) {
    return new SheetParameter(name, label, hint, Map.of(), initial);
  }

  /**
   * A parameter chosen from a list.
   *
   * @param name its name
   * @param label its label
   * @param hint how to choose
   * @param choices value → what is shown, in order
   * @return the parameter
   */
  public static SheetParameter choice(
      String name, String label, String hint, Map<String, String> choices) {
    return new SheetParameter(name, label, hint, choices, "");
  }
}

package org.sunshineledger.portal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a list as an XLSX workbook that is its own template: the header row in bold and frozen, a
 * comment on each header saying what to type, and each closed set a drop-down drawn from a hidden
 * sheet (选项), so that a township's officer picks 峨山镇 rather than typing it. The same writer makes
 * the template (with its example rows) and the export (with the stored rows), so an export is a
 * valid import.
 */
public final class SheetTemplate {
  /** The rows a drop-down covers below the header. */
  static final int VALIDATED_ROWS = 20_000;

  private static final String CHOICES = "选项";

  private SheetTemplate() {}

  /**
   * Writes the workbook.
   *
   * @param out where to
   * @param sheetName the first sheet's name (the list's)
   * @param columns the columns
   * @param rows the rows, in the columns' order; numbers stay numbers and dates are written as
   *     2019-03-01
   * @throws IOException when writing fails
   */
  public static void write(
      OutputStream out, String sheetName, List<SheetColumn> columns, List<List<Object>> rows)
      throws IOException {
    Workbook workbook = new Workbook(out, "Sunshine Ledger", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName);
    Worksheet choices = null;
    int choiceColumn = 0;
    for (int c = 0; c < columns.size(); c++) {
      SheetColumn column = columns.get(c);
      sheet.value(0, c, column.header());
      sheet.style(0, c).bold().fillColor("DDEBF7").set();
      sheet.width(c, column.width());
      sheet.comment(0, c, column.comment());
      if (!column.choices().isEmpty()) {
        if (choices == null) {
          choices = workbook.newWorksheet(CHOICES);
          choices.setVisibilityState(VisibilityState.HIDDEN);
        }
        choices.value(0, choiceColumn, column.header());
        for (int i = 0; i < column.choices().size(); i++) {
          choices.value(i + 1, choiceColumn, column.choices().get(i));
        }
        String letter = letter(choiceColumn);
        sheet
            .range(1, c, VALIDATED_ROWS, c)
            .validateWithListByFormula(
                "'"
                    + CHOICES
                    + "'!$"
                    + letter
                    + "$2:$"
                    + letter
                    + "$"
                    + (column.choices().size() + 1))
            .allowBlank(true)
            .showDropdown(true)
            .showErrorMessage(false);
        choiceColumn++;
      }
    }
    sheet.freezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof BigDecimal number) {
          sheet.value(r + 1, c, number);
        } else if (cell instanceof Number number) {
          sheet.value(r + 1, c, number);
        } else if (cell instanceof LocalDate date) {
          sheet.value(r + 1, c, date.toString());
        } else if (cell != null) {
          sheet.value(r + 1, c, cell.toString());
        }
      }
    }
    workbook.finish();
  }

  /** A column's letters: 0 is A, 26 is AA. */
  static String letter(int column) {
    StringBuilder letters = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}

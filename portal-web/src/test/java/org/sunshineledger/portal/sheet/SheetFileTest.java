package org.sunshineledger.portal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheets as they arrive from the field, read into the same rows whatever they were saved as.
 */
class SheetFileTest {
  private static final List<List<String>> ROWS =
      List.of(
          List.of("镇街", "村（居）", "金额", "备注"),
          List.of("峨山镇", "黄泉村", "1500.5", "含“引号”, 逗号"),
          List.of("阴平镇", "胡庄村", "20000", ""));

  private static List<List<String>> read(byte[] file, SheetFile.Format expected)
      throws SheetFile.Unreadable {
    List<List<String>> rows = new ArrayList<>();
    try (SheetFile.Rows source = SheetFile.open(file)) {
      assertEquals(expected, source.format());
      source.forEachRemaining(row -> rows.add(trimmed(row)));
    }
    return rows;
  }

  /** Trailing empty cells differ between formats and mean nothing. */
  private static List<String> trimmed(List<String> row) {
    List<String> cells = new ArrayList<>(row);
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static List<List<String>> expected() {
    return ROWS.stream().map(SheetFileTest::trimmed).toList();
  }

  @Test
  void an_xlsx_workbook_an_xls_one_and_csv_in_utf8_and_gbk_read_alike() throws Exception {
    assertEquals(expected(), read(SheetFixtures.xlsx(ROWS), SheetFile.Format.XLSX));
    assertEquals(expected(), read(SheetFixtures.xls(ROWS), SheetFile.Format.XLS));
    assertEquals(
        expected(),
        read(SheetFixtures.csv(ROWS, StandardCharsets.UTF_8, true), SheetFile.Format.CSV_UTF8));
    assertEquals(expected(), read(SheetFixtures.csv(ROWS), SheetFile.Format.CSV_UTF8));
    assertEquals(
        expected(),
        read(SheetFixtures.csv(ROWS, SheetFixtures.GBK, false), SheetFile.Format.CSV_GB18030));
    assertEquals(
        expected(),
        read(
            SheetFixtures.csv(ROWS, Charset.forName("GB18030"), false),
            SheetFile.Format.CSV_GB18030));
  }

  @Test
  void excels_unicode_text_is_utf16_with_tabs() throws Exception {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (List<String> row : ROWS) {
      text.append(
              String.join(
                  "\t",
                  row.stream()
                      .map(c -> c.contains(",") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                      .toList()))
          .append("\r\n");
    }
    assertEquals(
        expected(),
        read(text.toString().getBytes(StandardCharsets.UTF_16LE), SheetFile.Format.CSV_UTF16));
  }

  @Test
  void numbers_read_as_excel_shows_them() {
    assertEquals("0.3", SheetFile.excelNumber(Double.toString(0.1 + 0.2)));
    assertEquals("1500000", SheetFile.excelNumber("1.5E6"));
    assertEquals("2019", SheetFile.excelNumber("2019.0"));
  }

  @Test
  void a_workbook_protected_by_a_password_is_refused_as_such() {
    assertEquals(
        "sheet.encrypted",
        assertThrows(
                SheetFile.Unreadable.class,
                () -> SheetFile.open(SheetFixtures.xlsWithPassword(ROWS)))
            .key());
    assertEquals(
        "sheet.encrypted",
        assertThrows(
                SheetFile.Unreadable.class,
                () -> SheetFile.open(SheetFixtures.xlsxWithPassword(ROWS)))
            .key());
  }

  @Test
  void a_file_that_is_no_spreadsheet_is_refused_and_a_broken_workbook_too() {
    byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    assertEquals(
        "sheet.notSheet",
        assertThrows(SheetFile.Unreadable.class, () -> SheetFile.open(picture)).key());
    byte[] xlsx = SheetFixtures.xlsx(ROWS);
    byte[] cut = Arrays.copyOf(xlsx, xlsx.length / 2);
    assertEquals(
        "sheet.broken", assertThrows(SheetFile.Unreadable.class, () -> SheetFile.open(cut)).key());
    assertEquals(
        "sheet.empty",
        assertThrows(SheetFile.Unreadable.class, () -> SheetFile.open(new byte[0])).key());
    byte[] neither = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    assertEquals(
        "sheet.encoding",
        assertThrows(SheetFile.Unreadable.class, () -> SheetFile.open(neither)).key());
  }

  @Test
  void a_file_over_the_limit_is_refused_before_it_is_read() {
    byte[] large = new byte[(int) SheetFile.MAX_BYTES + 1];
    assertEquals(
        "sheet.tooLarge",
        assertThrows(SheetFile.Unreadable.class, () -> SheetFile.open(large)).key());
  }
}

package org.sunshineledger.portal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Yicheng;

/** Cells as officials type them in Excel and WPS. */
class SheetCellsTest {
  private static final District YICHENG = Yicheng.district();

  private static SheetCells cells(SheetErrors errors, String... values) {
    List<String> headers = List.of("金额", "日期", "年度", "镇街", "村（居）");
    Map<String, Integer> header = new java.util.HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      header.put(SheetCells.headerKey(headers.get(i)), i);
    }
    return new SheetCells(7, List.of(values), header, errors);
  }

  @Test
  void amounts_take_full_width_digits_thousands_separators_and_yuan_or_ten_thousand_yuan() {
    assertEquals(new BigDecimal("1234567.89"), SheetCells.yuan("1,234,567.89"));
    assertEquals(new BigDecimal("1234567.89"), SheetCells.yuan("１，２３４，５６７．８９元"));
    assertEquals(0, new BigDecimal("125000").compareTo(SheetCells.yuan("12.5万元")));
    assertEquals(0, new BigDecimal("30000").compareTo(SheetCells.yuan("3 万")));
    assertEquals(new BigDecimal("88"), SheetCells.yuan("￥88"));
    assertNull(SheetCells.yuan("12a3"));
    assertNull(SheetCells.yuan("1,23,4"));
  }

  @Test
  void an_amount_with_letters_is_an_error_naming_row_column_and_value() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    assertNull(cells(errors, "12a3", "", "", "", "").amount("金额", true));
    SheetErrors.RowError error = errors.reported().get(0);
    assertEquals(7, error.row());
    assertEquals("金额", error.column());
    assertTrue(error.reason().contains("12a3"), error.reason());
    SheetErrors english = new SheetErrors(Language.EN);
    cells(english, "0.001", "", "", "", "").amount("金额", true);
    assertTrue(english.reported().get(0).reason().contains("exact to the fen"));
  }

  @Test
  void dates_come_as_iso_slashes_chinese_or_excel_serial_numbers() {
    LocalDate first = LocalDate.of(2019, 3, 1);
    assertEquals(first, SheetCells.date("2019-03-01"));
    assertEquals(first, SheetCells.date("2019/3/1"));
    assertEquals(first, SheetCells.date("2019年3月1日"));
    assertEquals(first, SheetCells.date("２０１９年３月１日"));
    assertEquals(first, SheetCells.date("2019.3.1"));
    assertEquals(first, SheetCells.date("43525"));
    assertEquals(first, SheetCells.date("2019-03-01 00:00:00"));
    assertNull(SheetCells.date("2019-02-30"));
    assertNull(SheetCells.date("下周一"));
  }

  @Test
  void a_full_width_year_and_spaces_are_read() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    SheetCells row = cells(errors, "", "", "　２０１９　", "峨山镇", "黄泉村");
    assertEquals(2019, row.integer("年度", 2000, 2100));
    assertEquals(0, errors.count());
  }

  @Test
  void a_village_outside_the_officers_scope_or_unknown_is_an_error() {
    Actor eshan = Actor.townshipOfficer("eshan", YICHENG.townshipNamed("峨山镇").orElseThrow().id());
    SheetErrors errors = new SheetErrors(Language.ZH);
    assertNull(cells(errors, "", "", "", "阴平镇", "胡庄村").village("镇街", "村（居）", YICHENG, eshan));
    assertNull(cells(errors, "", "", "", "峨山镇", "不存在村").village("镇街", "村（居）", YICHENG, eshan));
    assertNull(cells(errors, "", "", "", "东海镇", "黄泉村").village("镇街", "村（居）", YICHENG, eshan));
    assertEquals(
        List.of("胡庄村不在本账号的管理范围内", "峨山镇没有名为“不存在村”的村（居）", "峄城区没有名为“东海镇”的镇街"),
        errors.reported().stream().map(SheetErrors.RowError::reason).toList());
  }

  @Test
  void the_apostrophe_of_the_exports_formula_guard_is_taken_off() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    assertEquals("-5", cells(errors, "'-5", "", "", "", "").value("金额"));
    assertEquals("'abc", cells(errors, "'abc", "", "", "", "").value("金额"));
  }

  @Test
  void a_factor_is_a_plain_non_negative_number_within_its_bound_and_decimals() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    BigDecimal max = new BigDecimal("100000000");
    assertEquals(
        new BigDecimal("3120"), cells(errors, "３，１２０", "", "", "", "").decimal("金额", max, 4, null));
    assertEquals(
        new BigDecimal("92.5"), cells(errors, "92.5", "", "", "", "").decimal("金额", max, 4, null));
    assertEquals(
        BigDecimal.ONE, cells(errors, "", "", "", "", "").decimal("金额", max, 4, BigDecimal.ONE));
    assertEquals(List.of(), errors.reported());
    for (String wrong : List.of("12a", "-5", "30%", "0.00001", "100000001")) {
      assertNull(cells(errors, wrong, "", "", "", "").decimal("金额", max, 4, null), wrong);
    }
    assertNull(cells(errors, "", "", "", "", "").decimal("金额", max, 4, null));
    assertEquals(
        List.of(
            "金额应为 0 到 100000000 之间的数，至多 4 位小数，而不是“12a”",
            "金额应为 0 到 100000000 之间的数，至多 4 位小数，而不是“-5”",
            "金额应为 0 到 100000000 之间的数，至多 4 位小数，而不是“30%”",
            "金额应为 0 到 100000000 之间的数，至多 4 位小数，而不是“0.00001”",
            "金额应为 0 到 100000000 之间的数，至多 4 位小数，而不是“100000001”",
            "金额不能为空"),
        errors.reported().stream().map(SheetErrors.RowError::reason).toList());
  }

  @Test
  void a_secret_cell_is_never_repeated_in_an_error_of_its_row_whatever_the_check() {
    SheetErrors errors = new SheetErrors(Language.ZH);
    SheetCells row = cells(errors, "", "", "３７０４０４１９６５０１０１１２３Ｘ", "", "");
    assertEquals("３７０４０４１９６５０１０１１２３Ｘ", row.secret("年度"));
    assertNull(row.integer("年度", 2000, 2100));
    SheetCells folded = cells(errors, "", "", "370404 1965 0101 123x", "", "");
    folded.secret("年度");
    folded.error("年度", "sheet.duplicate", 3, "37040419650101123X");
    assertEquals(
        List.of("年度应为 2000 到 2100 之间的整数，而不是“＊＊＊”", "与第 3 行重复：＊＊＊"),
        errors.reported().stream().map(SheetErrors.RowError::reason).toList());
  }
}

package org.sunshineledger.portal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Yicheng;
import org.sunshineledger.registry.HouseholdStatus;

/** Registry lists as officials keep them, in CSV and in Excel. */
class RegistryImportTest {
  private static final District YICHENG = Yicheng.district();
  private static final Actor ADMIN = Actor.unscoped("demo-admin", Role.DISTRICT_ADMIN);
  private static final List<List<String>> ROWS =
      List.of(
          List.of(
              "X1",
              "峨山镇",
              "黄泉村",
              "王甲",
              "户主",
              "37040400000000001X",
              "1960",
              "有劳动能力",
              "否",
              "否",
              "否",
              "13900000001",
              "已脱贫享受政策",
              "2019",
              "5200.50"),
          List.of(
              "X1", "峨山镇", "黄泉村", "赵乙", "配偶", "", "1962", "无劳动能力", "是", "否", "否", "", "", "", ""));

  @Test
  void an_excel_list_imports_like_a_csv_one() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(xlsx, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("建档立卡");
    for (int c = 0; c < RegistryImport.COLUMNS.size(); c++) {
      sheet.value(0, c, RegistryImport.COLUMNS.get(c));
    }
    for (int r = 0; r < ROWS.size(); r++) {
      for (int c = 0; c < ROWS.get(r).size(); c++) {
        if (!ROWS.get(r).get(c).isEmpty()) {
          sheet.value(r + 1, c, ROWS.get(r).get(c));
        }
      }
    }
    workbook.finish();
    var checked = RegistryImport.read(xlsx.toByteArray(), YICHENG, ADMIN, Set.of(), n -> {});
    assertEquals(0, checked.report().errorCount(), checked.report().errors().toString());
    RegistryImport.ParsedHousehold household = checked.records().get(0);
    assertEquals(2, household.members().size());
    assertEquals("王甲", household.members().get(0).name());
    assertEquals(HouseholdStatus.LIFTED_WITH_POLICY, household.status());
    assertEquals("5200.50", household.perCapitaIncome().toDecimal().toPlainString());
  }

  @Test
  void csv_cells_may_be_quoted_with_commas_quotes_and_a_byte_order_mark() {
    String csv =
        "\uFEFF"
            + String.join(",", RegistryImport.COLUMNS)
            + "\r\n"
            + "X2,峨山镇,黄泉村,\"王,\"\"丙\"\"\",户主,370404000000000022,1970,有劳动能力,否,否,否,,未脱贫,,\r\n";
    var checked =
        RegistryImport.read(
            csv.getBytes(StandardCharsets.UTF_8), YICHENG, ADMIN, Set.of(), n -> {});
    assertEquals(0, checked.report().errorCount(), checked.report().errors().toString());
    assertEquals("王,\"丙\"", checked.records().get(0).members().get(0).name());
  }

  @Test
  void a_file_without_the_template_headers_is_refused_at_row_one() {
    var checked =
        RegistryImport.read(
            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), YICHENG, ADMIN, Set.of(), n -> {});
    assertEquals(1, checked.report().errorCount());
    assertEquals(1, checked.report().errors().get(0).row());
    assertTrue(checked.report().errors().get(0).reason().startsWith("表头缺少列"));
  }

  @Test
  void a_list_saved_as_xls_or_as_gbk_csv_imports_like_the_xlsx_one() {
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(RegistryImport.COLUMNS);
    rows.addAll(ROWS);
    for (byte[] file :
        List.of(
            org.sunshineledger.portal.sheet.SheetFixtures.xls(rows),
            org.sunshineledger.portal.sheet.SheetFixtures.csv(
                rows, org.sunshineledger.portal.sheet.SheetFixtures.GBK, false))) {
      var checked = RegistryImport.read(file, YICHENG, ADMIN, Set.of(), n -> {});
      assertEquals(0, checked.report().errorCount(), checked.report().errors().toString());
      assertEquals("赵乙", checked.records().get(0).members().get(1).name());
      assertEquals(
          "5200.50", checked.records().get(0).perCapitaIncome().toDecimal().toPlainString());
    }
  }

  @Test
  void a_broken_workbook_is_refused_at_row_one_not_failed() {
    byte[] xlsx =
        org.sunshineledger.portal.sheet.SheetFixtures.xlsx(List.of(RegistryImport.COLUMNS));
    var checked =
        RegistryImport.read(
            java.util.Arrays.copyOf(xlsx, xlsx.length / 2), YICHENG, ADMIN, Set.of(), n -> {});
    assertEquals(1, checked.report().errorCount());
    assertEquals(1, checked.report().errors().get(0).row());
    assertTrue(
        checked.report().errors().get(0).reason().startsWith("文件无法读取"),
        checked.report().errors().get(0).reason());
    assertEquals(0, checked.report().records());
  }
}

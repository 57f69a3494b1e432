package org.sunshineledger.portal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The template an official downloads: what each column wants said in its header's comment, the
 * closed sets as drop-downs, and the file read back as the rows it was written with.
 */
class SheetTemplateTest {
  private static final List<SheetColumn> COLUMNS =
      List.of(
          SheetColumn.choice("镇街", "必填，从下拉列表选择。", List.of("峨山镇", "阴平镇", "古邵镇")),
          SheetColumn.text("金额（元）", "精确到分；可写“万元”。", 14),
          SheetColumn.choice("状态", "是否已核实。", List.of("是", "否")),
          SheetColumn.text("日期", "如 2019-03-01。", 12));

  private static final List<List<Object>> ROWS =
      List.of(
          List.of("峨山镇", new BigDecimal("1500.50"), "是", LocalDate.of(2019, 3, 1)),
          List.of("阴平镇", 20000, "否", LocalDate.of(2020, 12, 31)));

  private static byte[] template() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SheetTemplate.write(out, "清单", COLUMNS, ROWS);
    return out.toByteArray();
  }

  /** The workbook's parts, read through its central directory as Excel reads it. */
  private static Map<String, String> entries(byte[] xlsx) throws Exception {
    Path file = Files.createTempFile("template", ".xlsx");
    try {
      Files.write(file, xlsx);
      Map<String, String> entries = new HashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(entry)) {
            entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      return entries;
    } finally {
      Files.delete(file);
    }
  }

  /** A part of the workbook as XML, its character references resolved. */
  private static Document xml(Map<String, String> xlsx, String part) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xlsx.get(part))));
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  @Test
  void every_header_carries_its_comment_and_the_closed_sets_are_drop_downs_from_a_hidden_sheet()
      throws Exception {
    Map<String, String> xlsx = entries(template());
    Map<String, String> comments = new HashMap<>();
    for (Element comment : elements(xml(xlsx, "xl/comments1.xml"), "comment")) {
      comments.put(comment.getAttribute("ref"), comment.getTextContent());
    }
    assertEquals(
        Map.of(
            "A1", COLUMNS.get(0).comment(),
            "B1", COLUMNS.get(1).comment(),
            "C1", COLUMNS.get(2).comment(),
            "D1", COLUMNS.get(3).comment()),
        comments);
    Document sheet = xml(xlsx, "xl/worksheets/sheet1.xml");
    List<String> validations = new ArrayList<>();
    for (Element validation : elements(sheet, "dataValidation")) {
      assertEquals("list", validation.getAttribute("type"));
      validations.add(
          validation.getAttribute("sqref")
              + "="
              + validation.getElementsByTagName("formula1").item(0).getTextContent());
    }
    int last = SheetTemplate.VALIDATED_ROWS + 1;
    assertEquals(
        List.of("A2:A" + last + "='选项'!$A$2:$A$4", "C2:C" + last + "='选项'!$B$2:$B$3"), validations);
    assertEquals("frozen", elements(sheet, "pane").get(0).getAttribute("state"));
    Map<String, String> sheets = new HashMap<>();
    for (Element s : elements(xml(xlsx, "xl/workbook.xml"), "sheet")) {
      sheets.put(s.getAttribute("name"), s.getAttribute("state"));
    }
    assertEquals(Map.of("清单", "", "选项", "hidden"), sheets);
  }

  @Test
  void the_template_reads_back_as_its_header_and_rows_with_numbers_and_dates_as_written()
      throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (SheetFile.Rows source = SheetFile.open(template())) {
      assertEquals(SheetFile.Format.XLSX, source.format());
      source.forEachRemaining(rows::add);
    }
    assertEquals(
        List.of(
            List.of("镇街", "金额（元）", "状态", "日期"),
            List.of("峨山镇", "1500.5", "是", "2019-03-01"),
            List.of("阴平镇", "20000", "否", "2020-12-31")),
        rows.stream().map(r -> r.subList(0, 4)).toList());
  }

  @Test
  void column_letters_run_past_z() {
    assertEquals("A", SheetTemplate.letter(0));
    assertEquals("Z", SheetTemplate.letter(25));
    assertEquals("AA", SheetTemplate.letter(26));
    assertEquals("AZ", SheetTemplate.letter(51));
    assertEquals("BA", SheetTemplate.letter(52));
  }
}

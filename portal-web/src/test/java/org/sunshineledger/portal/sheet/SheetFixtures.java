package org.sunshineledger.portal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Spreadsheets as they arrive from the field, made by the tests themselves from rows of texts: an
 * XLSX workbook, a legacy XLS, CSV in UTF-8 (with or without a byte-order mark) or in GBK, and the
 * same protected by a password. A cell that reads as a number is written as a number cell in the
 * workbooks, as Excel would keep it.
 */
public final class SheetFixtures {
  /** GBK, as Excel and WPS on Chinese Windows save CSV. */
  public static final Charset GBK = Charset.forName("GBK");

  private SheetFixtures() {}

  /**
   * An XLSX workbook.
   *
   * @param rows the rows, the header first
   * @return the file
   */
  public static byte[] xlsx(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("清单");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          String cell = rows.get(r).get(c);
          if (r > 0 && isNumber(cell)) {
            sheet.value(r, c, Double.parseDouble(cell));
          } else if (!cell.isEmpty()) {
            sheet.value(r, c, cell);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * An Excel 97–2003 workbook.
   *
   * @param rows the rows, the header first
   * @return the file
   */
  public static byte[] xls(List<List<String>> rows) {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("清单");
      fill(sheet, rows);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An Excel 97–2003 workbook protected by a password.
   *
   * @param rows the rows
   * @return the file
   */
  public static byte[] xlsWithPassword(List<List<String>> rows) {
    Biff8EncryptionKey.setCurrentUserPassword("村委会");
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      fill(workbook.createSheet("清单"), rows);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /**
   * An XLSX workbook protected by a password, as Excel saves one: an OLE2 container holding the
   * encrypted package.
   *
   * @param rows the rows
   * @return the file
   */
  public static byte[] xlsxWithPassword(List<List<String>> rows) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("村委会");
      try (OutputStream encrypted = encryptor.getDataStream(fs)) {
        encrypted.write(xlsx(rows));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * CSV text, RFC 4180, lines ending in CR LF.
   *
   * @param rows the rows
   * @param charset its encoding
   * @param bom whether a byte-order mark leads (UTF-8 only)
   * @return the file
   */
  public static byte[] csv(List<List<String>> rows, Charset charset, boolean bom) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          text.append(',');
        }
        String cell = row.get(c);
        text.append(
            cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell);
      }
      text.append("\r\n");
    }
    return text.toString().getBytes(charset);
  }

  /**
   * CSV in UTF-8 without a byte-order mark.
   *
   * @param rows the rows
   * @return the file
   */
  public static byte[] csv(List<List<String>> rows) {
    return csv(rows, StandardCharsets.UTF_8, false);
  }

  private static void fill(Sheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        String cell = rows.get(r).get(c);
        if (r > 0 && isNumber(cell)) {
          row.createCell(c).setCellValue(Double.parseDouble(cell));
        } else if (!cell.isEmpty()) {
          row.createCell(c).setCellValue(cell);
        }
      }
    }
  }

  private static boolean isNumber(String cell) {
    return cell.matches("-?\\d{1,15}(\\.\\d+)?") && !cell.matches("0\\d+");
  }
}

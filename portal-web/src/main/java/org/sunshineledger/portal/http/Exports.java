package org.sunshineledger.portal.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every public list also downloads as CSV and XLSX with the same filters: {@code ?format=csv} or
 * {@code ?format=xlsx}, or the matching {@code Accept} header. CSV is UTF-8 with a byte-order mark
 * so that Excel opens Chinese text correctly; cells that a spreadsheet would read as a formula are
 * prefixed with an apostrophe.
 */
public final class Exports {
  /** CSV. */
  public static final String CSV = "text/csv";

  /** XLSX. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Exports() {}

  /** The formats a list can be downloaded in. */
  public enum Format {
    /** CSV, UTF-8 with BOM. */
    CSV,
    /** Excel workbook. */
    XLSX
  }

  /**
   * Which export a request asks for.
   *
   * @param format the {@code format} parameter, or null
   * @param headers the request's headers
   * @return the format, or empty for JSON
   */
  public static Optional<Format> requested(String format, HttpHeaders headers) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> Optional.of(Format.CSV);
        case "xlsx" -> Optional.of(Format.XLSX);
        case "json" -> Optional.empty();
        default ->
            throw new InvalidRequestException("format", "parameter 'format' is csv, xlsx or json");
      };
    }
    List<MediaType> accepted = headers.getAcceptableMediaTypes();
    if (!accepted.isEmpty() && !accepted.get(0).isWildcardType()) {
      String first = accepted.get(0).getType() + "/" + accepted.get(0).getSubtype();
      if (first.equals(CSV)) {
        return Optional.of(Format.CSV);
      }
      if (first.equals(XLSX)) {
        return Optional.of(Format.XLSX);
      }
    }
    return Optional.empty();
  }

  /**
   * Answers a list request: JSON, or the table in the requested format.
   *
   * @param format the {@code format} parameter
   * @param headers the request's headers
   * @param json the JSON answer
   * @param table the whole filtered list as a table, built only for an export
   * @return the response
   */
  public static Response respond(
      String format, HttpHeaders headers, Supplier<Object> json, Supplier<Table> table) {
    Optional<Format> export = requested(format, headers);
    if (export.isEmpty()) {
      return Response.ok(json.get(), MediaType.APPLICATION_JSON_TYPE).build();
    }
    Table rows = table.get();
    return switch (export.get()) {
      case CSV ->
          download(rows.name() + ".csv", CSV + ";charset=UTF-8", out -> writeCsv(rows, out));
      case XLSX -> download(rows.name() + ".xlsx", XLSX, out -> writeXlsx(rows, out));
    };
  }

  private static Response download(String filename, String type, StreamingOutput body) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }

  /**
   * Writes a table as CSV (RFC 4180), UTF-8 with a byte-order mark.
   *
   * @param table the table
   * @param out where to
   * @throws IOException when writing fails
   */
  public static void writeCsv(Table table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    writeCsvRow(writer, List.copyOf(table.headers()));
    for (List<Object> row : table.rows()) {
      writeCsvRow(writer, row);
    }
    writer.flush();
  }

  private static void writeCsvRow(Writer writer, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(csvCell(cells.get(i)));
    }
    writer.write("\r\n");
  }

  static String csvCell(Object cell) {
    if (cell == null) {
      return "";
    }
    String text = cell.toString();
    if (!(cell instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /**
   * Writes a table as an XLSX workbook with one sheet.
   *
   * @param table the table
   * @param out where to
   * @throws IOException when writing fails
   */
  public static void writeXlsx(Table table, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Sunshine Ledger", "1.0");
    Worksheet sheet = workbook.newWorksheet(table.name());
    for (int c = 0; c < table.headers().size(); c++) {
      sheet.value(0, c, table.headers().get(c));
      sheet.style(0, c).bold().set();
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof BigDecimal number) {
          sheet.value(r + 1, c, number);
        } else if (cell instanceof Number number) {
          sheet.value(r + 1, c, number);
        } else if (cell != null) {
          sheet.value(r + 1, c, cell.toString());
        }
      }
    }
    workbook.finish();
  }
}

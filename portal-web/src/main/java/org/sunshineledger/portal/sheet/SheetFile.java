package org.sunshineledger.portal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * A spreadsheet as it arrives from the field, read into rows of cell texts whatever it was saved
 * as: an XLSX workbook (its first sheet, streaming), a legacy Excel 97–2003 {@code .xls} (as WPS
 * and older county machines write it), or CSV — in UTF-8 with or without a byte-order mark, in
 * UTF-16 with one (Excel's "Unicode text", tab-separated), or in GB18030/GBK as Excel and WPS on
 * Chinese Windows write it by default. The format and the encoding are detected from the bytes,
 * never asked and never taken from the file's name. A password-protected workbook, a file that is
 * none of these, or one over {@link #MAX_BYTES} is refused with {@link Unreadable}.
 *
 * <p>Numbers are given as Excel shows them, to 15 significant digits (so 0.1 + 0.2 reads as 0.3,
 * not 0.30000000000000004); date cells of an {@code .xls} as {@code yyyy-MM-dd}; the date cells of
 * an XLSX, whose reader gives their serial numbers, are read by {@link SheetCells#date}.
 */
public final class SheetFile {
  /** The largest file accepted, in bytes. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private SheetFile() {}

  /** What a file turned out to be. */
  public enum Format {
    /** An Office Open XML workbook. */
    XLSX,
    /** An Excel 97–2003 workbook. */
    XLS,
    /** CSV in UTF-8, with or without a byte-order mark. */
    CSV_UTF8,
    /** Tab- or comma-separated text in UTF-16 with a byte-order mark. */
    CSV_UTF16,
    /** CSV in GB18030 (of which GBK and GB2312 are parts). */
    CSV_GB18030
  }

  /**
   * Why a file cannot be read: the message's key in the portal's bundle (under {@code sheet.}) and
   * its arguments, so that the report says it in the reader's language.
   */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    /** The bundle key. */
    private final String key;

    /** The key's arguments. */
    private final transient Object[] arguments;

    Unreadable(String key, Object... arguments) {
      super(key);
      this.key = key;
      this.arguments = arguments.clone();
    }

    /**
     * The message's key.
     *
     * @return the key
     */
    public String key() {
      return key;
    }

    /**
     * The message's arguments.
     *
     * @return the arguments
     */
    public Object[] arguments() {
      return arguments.clone();
    }
  }

  /** A file's rows, the header first, each a list of cell texts. */
  public interface Rows extends Iterator<List<String>>, AutoCloseable {
    /**
     * What the file was.
     *
     * @return its format
     */
    Format format();

    @Override
    void close();
  }

  /**
   * Opens a file's rows.
   *
   * @param bytes the file
   * @return its rows
   * @throws Unreadable when it is too large, protected by a password, or not a spreadsheet
   */
  public static Rows open(byte[] bytes) throws Unreadable {
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable("sheet.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    if (bytes.length == 0) {
      throw new Unreadable("sheet.empty");
    }
    if (startsWith(bytes, ZIP)) {
      return xlsx(bytes);
    }
    if (startsWith(bytes, OLE2)) {
      return xls(bytes);
    }
    return text(bytes);
  }

  private static Rows xlsx(byte[] bytes) throws Unreadable {
    try {
      ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
      Iterator<org.dhatim.fastexcel.reader.Row> rows =
          workbook.getFirstSheet().openStream().iterator();
      return new Rows() {
        @Override
        public Format format() {
          return Format.XLSX;
        }

        @Override
        public boolean hasNext() {
          try {
            return rows.hasNext();
          } catch (RuntimeException e) {
            // the reader reports a malformed sheet as its own unchecked exception
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
          }
        }

        @Override
        public List<String> next() {
          org.dhatim.fastexcel.reader.Row row = rows.next();
          List<String> cells = new ArrayList<>(row.getCellCount());
          for (int i = 0; i < row.getCellCount(); i++) {
            org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
            String text = row.getCellText(i);
            cells.add(
                cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                    ? excelNumber(text)
                    : text);
          }
          return cells;
        }

        @Override
        public void close() {
          try {
            workbook.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("sheet.broken", "XLSX", detail(e));
    }
  }

  private static Rows xls(byte[] bytes) throws Unreadable {
    HSSFWorkbook workbook;
    try {
      POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        // an XLSX protected by a password is an OLE2 container holding the encrypted workbook
        throw new Unreadable("sheet.encrypted");
      }
      if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
        throw new Unreadable("sheet.notSheet");
      }
      workbook = new HSSFWorkbook(fs.getRoot(), false);
    } catch (EncryptedDocumentException e) {
      throw new Unreadable("sheet.encrypted");
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("sheet.broken", "XLS", detail(e));
    }
    if (workbook.getNumberOfSheets() == 0) {
      throw new Unreadable("sheet.empty");
    }
    Sheet sheet = workbook.getSheetAt(0);
    DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
    return new Rows() {
      private int next = 0;
      private final int last = sheet.getLastRowNum();

      @Override
      public Format format() {
        return Format.XLS;
      }

      @Override
      public boolean hasNext() {
        return sheet.getPhysicalNumberOfRows() > 0 && next <= last;
      }

      @Override
      public List<String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = sheet.getRow(next++);
        List<String> cells = new ArrayList<>();
        if (row == null) {
          return cells;
        }
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
          cells.add(text(row.getCell(i)));
        }
        return cells;
      }

      private String text(Cell cell) {
        if (cell == null) {
          return "";
        }
        CellType type =
            cell.getCellType() == CellType.FORMULA
                ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
          case STRING -> cell.getStringCellValue();
          case NUMERIC ->
              DateUtil.isCellDateFormatted(cell)
                  ? cell.getLocalDateTimeCellValue().toLocalDate().format(iso)
                  : excelNumber(Double.toString(cell.getNumericCellValue()));
          case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
          default -> "";
        };
      }

      @Override
      public void close() {
        try {
          workbook.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static Rows text(byte[] bytes) throws Unreadable {
    Charset charset;
    int skip = 0;
    Format format;
    if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
      format = Format.CSV_UTF8;
    } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
      format = Format.CSV_UTF16;
    } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
      format = Format.CSV_UTF16;
    } else if (binary(bytes)) {
      throw new Unreadable("sheet.notSheet");
    } else if (decodes(bytes, StandardCharsets.UTF_8)) {
      charset = StandardCharsets.UTF_8;
      format = Format.CSV_UTF8;
    } else if (decodes(bytes, GB18030)) {
      charset = GB18030;
      format = Format.CSV_GB18030;
    } else {
      throw new Unreadable("sheet.encoding");
    }
    Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset.newDecoder());
    return new CsvRows(reader, format);
  }

  /** Whether the bytes hold control characters no text file has (a NUL within the first 8 KB). */
  private static boolean binary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whole file decodes without error, checked in pieces to spare the heap. */
  private static boolean decodes(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    return !decoder.flush(out).isError();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A number as Excel shows it: at most 15 significant digits, no exponent, no trailing zeros. */
  static String excelNumber(String text) {
    try {
      BigDecimal number = new BigDecimal(text.strip()).round(EXCEL_DIGITS).stripTrailingZeros();
      return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static String detail(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  /**
   * RFC 4180 CSV, streaming, with quoted cells that may hold separators, quotes and line breaks.
   * The separator is the header line's: a comma, or a tab where the header has tabs and no commas.
   */
  private static final class CsvRows implements Rows {
    private final java.io.BufferedReader reader;
    private final Format format;
    private final char separator;
    private List<String> next;

    CsvRows(Reader reader, Format format) {
      this.reader = new java.io.BufferedReader(reader, 65_536);
      this.format = format;
      this.separator = separator();
      advance();
    }

    private char separator() {
      try {
        reader.mark(65_536);
        StringBuilder header = new StringBuilder();
        for (int c = reader.read(); c != -1 && c != '\n' && header.length() < 65_000; ) {
          header.append((char) c);
          c = reader.read();
        }
        reader.reset();
        return header.indexOf("\t") >= 0 && header.indexOf(",") < 0 ? '\t' : ',';
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Format format() {
      return format;
    }

    private void advance() {
      try {
        next = readRow();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<String> readRow() throws IOException {
      int c = reader.read();
      if (c == -1) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      while (c != -1) {
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            int following = reader.read();
            if (following == '"') {
              cell.append('"');
            } else {
              quoted = false;
              reader.reset();
            }
          } else {
            cell.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == separator) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n') {
          break;
        } else if (c != '\r') {
          cell.append((char) c);
        }
        c = reader.read();
      }
      cells.add(cell.toString());
      return cells;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public List<String> next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      List<String> row = next;
      advance();
      return row;
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

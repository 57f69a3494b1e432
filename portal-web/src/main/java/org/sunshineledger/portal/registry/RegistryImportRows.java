package org.sunshineledger.portal.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the file formats of a registry list into rows of cell texts, streaming: CSV (UTF-8) and the
 * first sheet of an XLSX workbook. What the cells mean is {@link RegistryImport}'s.
 */
final class RegistryImportRows {
  private RegistryImportRows() {}

  /**
   * Opens a file's rows.
   *
   * @param in the file's bytes
   * @param format its format
   * @return its rows, the header first
   * @throws IOException when the file cannot be opened, for example a broken workbook
   */
  static RowSource open(InputStream in, RegistryImport.Format format) throws IOException {
    return format == RegistryImport.Format.CSV ? new CsvSource(in) : new XlsxSource(in);
  }

  /** Rows of a file, each a list of cell texts. */
  interface RowSource extends Iterator<List<String>>, AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /** RFC 4180 CSV, streaming, with quoted cells that may hold commas, quotes and line breaks. */
  private static final class CsvSource implements RowSource {
    private final BufferedReader reader;
    private List<String> next;

    CsvSource(InputStream in) {
      this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      advance();
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
        } else if (c == ',') {
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
    public void close() throws IOException {
      reader.close();
    }
  }

  /** The first sheet of a workbook, streaming. */
  private static final class XlsxSource implements RowSource {
    private final ReadableWorkbook workbook;
    private final Iterator<Row> rows;

    XlsxSource(InputStream in) throws IOException {
      this.workbook = new ReadableWorkbook(in);
      this.rows = workbook.getFirstSheet().openStream().iterator();
    }

    @Override
    public boolean hasNext() {
      try {
        return rows.hasNext();
      } catch (RuntimeException e) {
        // The reader reports a malformed sheet as its own unchecked exception.
        throw new UncheckedIOException(new IOException(e.getMessage(), e));
      }
    }

    @Override
    public List<String> next() {
      Row row = rows.next();
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(row.getCellText(i));
      }
      return cells;
    }

    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }
}

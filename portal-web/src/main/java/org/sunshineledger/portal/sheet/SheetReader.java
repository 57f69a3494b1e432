package org.sunshineledger.portal.sheet;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Reads a list from a spreadsheet and checks every row: the header against the list's columns, then
 * each data row through the kind's {@link Checker}, which reports each error with its row and
 * column and keeps what the rows mean. Blank rows are skipped. Nothing is written here.
 */
public final class SheetReader {
  private SheetReader() {}

  /**
   * What a kind of list makes of its rows.
   *
   * @param <T> a record of the list, as stored
   */
  public interface Checker<T> {
    /**
     * Checks one data row, reporting its errors through the cells.
     *
     * @param cells the row
     */
    void row(SheetCells cells);

    /**
     * The checks across rows, after the last (duplicates, a household without its head), and the
     * records the rows make.
     *
     * @param errors where the errors of these checks go
     * @return the records; not used when any row had an error
     */
    List<T> finish(SheetErrors errors);
  }

  /**
   * A file read and checked.
   *
   * @param report what the check found
   * @param records the records, empty when there are errors
   * @param <T> a record of the list
   */
  public record Checked<T>(SheetReport report, List<T> records) {}

  /**
   * Reads and checks a file.
   *
   * @param bytes the file
   * @param columns the list's column headers, all required in the header row
   * @param checker what the rows mean
   * @param errors where errors go, in the official's language
   * @param progress told the number of data rows read, every thousand
   * @param <T> a record of the list
   * @return the report, with the records when the file is clean
   */
  public static <T> Checked<T> read(
      byte[] bytes,
      List<String> columns,
      Checker<T> checker,
      SheetErrors errors,
      IntConsumer progress) {
    int rows = 0;
    String format = null;
    try (SheetFile.Rows source = SheetFile.open(bytes)) {
      format = source.format().name();
      Map<String, Integer> header = header(source.hasNext() ? source.next() : List.of());
      List<String> missing =
          columns.stream().filter(c -> !header.containsKey(SheetCells.headerKey(c))).toList();
      if (!missing.isEmpty()) {
        errors.add(1, "", "sheet.header", String.join("、", missing));
        return refused(format, rows, errors);
      }
      while (source.hasNext()) {
        List<String> cells = source.next();
        rows++;
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
          continue;
        }
        checker.row(new SheetCells(rows + 1, cells, header, errors));
        if (rows % 1000 == 0) {
          progress.accept(rows);
        }
      }
    } catch (SheetFile.Unreadable e) {
      errors.add(1, "", e.key(), e.arguments());
      return refused(format, rows, errors);
    } catch (UncheckedIOException | IllegalStateException e) {
      // bytes that stop mid-file, or a sheet the reader gives up on: the report names the row
      // reached, and nothing is stored
      errors.add(
          rows + 2,
          "",
          "sheet.brokenAt",
          rows + 1,
          Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
      return refused(format, rows, errors);
    }
    progress.accept(rows);
    List<T> records = checker.finish(errors);
    boolean clean = errors.count() == 0;
    return new Checked<>(
        new SheetReport(format, rows, records.size(), errors.count(), errors.reported()),
        clean ? List.copyOf(records) : List.of());
  }

  private static <T> Checked<T> refused(String format, int rows, SheetErrors errors) {
    return new Checked<>(
        new SheetReport(format, rows, 0, errors.count(), errors.reported()), List.of());
  }

  private static Map<String, Integer> header(List<String> cells) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) != null) {
        header.putIfAbsent(SheetCells.headerKey(cells.get(i)), i);
      }
    }
    return header;
  }

  /**
   * Finds rows that repeat a key within one file, reporting each repetition with the row it
   * repeats.
   *
   * @param <K> the key
   */
  public static final class Duplicates<K> {
    private final Map<K, Integer> firstRows = new LinkedHashMap<>();
    private final List<int[]> found = new ArrayList<>();

    /**
     * Notes a row's key.
     *
     * @param cells the row
     * @param column the column the error is shown in
     * @param key the key
     * @param shown how the key is named in the error
     * @return true when the key is new
     */
    public boolean first(SheetCells cells, String column, K key, String shown) {
      Integer earlier = firstRows.putIfAbsent(key, cells.row());
      if (earlier != null) {
        cells.error(column, "sheet.duplicate", earlier, shown);
        found.add(new int[] {earlier, cells.row()});
        return false;
      }
      return true;
    }
  }
}

package org.sunshineledger.portal.sheet;

import java.util.List;

/**
 * What checking a file found.
 *
 * @param format what the file turned out to be (XLSX, XLS, CSV_UTF8, CSV_UTF16, CSV_GB18030), or
 *     null when it could not be opened
 * @param rows the data rows read
 * @param records the records the rows make (projects, households, needs)
 * @param errorCount how many errors, all counted
 * @param errors the first {@value SheetErrors#MAX_REPORTED} errors
 */
public record SheetReport(
    String format, int rows, int records, int errorCount, List<SheetErrors.RowError> errors) {
  /**
   * Whether the file can be stored.
   *
   * @return true when no row has an error
   */
  public boolean clean() {
    return errorCount == 0;
  }
}

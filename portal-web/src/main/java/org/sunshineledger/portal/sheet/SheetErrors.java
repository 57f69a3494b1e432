package org.sunshineledger.portal.sheet;

import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.PageRenderer;

/**
 * The errors found in a file, each with its row, its column's header and its reason in the language
 * of the official who sent it. All are counted; the first {@value #MAX_REPORTED} are kept for the
 * report.
 */
public final class SheetErrors {
  /** The most errors a report lists; the count is always complete. */
  public static final int MAX_REPORTED = 1000;

  /** The shortest secret text masked in a reason. */
  static final int SECRET_MIN = 6;

  /** What a secret text is shown as. */
  static final String MASK = "＊＊＊";

  /** An ID number as typed in any cell: 15 to 18 digits, half- or full-width, an X last. */
  private static final java.util.regex.Pattern ID_NUMBER =
      java.util.regex.Pattern.compile("[0-9０-９]{15,17}[0-9０-９XxＸｘ]?");

  private final Language language;
  private final List<RowError> reported = new ArrayList<>();
  private int count;

  /**
   * Errors reported in a language.
   *
   * @param language the reasons' language
   */
  public SheetErrors(Language language) {
    this.language = language;
  }

  /**
   * One error.
   *
   * @param row the row's number in the file, 1 for the header
   * @param column the column's header, or empty for the row as a whole
   * @param reason what is wrong, in the report's language
   */
  public record RowError(int row, String column, String reason) {}

  /**
   * The reasons' language.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Records an error by its message in the portal's bundle.
   *
   * @param row the row
   * @param column the column's header, or empty
   * @param key the message's key
   * @param arguments its arguments
   */
  public void add(int row, String column, String key, Object... arguments) {
    add(row, column, List.of(), key, arguments);
  }

  /** Records an error by its message, a secret text of its row masked wherever it appears. */
  void add(int row, String column, List<String> secrets, String key, Object... arguments) {
    count++;
    if (reported.size() < MAX_REPORTED) {
      reported.add(
          new RowError(
              row, column, masked(PageRenderer.message(language, key, arguments), secrets)));
    }
  }

  /**
   * Records a rule of the domain that a row breaks, explained in the report's language with the
   * rule's figures (a block's balance, a line's allocation).
   *
   * @param row the row
   * @param column the column's header, or empty
   * @param refused the refusal
   */
  public void refused(int row, String column, org.sunshineledger.kernel.DomainException refused) {
    refused(row, column, List.of(), refused);
  }

  /** Records a rule a row breaks, a secret text of its row masked wherever it appears. */
  void refused(
      int row,
      String column,
      List<String> secrets,
      org.sunshineledger.kernel.DomainException refused) {
    count++;
    if (reported.size() < MAX_REPORTED) {
      reported.add(
          new RowError(
              row,
              column,
              masked(
                  org.sunshineledger.portal.page.RuleMessages.explain(refused, language),
                  secrets)));
    }
  }

  /**
   * A reason with the secret texts of its row replaced by a mask. A text shorter than {@value
   * #SECRET_MIN} characters is left: it names nobody, and masking it would mask the digits of the
   * reason itself (a length, a year).
   */
  static String masked(String reason, List<String> secrets) {
    // and whatever looks like a resident ID number, in whichever column it was typed
    String shown = ID_NUMBER.matcher(reason).replaceAll(MASK);
    for (String secret : secrets) {
      if (secret.length() >= SECRET_MIN) {
        shown = shown.replace(secret, MASK);
      }
    }
    return shown;
  }

  /**
   * How many errors, all counted.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The errors kept for the report, in the order found.
   *
   * @return the errors
   */
  public List<RowError> reported() {
    return List.copyOf(reported);
  }
}

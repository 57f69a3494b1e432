package org.sunshineledger.portal.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sunshineledger.access.Actor;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;

/**
 * One data row of a spreadsheet, its cells looked up by column header, with the checks of a single
 * cell's value as officials type them: full-width digits and spaces, thousands separators, amounts
 * with 元 or 万元, dates as 2019-03-01, 2019/3/1, 2019年3月1日 or an Excel serial number. Each error goes
 * to the file's {@link SheetErrors} with the row and column; a method that finds one returns null.
 */
public final class SheetCells {
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[、，,；;／/]\\s*");
  private static final Pattern TIME_OF_DAY = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private final int row;
  private final List<String> cells;
  private final Map<String, Integer> header;
  private final SheetErrors errors;
  private final List<String> secrets = new ArrayList<>();

  SheetCells(int row, List<String> cells, Map<String, Integer> header, SheetErrors errors) {
    this.row = row;
    this.cells = cells;
    this.header = header;
    this.errors = errors;
  }

  /**
   * The row's number in the file, the header being row 1.
   *
   * @return the row
   */
  public int row() {
    return row;
  }

  /**
   * A header as compared: compatibility forms folded (full-width brackets and digits) and spaces
   * removed, so that 计划投资(元) and 计划投资（元） are one column.
   */
  static String headerKey(String header) {
    return Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFKC)
        .replaceAll("\\s", "");
  }

  /**
   * A cell's text: trimmed of spaces, full-width ones and non-breaking ones included, and of the
   * apostrophe that the portal's CSV export puts before a text a spreadsheet would run as a
   * formula. Empty when the row is shorter.
   *
   * @param column the column's header
   * @return the text
   */
  public String value(String column) {
    Integer index = header.get(headerKey(column));
    if (index == null || index >= cells.size() || cells.get(index) == null) {
      return "";
    }
    String text = cells.get(index).replace('\u3000', ' ').replace('\u00A0', ' ').strip();
    if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
      text = text.substring(1);
    }
    return text;
  }

  /**
   * A cell whose text is never shown back, such as the ID number of a reference list, which the
   * portal keeps only hashed: its text is given to the kind (as {@link #value} gives it) and, from
   * then on, any error of this row that would repeat it — in a reason, a duplicate's key or a
   * rule's figures — shows a mask instead. The kind reads the cell only this way.
   *
   * @param column the column's header
   * @return the text, empty when the cell is
   */
  public String secret(String column) {
    String text = value(column);
    if (!text.isEmpty()) {
      secrets.add(text);
      // the forms a check may have folded the text to: its spaces removed, its full-width digits
      String folded = fold(text);
      if (!folded.equals(text)) {
        secrets.add(folded);
      }
    }
    return text;
  }

  /**
   * Records an error of this row.
   *
   * @param column the column's header, or empty for the row
   * @param key the message's key in the portal's bundle
   * @param arguments its arguments
   */
  public void error(String column, String key, Object... arguments) {
    errors.add(row, column, secrets, key, arguments);
  }

  /**
   * Reports a rule of the domain that the row breaks, explained with its figures.
   *
   * @param column the column the error is shown in, or empty for the row
   * @param refused the refusal
   */
  public void refused(String column, org.sunshineledger.kernel.DomainException refused) {
    errors.refused(row, column, secrets, refused);
  }

  /**
   * A text that must be given, at most 50 characters.
   *
   * @param column the column
   * @return the text, or null
   */
  public String required(String column) {
    return text(column, 50, true);
  }

  /**
   * A text.
   *
   * @param column the column
   * @param maxLength its longest
   * @param required whether it must be given
   * @return the text (empty when optional and not given), or null on an error
   */
  public String text(String column, int maxLength, boolean required) {
    String value = value(column);
    if (value.isEmpty()) {
      if (required) {
        error(column, "sheet.required", column);
        return null;
      }
      return "";
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      error(column, "sheet.tooLong", column, maxLength);
      return null;
    }
    return value;
  }

  /**
   * A whole number that must be given.
   *
   * @param column the column
   * @param min the least
   * @param max the most
   * @return the number, or null
   */
  public Integer integer(String column, int min, int max) {
    String value = value(column);
    if (value.isEmpty()) {
      error(column, "sheet.required", column);
      return null;
    }
    return parse(column, value, min, max);
  }

  /**
   * A whole number that may be left empty.
   *
   * @param column the column
   * @param min the least
   * @param max the most
   * @return the number, or null when empty or wrong
   */
  public Integer optionalInteger(String column, int min, int max) {
    String value = value(column);
    return value.isEmpty() ? null : parse(column, value, min, max);
  }

  private Integer parse(String column, String value, int min, int max) {
    String folded = fold(value);
    try {
      BigDecimal number = new BigDecimal(folded);
      if (number.stripTrailingZeros().scale() <= 0
          && number.compareTo(BigDecimal.valueOf(min)) >= 0
          && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return number.intValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    error(column, "sheet.integer", column, min, max, value);
    return null;
  }

  /**
   * One of a closed set, as the template's drop-down offers it.
   *
   * @param column the column
   * @param choices the texts allowed and what each means
   * @param <T> what they mean
   * @return the choice, or null
   */
  public <T> T choice(String column, Map<String, T> choices) {
    String value = value(column);
    if (value.isEmpty()) {
      error(column, "sheet.required", column);
      return null;
    }
    T chosen = choices.get(value);
    if (chosen == null) {
      error(column, "sheet.choice", column, value, String.join("、", choices.keySet()));
    }
    return chosen;
  }

  /**
   * Several of a closed set in one cell, separated by 、 , ； or /; may be empty.
   *
   * @param column the column
   * @param choices the texts allowed and what each means
   * @param <T> what they mean
   * @return the choices in the order given, or null on an error
   */
  public <T> List<T> choices(String column, Map<String, T> choices) {
    List<T> chosen = new ArrayList<>();
    for (String part : list(column)) {
      T one = choices.get(part);
      if (one == null) {
        error(column, "sheet.choice", column, part, String.join("、", choices.keySet()));
        return null;
      }
      if (!chosen.contains(one)) {
        chosen.add(one);
      }
    }
    return chosen;
  }

  /**
   * The texts of a cell that lists several, separated by 、 , ； or /.
   *
   * @param column the column
   * @return the texts, none when the cell is empty
   */
  public List<String> list(String column) {
    String value = value(column);
    if (value.isEmpty()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(List.of(SEPARATORS.split(value))));
  }

  /**
   * 是 or 否; empty is 否.
   *
   * @param column the column
   * @return the answer, or null
   */
  public Boolean yesNo(String column) {
    String value = value(column);
    if (value.isEmpty() || value.equals("否")) {
      return false;
    }
    if (value.equals("是")) {
      return true;
    }
    error(column, "sheet.yesNo", column, value);
    return null;
  }

  /**
   * An amount in yuan, as typed: full-width digits, thousands separators, a leading ¥ and a
   * trailing 元 or 万元 (ten thousand yuan) are understood; negative amounts and fractions of a fen
   * are refused.
   *
   * @param column the column
   * @param required whether it must be given
   * @return the amount; null when empty and optional, or on an error
   */
  public Money amount(String column, boolean required) {
    String value = value(column);
    if (value.isEmpty()) {
      if (required) {
        error(column, "sheet.required", column);
      }
      return null;
    }
    BigDecimal yuan = yuan(value);
    if (yuan == null) {
      error(column, "sheet.amount", column, value);
      return null;
    }
    if (yuan.signum() < 0) {
      error(column, "sheet.amountNegative", column, value);
      return null;
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      error(column, "sheet.amountFen", column, value);
      return null;
    }
    return Money.of(yuan, Money.CNY);
  }

  /**
   * A number that is not negative, as typed: full-width digits and thousands separators are
   * understood; a percentage is not (a factor or a weight is a plain number).
   *
   * @param column the column
   * @param max the largest allowed
   * @param decimals the most decimal places allowed
   * @param otherwise the value when the cell is empty, or null when it must be given
   * @return the number, or null on an error
   */
  public BigDecimal decimal(String column, BigDecimal max, int decimals, BigDecimal otherwise) {
    String value = value(column);
    if (value.isEmpty()) {
      if (otherwise == null) {
        error(column, "sheet.required", column);
      }
      return otherwise;
    }
    String text = fold(value);
    if (GROUPED.matcher(text).matches()) {
      text = text.replace(",", "");
    }
    if (text.matches("\\d{1,15}(\\.\\d{1,15})?|\\.\\d{1,15}")) {
      BigDecimal number = new BigDecimal(text);
      if (number.compareTo(max) <= 0 && number.stripTrailingZeros().scale() <= decimals) {
        return number;
      }
    }
    error(column, "sheet.decimal", column, max, decimals, value);
    return null;
  }

  /** An amount's yuan, or null when the text is not one. */
  static BigDecimal yuan(String value) {
    String text = fold(value).replace("¥", "").replace("￥", "").strip();
    BigDecimal scale = BigDecimal.ONE;
    if (text.endsWith("万元")) {
      text = text.substring(0, text.length() - 2);
      scale = TEN_THOUSAND;
    } else if (text.endsWith("万")) {
      text = text.substring(0, text.length() - 1);
      scale = TEN_THOUSAND;
    } else if (text.endsWith("元")) {
      text = text.substring(0, text.length() - 1);
    }
    text = text.strip();
    if (GROUPED.matcher(text).matches()) {
      text = text.replace(",", "");
    }
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return new BigDecimal(text).multiply(scale);
  }

  /**
   * A date as typed: 2019-03-01, 2019/3/1, 2019.3.1, 2019年3月1日, or the serial number a workbook
   * keeps for a date cell.
   *
   * @param column the column
   * @param required whether it must be given
   * @return the date; null when empty and optional, or on an error
   */
  public LocalDate date(String column, boolean required) {
    String value = value(column);
    if (value.isEmpty()) {
      if (required) {
        error(column, "sheet.required", column);
      }
      return null;
    }
    LocalDate date = date(value);
    if (date == null) {
      error(column, "sheet.date", column, value);
    }
    return date;
  }

  /** A date's text read, or null. */
  static LocalDate date(String value) {
    // 2019-03-01 00:00:00, as some exports write a date, is that day
    String text = fold(TIME_OF_DAY.matcher(value.strip()).replaceFirst(""));
    try {
      Matcher m = DATE.matcher(text);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      if (SERIAL.matcher(text).matches()) {
        long days = new BigDecimal(text).longValue();
        // Excel's day 60 is 1900-02-29, which never was; serial numbers of this programme's
        // years are far past it
        return days > 60 && days < 2_958_466 ? EXCEL_EPOCH.plusDays(days) : null;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /**
   * A village named by two cells, which the official must be allowed to write to.
   *
   * @param townshipColumn the township's column
   * @param villageColumn the village's column
   * @param district the district's places
   * @param actor who sends the file
   * @return the village, or null
   */
  public Village village(
      String townshipColumn, String villageColumn, District district, Actor actor) {
    Township township = township(townshipColumn, district);
    String villageName = required(villageColumn);
    if (township == null || villageName == null) {
      return null;
    }
    Village village = district.villageNamed(township.name(), villageName).orElse(null);
    if (village == null) {
      error(villageColumn, "sheet.unknownVillage", township.name(), villageName);
      return null;
    }
    if (!actor.mayWriteTo(village)) {
      error(villageColumn, "sheet.outOfScope", villageName);
      return null;
    }
    return village;
  }

  /**
   * A township of the district, by its name.
   *
   * @param column the column
   * @param district the district's places
   * @return the township, or null
   */
  public Township township(String column, District district) {
    String name = required(column);
    if (name == null) {
      return null;
    }
    Township township = district.townshipNamed(name).orElse(null);
    if (township == null) {
      error(column, "sheet.unknownTownship", district.name(), name);
    }
    return township;
  }

  /** Full-width digits, letters and signs to their ASCII forms, inner spaces removed. */
  private static String fold(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC)
        .replaceAll("\\s", "")
        .toUpperCase(Locale.ROOT);
  }
}

package org.sunshineledger.disclosure;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * One value of a published record (公示内容的一格), already in the form the public may see. A cell about a
 * person can only be made through the {@link Masking} policy, so a notice cannot carry an unmasked
 * name, phone or identity number: there is no way to put one in.
 */
public final class Cell {
  /** What a cell holds; it decides how a reader may format it. */
  public enum Type {
    /** Free text that is not about a person: a project's name, a place, a purpose. */
    TEXT,
    /** An amount of money, as yuan with two decimals. */
    AMOUNT,
    /** A count or other whole number. */
    NUMBER,
    /** A person's name, masked. */
    PERSON,
    /** A phone number, masked. */
    PHONE,
    /** An identity or bank-card number, masked to a fixed pattern. */
    ID_NUMBER,
    /** An address, to village level. */
    ADDRESS,
    /** A count of people or households, suppressed below {@link Masking#SMALL_GROUP}. */
    COUNT
  }

  /**
   * Runs of digits that look like an identity, bank-card or mobile number, even spaced out; the
   * digits after a decimal point are a fraction, not a number of a person.
   */
  private static final Pattern PERSONAL_NUMBER =
      Pattern.compile("(?<![\\d.])(?:\\d[ -]?){10}\\d(?:[ -]?[\\dXx])*(?!\\d)");

  private final Type type;
  private final String value;

  private Cell(Type type, String value) {
    this.type = type;
    this.value = value;
  }

  /**
   * Free text that names no person. Text holding what looks like an identity, bank-card or mobile
   * number (11 digits or more in a run) is refused.
   *
   * @param text the text
   * @return the cell
   * @throws DomainException {@code disclosure.unmasked-personal-data} when the text holds such a
   *     number
   */
  public static Cell text(String text) {
    Objects.requireNonNull(text, "text");
    if (PERSONAL_NUMBER.matcher(text).find()) {
      throw new DomainException(
          "disclosure.unmasked-personal-data",
          "public text may not hold an identity, bank-card or phone number; use a masked cell",
          Map.of("length", text.length()));
    }
    return new Cell(Type.TEXT, text);
  }

  /**
   * An amount.
   *
   * @param amount the amount
   * @return the cell, for example {@code 12345.60}
   */
  public static Cell amount(Money amount) {
    return new Cell(Type.AMOUNT, amount.toDecimal().toPlainString());
  }

  /**
   * A whole number.
   *
   * @param number the number
   * @return the cell
   */
  public static Cell number(long number) {
    return new Cell(Type.NUMBER, Long.toString(number));
  }

  /**
   * A person, by the name the registry holds; only the masked name is kept.
   *
   * @param fullName the full name
   * @return the cell, for example 张*三
   */
  public static Cell person(String fullName) {
    return new Cell(Type.PERSON, Masking.name(fullName));
  }

  /**
   * A phone number; only the masked number is kept.
   *
   * @param phone the number
   * @return the cell, for example 138****5678
   */
  public static Cell phone(String phone) {
    return new Cell(Type.PHONE, Masking.phone(phone));
  }

  /**
   * An identity or bank-card number; no digit is kept.
   *
   * @param number the number
   * @return the cell, a fixed pattern
   */
  public static Cell idNumber(String number) {
    return new Cell(Type.ID_NUMBER, Masking.idNumber(number));
  }

  /**
   * An address; only the part up to the village is kept.
   *
   * @param address the full address
   * @return the cell, for example 峄城区峨山镇石灰窑埠村
   */
  public static Cell address(String address) {
    return new Cell(Type.ADDRESS, Masking.address(address));
  }

  /**
   * A count of people or households; 1 and 2 are published as {@code <3}.
   *
   * @param count the count
   * @return the cell
   */
  public static Cell count(long count) {
    return new Cell(
        Type.COUNT,
        Masking.count(count).isPresent() ? Long.toString(count) : "<" + Masking.SMALL_GROUP);
  }

  /**
   * Reads a cell back from its stored public form, checking it again against the masking policy.
   *
   * @param type the type
   * @param value the public value as stored
   * @return the cell
   * @throws DomainException when the value is not in the masked form of its type
   */
  public static Cell restore(Type type, String value) {
    Cell cell =
        switch (type) {
          case TEXT -> text(value);
          case AMOUNT, NUMBER -> new Cell(type, value);
          case PERSON -> value.equals(Masking.name(value)) ? new Cell(type, value) : null;
          case PHONE -> value.matches("\\d{3}\\*{4}\\d{4}|\\*{4}") ? new Cell(type, value) : null;
          case ID_NUMBER -> value.equals(Masking.idNumber(value)) ? new Cell(type, value) : null;
          case ADDRESS -> value.equals(Masking.address(value)) ? new Cell(type, value) : null;
          case COUNT ->
              value.equals("<" + Masking.SMALL_GROUP)
                      || (value.matches("\\d+") && Masking.count(Long.parseLong(value)).isPresent())
                  ? new Cell(type, value)
                  : null;
        };
    if (cell == null
        || (type == Type.AMOUNT && !value.matches("-?\\d+\\.\\d{2}"))
        || (type == Type.NUMBER && !value.matches("-?\\d+"))) {
      throw new DomainException(
          "disclosure.unmasked-personal-data",
          "a stored " + type + " cell is not in its public form",
          Map.of("type", type.name()));
    }
    return cell;
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the value as the public sees it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cell c && c.type == type && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value);
  }

  @Override
  public String toString() {
    return value;
  }
}

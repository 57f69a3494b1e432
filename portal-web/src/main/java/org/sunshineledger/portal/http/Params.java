package org.sunshineledger.portal.http;

import java.util.EnumSet;
import java.util.Locale;
import org.sunshineledger.portal.shared.PageRequest;

/**
 * Query parameters read as text and checked here, so a bad one is a 400 naming the parameter
 * (JAX-RS's own conversion would answer 404 for a query parameter it cannot convert).
 */
public final class Params {
  private Params() {}

  /**
   * An optional whole number in a range.
   *
   * @param name the parameter
   * @param value its text, or null
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number, or null when absent
   */
  public static Integer optionalInt(String name, String value, int min, int max) {
    Long number = optionalLong(name, value, min, max);
    return number == null ? null : number.intValue();
  }

  /**
   * An optional whole number in a range.
   *
   * @param name the parameter
   * @param value its text, or null
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number, or null when absent
   */
  public static Long optionalLong(String name, String value, long min, long max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long number = Long.parseLong(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new InvalidRequestException(
        name, "parameter '" + name + "' is a whole number from " + min + " to " + max);
  }

  /**
   * A required whole number in a range.
   *
   * @param name the parameter
   * @param value its text
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number
   */
  public static int requiredInt(String name, String value, int min, int max) {
    Integer number = optionalInt(name, value, min, max);
    if (number == null) {
      throw new InvalidRequestException(name, "parameter '" + name + "' is required");
    }
    return number;
  }

  /**
   * An id in a path: a positive whole number, else 404 for the kind of thing.
   *
   * @param what the kind of thing
   * @param value the text
   * @return the id
   */
  public static long pathId(String what, String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new org.sunshineledger.portal.shared.UnknownResourceException(what, value);
  }

  /**
   * An optional constant of an enumeration, in any case.
   *
   * @param name the parameter
   * @param value its text, or null
   * @param type the enumeration
   * @param <E> its type
   * @return the constant, or null when absent
   */
  public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          name, "parameter '" + name + "' is one of " + EnumSet.allOf(type));
    }
  }

  /**
   * An optional day, as {@code yyyy-MM-dd}.
   *
   * @param name the parameter
   * @param value its text, or null
   * @return the day, or null when absent
   */
  public static java.time.LocalDate optionalDate(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException malformed) {
      throw new InvalidRequestException(
          name, "parameter '" + name + "' is a day written yyyy-MM-dd, such as 2019-05-06");
    }
  }

  /**
   * A required whole number in a range.
   *
   * @param name the parameter
   * @param value its text
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the number
   */
  public static long requiredLong(String name, String value, long min, long max) {
    Long number = optionalLong(name, value, min, max);
    if (number == null) {
      throw new InvalidRequestException(name, "parameter '" + name + "' is required");
    }
    return number;
  }

  /**
   * The page a list asks for: {@code page} from 1, {@code size} at most 200.
   *
   * @param page the page parameter, or null for the first
   * @param size the size parameter, or null for the default
   * @return the request
   * @throws InvalidRequestException naming the parameter when it is not a number in range
   */
  public static PageRequest pageRequest(String page, String size) {
    return PageRequest.of(
        optionalInt("page", page, 1, 1_000_000), optionalInt("size", size, 1, 200));
  }
}

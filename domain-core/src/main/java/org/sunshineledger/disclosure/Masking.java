package org.sunshineledger.disclosure;

/**
 * The one masking policy for every public view of a person (个人信息脱敏). Each kind of datum is reduced
 * to a fixed pattern that reveals the same positions everywhere, so that two public views can never
 * be stitched together into more than either shows, and no mask reveals a length.
 */
public final class Masking {
  private Masking() {}

  /**
   * A name as the public sees it: the first and the last character with one star between (张*三); a
   * two-character name keeps its first (张*); a one-character name shows nothing (*).
   *
   * @param name the full name
   * @return the masked name
   */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return "*";
    }
    int[] points = name.strip().codePoints().toArray();
    if (points.length == 1) {
      return "*";
    }
    String first = new String(points, 0, 1);
    if (points.length == 2) {
      return first + "*";
    }
    return first + "*" + new String(points, points.length - 1, 1);
  }

  /**
   * A mobile or fixed-line number as the public sees it: the first three and the last four digits
   * (138****1234); anything shorter than eight digits shows nothing.
   *
   * @param phone the number
   * @return the masked number
   */
  public static String phone(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("\\D", "");
    if (digits.length() < 8) {
      return "****";
    }
    return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
  }

  /**
   * An identity-card or bank-card number as the public sees it: never any digit.
   *
   * @param number the number
   * @return a fixed pattern
   */
  public static String idNumber(String number) {
    return "******************";
  }
}

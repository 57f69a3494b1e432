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

  /** Published cells counting fewer people or households than this are suppressed. */
  public static final int SMALL_GROUP = 3;

  private static final java.util.regex.Pattern VILLAGE_LEVEL =
      java.util.regex.Pattern.compile("^.*?(?:村民委员会|居民委员会|社区|村|居)");

  /**
   * An address as the public sees it: up to the village (or community), no group, street or house
   * number; an address that names no village shows nothing.
   *
   * @param address the full address
   * @return for example 峄城区峨山镇石灰窑埠村
   */
  public static String address(String address) {
    if (address == null) {
      return "***";
    }
    java.util.regex.Matcher village = VILLAGE_LEVEL.matcher(address.strip());
    return village.find() ? village.group() : "***";
  }

  /**
   * A count of people or households as the public may see it: counts from 1 to {@value
   * #SMALL_GROUP} − 1 are suppressed, so that a small group cannot be told apart.
   *
   * @param count the count
   * @return the count, or empty when suppressed
   */
  public static java.util.OptionalLong count(long count) {
    return count > 0 && count < SMALL_GROUP
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(count);
  }
}

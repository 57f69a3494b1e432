package org.sunshineledger.supervision;

import java.util.regex.Pattern;

/**
 * An ID number as the portal keeps it for comparison: its keyed hash (HMAC-SHA-256 under a secret
 * held outside the database), never the number. Two lists compared under one key meet on the same
 * person; without the key the hash says nothing about the number, and 18-digit numbers are too few
 * to be safe under a plain hash.
 *
 * @param hex the hash, 64 lower-case hexadecimal digits
 */
public record KeyedIdNumber(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the hash.
   *
   * @param hex the hash
   * @throws IllegalArgumentException when it is not 64 lower-case hexadecimal digits
   */
  public KeyedIdNumber {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a keyed ID number is 64 hexadecimal digits");
    }
  }
}

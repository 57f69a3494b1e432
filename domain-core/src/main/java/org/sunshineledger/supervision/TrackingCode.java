package org.sunshineledger.supervision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code a complainant keeps to follow their complaint without an account (查询码): twelve
 * characters in three groups, of digits and capital letters that cannot be taken for one another
 * (no 0/O, 1/I/L), some 59 bits of chance. Only its hash is kept, so that the database alone does
 * not open anyone's complaint page.
 */
public final class TrackingCode {
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int LENGTH = 12;
  private static final Pattern TYPED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

  private TrackingCode() {}

  /**
   * A new code.
   *
   * @param random the source of chance, a {@link SecureRandom} in production
   * @return the code as printed, such as {@code 7KQ2-MX9P-4TRW}
   */
  public static String next(RandomGenerator random) {
    StringBuilder code = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * A code as typed, read back: case, spaces and dashes do not matter.
   *
   * @param typed the code as typed
   * @return the code's canonical twelve characters, or empty when it cannot be a code
   */
  public static Optional<String> read(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String folded = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return TYPED.matcher(folded).matches() ? Optional.of(folded) : Optional.empty();
  }

  /**
   * A code as typed, printed as it was given: three groups of four.
   *
   * @param typed the code as typed
   * @return the code such as {@code 7KQ2-MX9P-4TRW}, or empty when it cannot be a code
   */
  public static Optional<String> printed(String typed) {
    return read(typed)
        .map(code -> code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
  }

  /**
   * The hash kept of a code.
   *
   * @param typed the code as printed or typed
   * @return the SHA-256 of its canonical characters, hexadecimal, or empty when it is no code
   */
  public static Optional<String> hash(String typed) {
    return read(typed)
        .map(
            code -> {
              try {
                return HexFormat.of()
                    .formatHex(
                        MessageDigest.getInstance("SHA-256")
                            .digest(code.getBytes(StandardCharsets.US_ASCII)));
              } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK provides SHA-256", e);
              }
            });
  }
}

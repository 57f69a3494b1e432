package org.sunshineledger.supervision;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sunshineledger.kernel.DomainException;

/**
 * The secret under which ID numbers are hashed for comparison (HMAC-SHA-256). It is held outside
 * the database, as the transparency log's signing key is, so that a copy of the database alone
 * cannot tell whose numbers a reference list held. The key never prints.
 */
public final class ReferenceKey {
  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]|\\d{15}");
  private static final int MIN_SECRET = 32;

  private final SecretKeySpec secret;

  /**
   * Takes the secret.
   *
   * @param secret at least 32 bytes
   * @throws IllegalArgumentException when the secret is shorter
   */
  public ReferenceKey(byte[] secret) {
    if (secret.length < MIN_SECRET) {
      throw new IllegalArgumentException(
          "a reference key is at least " + MIN_SECRET + " bytes, not " + secret.length);
    }
    this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /**
   * The keyed hash of an ID number as typed: full-width digits, spaces and a lower-case x are
   * understood, so that a number typed in two ways meets itself.
   *
   * @param idNumber the resident ID number, 18 characters (or the old 15 digits)
   * @return its keyed hash
   * @throws DomainException {@code supervision.id-number} when the text is not an ID number; the
   *     refusal names its length, never the text
   */
  public KeyedIdNumber of(String idNumber) {
    String folded =
        Normalizer.normalize(idNumber == null ? "" : idNumber, Normalizer.Form.NFKC)
            .replaceAll("\\s", "")
            .toUpperCase(Locale.ROOT);
    if (!ID_NUMBER.matcher(folded).matches()) {
      throw new DomainException(
          "supervision.id-number",
          "an ID number is 18 characters (or 15 digits), not " + folded.length(),
          Map.of("length", folded.length()));
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return new KeyedIdNumber(
          HexFormat.of().formatHex(mac.doFinal(folded.getBytes(StandardCharsets.US_ASCII))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK provides " + ALGORITHM, e);
    }
  }

  @Override
  public String toString() {
    return "ReferenceKey[hidden]";
  }
}

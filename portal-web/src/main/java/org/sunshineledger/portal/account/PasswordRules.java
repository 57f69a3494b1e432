package org.sunshineledger.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sunshineledger.portal.http.InvalidRequestException;

/**
 * What a password must be, at sign-up and at every change: at least {@value #MIN_LENGTH}
 * characters, not in the list of common passwords shipped with the portal ({@code
 * account/common-passwords.txt}), not the sign-in name, and not a few characters repeated.
 */
final class PasswordRules {
  /** The shortest password taken. */
  static final int MIN_LENGTH = 10;

  /** The longest password taken (the hash's cost grows with it). */
  static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load("/account/common-passwords.txt");

  private PasswordRules() {}

  /**
   * Refuses a password that breaks a rule, naming the field and the rule.
   *
   * @param field the field the password came in
   * @param password the password
   * @param username the account's sign-in name
   * @throws InvalidRequestException naming the rule broken
   */
  static void check(String field, String password, String username) {
    if (password.length() < MIN_LENGTH) {
      throw refused(
          field,
          "a password needs at least " + MIN_LENGTH + " characters",
          "password.tooShort",
          MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw refused(
          field,
          "a password has at most " + MAX_LENGTH + " characters",
          "password.tooLong",
          MAX_LENGTH);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      throw refused(field, "this password is in the list of common passwords", "password.common");
    }
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      throw refused(field, "a password may not contain the sign-in name", "password.name");
    }
    if (repeated(password)) {
      throw refused(field, "a password may not be a few characters repeated", "password.repeated");
    }
  }

  /** Whether the text is a piece of at most three characters said over and over. */
  static boolean repeated(String text) {
    for (int period = 1; period <= 3; period++) {
      boolean repeats = text.length() >= 2 * period;
      for (int i = period; i < text.length() && repeats; i++) {
        repeats = text.charAt(i) == text.charAt(i - period);
      }
      if (repeats) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many common passwords the list holds.
   *
   * @return the count
   */
  static int commonCount() {
    return COMMON.size();
  }

  private static InvalidRequestException refused(
      String field, String message, String key, Object... arguments) {
    return new InvalidRequestException(field, message, key, arguments);
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the portal");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}

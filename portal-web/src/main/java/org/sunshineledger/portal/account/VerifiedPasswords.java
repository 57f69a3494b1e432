package org.sunshineledger.portal.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified recently, so that an API client sending HTTP Basic on every request pays the
 * deliberate cost of {@link PasswordHasher} once in a while rather than on each request (a
 * verification takes a tenth of a second of CPU: a few clients would otherwise saturate the
 * server). Only a keyed digest of the password is kept, under a key made at start and never stored;
 * an entry holds only while the account's stored hash is the one it was verified against, so a
 * changed password is checked again at once. Failures are never remembered.
 */
final class VerifiedPasswords {
  private record Verified(byte[] digest, String storedHash, long verifiedAt) {}

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];
  private final long maxAgeNanos;
  private final int capacity;
  private final LongSupplier nanoTime;

  /**
   * @param maxAgeNanos how long a verification is trusted
   * @param capacity how many accounts are remembered; past it, all are forgotten
   * @param nanoTime the clock
   */
  VerifiedPasswords(long maxAgeNanos, int capacity, LongSupplier nanoTime) {
    new SecureRandom().nextBytes(key);
    this.maxAgeNanos = maxAgeNanos;
    this.capacity = capacity;
    this.nanoTime = nanoTime;
  }

  /**
   * Whether this password was verified for this account, against this stored hash, recently.
   *
   * @param username the account
   * @param password the password offered
   * @param storedHash the account's stored hash now
   * @return true when it was
   */
  boolean recentlyVerified(String username, char[] password, String storedHash) {
    Verified known = verified.get(username);
    return known != null
        && known.storedHash().equals(storedHash)
        && nanoTime.getAsLong() - known.verifiedAt() < maxAgeNanos
        && MessageDigest.isEqual(known.digest(), digest(password));
  }

  /**
   * Remembers a password just verified against the stored hash.
   *
   * @param username the account
   * @param password the password
   * @param storedHash the stored hash it matched
   */
  void remember(String username, char[] password, String storedHash) {
    if (verified.size() >= capacity) {
      verified.clear();
    }
    verified.put(username, new Verified(digest(password), storedHash, nanoTime.getAsLong()));
  }

  private byte[] digest(char[] password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(bytes);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    } finally {
      Arrays.fill(bytes.array(), (byte) 0);
    }
  }
}

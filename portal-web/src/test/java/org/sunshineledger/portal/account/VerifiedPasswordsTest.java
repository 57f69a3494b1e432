package org.sunshineledger.portal.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
  private final AtomicLong now = new AtomicLong();
  private final VerifiedPasswords verified = new VerifiedPasswords(1_000, 2, now::get);

  @Test
  void a_verified_password_is_trusted_for_its_account_and_stored_hash_only() {
    verified.remember("eshan-officer", "sunshine-demo".toCharArray(), "hash-1");
    assertTrue(verified.recentlyVerified("eshan-officer", "sunshine-demo".toCharArray(), "hash-1"));
    assertFalse(
        verified.recentlyVerified("eshan-officer", "sunshine-dem0".toCharArray(), "hash-1"));
    assertFalse(verified.recentlyVerified("demo-admin", "sunshine-demo".toCharArray(), "hash-1"));
  }

  @Test
  void a_changed_password_is_verified_again_at_once() {
    verified.remember("eshan-officer", "old".toCharArray(), "hash-1");
    assertFalse(verified.recentlyVerified("eshan-officer", "old".toCharArray(), "hash-2"));
  }

  @Test
  void a_verification_grows_old_and_the_remembered_accounts_are_bounded() {
    verified.remember("a", "p".toCharArray(), "h");
    now.set(999);
    assertTrue(verified.recentlyVerified("a", "p".toCharArray(), "h"));
    now.set(1_000);
    assertFalse(verified.recentlyVerified("a", "p".toCharArray(), "h"));
    verified.remember("a", "p".toCharArray(), "h");
    verified.remember("b", "p".toCharArray(), "h");
    verified.remember("c", "p".toCharArray(), "h");
    assertFalse(verified.recentlyVerified("a", "p".toCharArray(), "h"));
    assertTrue(verified.recentlyVerified("c", "p".toCharArray(), "h"));
  }
}

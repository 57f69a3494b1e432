package org.sunshineledger.portal.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  @Test
  void a_hash_matches_its_password_and_no_other() {
    String hash = PasswordHasher.hash("黄泉村-2018");
    assertTrue(PasswordHasher.matches("黄泉村-2018".toCharArray(), hash));
    assertFalse(PasswordHasher.matches("黄泉村-2019".toCharArray(), hash));
  }

  @Test
  void the_same_password_hashes_differently_each_time_and_records_its_work_factor() {
    String first = PasswordHasher.hash("sunshine-demo");
    assertNotEquals(first, PasswordHasher.hash("sunshine-demo"));
    assertTrue(first.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
    assertFalse(first.contains("sunshine-demo"));
  }

  @Test
  void a_stored_value_of_another_form_never_matches() {
    assertFalse(PasswordHasher.matches("x".toCharArray(), "x"));
    assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$abc$def"));
  }
}

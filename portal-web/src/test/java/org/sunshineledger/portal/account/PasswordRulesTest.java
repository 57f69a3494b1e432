package org.sunshineledger.portal.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sunshineledger.portal.http.InvalidRequestException;

class PasswordRulesTest {
  private static String refusal(String password, String username) {
    return assertThrows(
            InvalidRequestException.class,
            () -> PasswordRules.check("password", password, username))
        .messageKey();
  }

  @Test
  void a_password_has_at_least_ten_characters() {
    assertEquals("password.tooShort", refusal("Zx9#kq2!m", "donor@example.org"));
    assertDoesNotThrow(() -> PasswordRules.check("password", "Zx9#kq2!mT", "donor@example.org"));
  }

  @Test
  void a_password_in_the_shipped_list_of_common_passwords_is_refused_whatever_its_case() {
    assertTrue(PasswordRules.commonCount() >= 200, "the list holds " + PasswordRules.commonCount());
    assertEquals("password.common", refusal("1234567890", "13800001111"));
    assertEquals("password.common", refusal("PassWord123", "13800001111"));
    assertEquals("password.common", refusal("woaini1314", "13800001111"));
    assertEquals("password.common", refusal("sunshine-demo", "13800001111"));
  }

  @Test
  void a_password_may_not_contain_the_sign_in_name() {
    assertEquals("password.name", refusal("13800001111x", "13800001111"));
    assertEquals("password.name", refusal("my-Huangquan-officer", "huangquan-officer"));
  }

  @Test
  void a_password_may_not_be_a_few_characters_repeated() {
    assertEquals("password.repeated", refusal("xxxxxxxxxxxx", "a@b.cn"));
    assertEquals("password.repeated", refusal("ab7ab7ab7ab7", "a@b.cn"));
    assertFalse(PasswordRules.repeated("ab7ab7ab7ab8"));
  }

  @Test
  void a_password_is_at_most_two_hundred_characters() {
    assertEquals("password.tooLong", refusal("k3".repeat(100) + "z", "a@b.cn"));
  }

  @Test
  void the_refusal_names_the_field_it_came_in() {
    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class,
            () -> PasswordRules.check("newPassword", "short", "a@b.cn"));
    assertEquals("newPassword", refused.field());
    assertEquals(10, refused.arguments()[0]);
  }
}

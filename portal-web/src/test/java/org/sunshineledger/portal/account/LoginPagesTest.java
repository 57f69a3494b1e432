package org.sunshineledger.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LoginPagesTest {
  private static final URI PORTAL = URI.create("http://127.0.0.1:8080/");

  @Test
  void a_sign_in_posted_by_another_sites_page_is_refused() {
    assertTrue(LoginPages.fromAnotherSite("https://evil.example", PORTAL));
    assertTrue(LoginPages.fromAnotherSite("http://127.0.0.1:8081", PORTAL), "another port");
    assertTrue(LoginPages.fromAnotherSite("null", PORTAL), "an opaque origin");
    assertFalse(LoginPages.fromAnotherSite("http://127.0.0.1:8080", PORTAL));
    assertFalse(LoginPages.fromAnotherSite(null, PORTAL), "no header: older clients, scripts");
    assertFalse(
        LoginPages.fromAnotherSite(
            "https://yicheng.example", URI.create("https://yicheng.example/portal/")),
        "the default port is not written");
  }

  @Test
  void after_signing_in_one_goes_only_to_a_path_of_the_portal() {
    assertEquals("/workbench", LoginPages.safeNext("/workbench"));
    assertEquals("", LoginPages.safeNext("//evil.example/"));
    assertEquals("", LoginPages.safeNext("https://evil.example/"));
    assertEquals("", LoginPages.safeNext("/\\evil.example"));
  }
}

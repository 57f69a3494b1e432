package org.sunshineledger.portal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void chinese_is_the_default() {
    assertEquals(Language.ZH, Language.choose(null, null, List.of()));
    assertEquals(Language.ZH, Language.choose(null, null, List.of(Locale.FRENCH)));
  }

  @Test
  void the_browser_language_is_followed_when_nothing_was_chosen() {
    assertEquals(Language.EN, Language.choose(null, null, List.of(Locale.UK, Locale.CHINESE)));
    assertEquals(Language.ZH, Language.choose(null, null, List.of(Locale.TAIWAN, Locale.ENGLISH)));
  }

  @Test
  void the_switch_wins_over_the_cookie_and_the_cookie_over_the_browser() {
    assertEquals(Language.ZH, Language.choose("zh", "en", List.of(Locale.ENGLISH)));
    assertEquals(Language.EN, Language.choose(null, "en", List.of(Locale.CHINESE)));
    assertEquals(Language.EN, Language.choose("klingon", "en", List.of(Locale.CHINESE)));
  }
}

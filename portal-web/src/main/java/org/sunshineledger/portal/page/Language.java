package org.sunshineledger.portal.page;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the portal: Chinese first, English second. A page's language comes from the
 * {@code lang} query parameter (the visible switch), else the {@code lang} cookie it sets, else the
 * browser's {@code Accept-Language}, else Chinese.
 */
public enum Language {
  /** 简体中文, the default. */
  ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
  /** English. */
  EN(Locale.ENGLISH, "en");

  private final Locale locale;
  private final String tag;

  Language(Locale locale, String tag) {
    this.locale = locale;
    this.tag = tag;
  }

  /**
   * Returns the locale of the message bundle.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the BCP 47 tag for the page's {@code lang} attribute.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the short code used by the switch and the cookie.
   *
   * @return {@code zh} or {@code en}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a code of the switch or the cookie.
   *
   * @param code {@code zh} or {@code en}, any case
   * @return the language, or empty for anything else
   */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * Chooses the language of a page.
   *
   * @param query the {@code lang} query parameter, or null
   * @param cookie the {@code lang} cookie, or null
   * @param acceptable the browser's languages in order of preference
   * @return the language to render in
   */
  public static Language choose(String query, String cookie, List<Locale> acceptable) {
    return fromCode(query)
        .or(() -> fromCode(cookie))
        .or(
            () ->
                acceptable.stream()
                    .map(Locale::getLanguage)
                    .filter(l -> l.equals("zh") || l.equals("en"))
                    .findFirst()
                    .flatMap(Language::fromCode))
        .orElse(ZH);
  }
}

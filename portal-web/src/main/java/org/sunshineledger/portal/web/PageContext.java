package org.sunshineledger.portal.web;

/**
 * What every page needs to know about its request: its language and the addresses of the language
 * switch.
 *
 * @param language the language the page is rendered in
 * @param base the application's context path, without a trailing slash
 * @param path the page's path below the base, starting with a slash
 */
public record PageContext(Language language, String base, String path) {
  /**
   * The page's own address in the other language, for the visible switch.
   *
   * @return the address with {@code ?lang=}
   */
  public String switchHref() {
    return base + path + (path.contains("?") ? "&" : "?") + "lang=" + other().code();
  }

  /**
   * The language the switch offers.
   *
   * @return the other language
   */
  public Language other() {
    return language == Language.ZH ? Language.EN : Language.ZH;
  }

  /**
   * An address inside the application.
   *
   * @param relative a path starting with a slash
   * @return the address with the context path
   */
  public String href(String relative) {
    return base + relative;
  }
}

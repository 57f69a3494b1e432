package org.sunshineledger.portal.page;

/**
 * What every page needs to know about its request: its language and the addresses of the language
 * switch.
 *
 * @param language the language the page is rendered in
 * @param base the application's context path, without a trailing slash
 * @param path the page's path below the base, starting with a slash
 * @param user the signed-in official's account, or null
 * @param csrf the session's anti-forgery token for the page's forms, or null
 */
public record PageContext(Language language, String base, String path, String user, String csrf) {
  /**
   * A page for an anonymous reader.
   *
   * @param language the language
   * @param base the context path
   * @param path the page's path
   */
  public PageContext(Language language, String base, String path) {
    this(language, base, path, null, null);
  }

  /**
   * The same page for a signed-in official.
   *
   * @param account the account
   * @param token the session's anti-forgery token
   * @return the page context
   */
  public PageContext signedIn(String account, String token) {
    return new PageContext(language, base, path, account, token);
  }

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

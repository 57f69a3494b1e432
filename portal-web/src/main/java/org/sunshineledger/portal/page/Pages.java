package org.sunshineledger.portal.page;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What every page of every room does with the language: choose it from {@code ?lang=}, its cookie
 * or the browser's {@code Accept-Language}, and remember a choice made with the switch in a cookie.
 */
public final class Pages {
  /** The query parameter and cookie that carry the chosen language. */
  public static final String LANG = "lang";

  private Pages() {}

  /**
   * The context of a page.
   *
   * @param lang the language chosen with the switch, or null
   * @param cookie the language chosen earlier, or null
   * @param headers the request's headers, for Accept-Language
   * @param uri the request's address
   * @param path the page's path
   * @return the context
   */
  public static PageContext context(
      String lang, String cookie, HttpHeaders headers, UriInfo uri, String path) {
    Language language = Language.choose(lang, cookie, headers.getAcceptableLanguages());
    String base = uri.getBaseUri().getRawPath();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return new PageContext(language, base, path);
  }

  /**
   * Finishes a page's response: its Content-Language, and the language cookie when the switch was
   * used.
   *
   * @param response the response with its entity
   * @param lang the language chosen with the switch, or null
   * @param page the page's context
   * @return the response
   */
  public static Response withLanguageCookie(
      Response.ResponseBuilder response, String lang, PageContext page) {
    if (Language.fromCode(lang).isPresent()) {
      response.cookie(
          new NewCookie.Builder(LANG)
              .value(page.language().code())
              .path(page.base().isEmpty() ? "/" : page.base())
              .maxAge(365 * 24 * 3600)
              .sameSite(NewCookie.SameSite.LAX)
              .httpOnly(true)
              .build());
    }
    return response.header(HttpHeaders.CONTENT_LANGUAGE, page.language().tag()).build();
  }
}

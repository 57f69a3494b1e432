package org.sunshineledger.portal.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * What every public page resource shares: the language from {@code ?lang=}, its cookie or the
 * browser's {@code Accept-Language}, the page's context, and rendering with the language cookie.
 */
public abstract class LocalizedPages {

  @QueryParam(Pages.LANG)
  protected String lang;

  @CookieParam(Pages.LANG)
  protected String cookie;

  @Context protected HttpHeaders headers;
  @Context protected UriInfo uri;

  @Inject protected PageRenderer renderer;

  /**
   * The context of a page.
   *
   * @param path the page's path
   * @return the context
   */
  protected PageContext page(String path) {
    return Pages.context(lang, cookie, headers, uri, path);
  }

  /**
   * Renders a page with status 200.
   *
   * @param template the template
   * @param page the context
   * @param model the variables
   * @return the response
   */
  protected Response render(String template, PageContext page, Map<String, Object> model) {
    return render(template, page, model, 200);
  }

  /**
   * Renders a page.
   *
   * @param template the template
   * @param page the context
   * @param model the variables
   * @param status the HTTP status
   * @return the response
   */
  protected Response render(
      String template, PageContext page, Map<String, Object> model, int status) {
    return Pages.withLanguageCookie(
        Response.status(status).entity(renderer.render(template, page, model)), lang, page);
  }
}

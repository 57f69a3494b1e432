package org.sunshineledger.portal.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;

/**
 * Officials sign in to the pages with a form; the session cookie is HttpOnly and SameSite, a new
 * session is issued at sign-in (no fixation), and every form of a signed-in page carries the
 * session's anti-forgery token.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class LoginPages {
  private static final Logger LOG = Logger.getLogger(LoginPages.class.getName());
  @Inject PageRenderer renderer;
  @Inject Authenticator authenticator;
  @Inject AccountService accounts;

  @Context HttpServletRequest request;

  /**
   * The sign-in form.
   *
   * @param next where to go after signing in
   * @param lang the language switch
   * @param cookie the language chosen before
   * @param headers the request's headers
   * @param uri the request's address
   * @return the page
   */
  @GET
  @Path("login")
  @Operation(hidden = true)
  public Response form(
      @QueryParam("next") String next,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    PageContext page = Pages.context(lang, cookie, headers, uri, "/login");
    return render(page, safeNext(next), false, Response.Status.OK, lang);
  }

  /**
   * Signs in.
   *
   * @param username the account
   * @param password the password
   * @param next where to go after signing in
   * @param lang the language chosen before
   * @param headers the request's headers
   * @param uri the request's address
   * @return a redirect, or the form again with a message
   */
  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signIn(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next,
      @CookieParam("lang") String lang,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    if (fromAnotherSite(headers.getHeaderString("Origin"), uri.getBaseUri())) {
      // a form on another site may not sign a browser in to an account of its choosing
      LOG.warning(() -> "sign-in refused: posted from " + headers.getHeaderString("Origin"));
      PageContext page = Pages.context(null, lang, headers, uri, "/login");
      Map<String, Object> model = new HashMap<>();
      model.put("next", safeNext(next));
      model.put("failed", false);
      model.put("foreign", true);
      return Pages.withLanguageCookie(
          Response.status(Response.Status.FORBIDDEN)
              .entity(renderer.render("account/login", page, model)),
          null,
          page);
    }
    Optional<Authenticator.Standing> standing;
    try {
      standing =
          username == null || password == null || username.length() > 64 || password.length() > 200
              ? Optional.empty()
              : authenticator.authenticate(
                  username, password.toCharArray(), request.getRemoteAddr());
    } catch (org.sunshineledger.portal.shared.TooManyRequestsException busy) {
      LOG.warning(() -> "sign-in throttled for " + request.getRemoteAddr());
      PageContext page = Pages.context(null, lang, headers, uri, "/login");
      return Response.fromResponse(
              render(page, safeNext(next), true, Response.Status.TOO_MANY_REQUESTS, null))
          .header("Retry-After", busy.retryAfterSeconds())
          .build();
    }
    if (standing.isEmpty()) {
      LOG.warning(() -> "failed page sign-in");
      PageContext page = Pages.context(null, lang, headers, uri, "/login");
      return render(page, safeNext(next), true, Response.Status.UNAUTHORIZED, null);
    }
    Actor actor = standing.get().actor();
    SignedInSession.begin(request, actor.username(), standing.get().credentialsVersion());
    accounts.signedIn(actor.username(), request.getRemoteAddr());
    String target =
        standing.get().mustChangePassword()
            ? "/account"
            : safeNext(next).isEmpty() ? home(actor) : safeNext(next);
    return Response.seeOther(
            URI.create(uri.getBaseUri().getRawPath().replaceAll("/$", "") + target))
        .build();
  }

  /**
   * Signs out.
   *
   * @param csrf the form's anti-forgery token
   * @param uri the request's address
   * @return a redirect to the landing page
   */
  @POST
  @Path("logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signOut(@FormParam("csrf") String csrf, @Context UriInfo uri) {
    SignedInSession.end(request, csrf);
    return Response.seeOther(URI.create(uri.getBaseUri().getRawPath())).build();
  }

  private Response render(
      PageContext page, String next, boolean failed, Response.Status status, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("next", next);
    model.put("failed", failed);
    return Pages.withLanguageCookie(
        Response.status(status).entity(renderer.render("account/login", page, model)), lang, page);
  }

  /**
   * Whether a sign-in (or another form that carries no session token, such as a complaint) was
   * posted by a page of another site: the browser names the posting page's origin, and it must be
   * the portal's own (without the header, as from older clients and scripts, the form goes on; the
   * session cookie is SameSite=Lax besides).
   *
   * @param origin the request's Origin header, or null
   * @param base the portal's address as the browser asked for it
   * @return whether the origin is another site's
   */
  public static boolean fromAnotherSite(String origin, URI base) {
    if (origin == null || origin.isBlank()) {
      return false;
    }
    int port = base.getPort();
    String own =
        base.getScheme()
            + "://"
            + base.getHost()
            + (port == -1
                    || ("http".equals(base.getScheme()) && port == 80)
                    || ("https".equals(base.getScheme()) && port == 443)
                ? ""
                : ":" + port);
    return !own.equalsIgnoreCase(origin.strip());
  }

  /** Only a path inside the portal, never another site; empty for none. */
  static String safeNext(String next) {
    return next != null
            && next.startsWith("/")
            && !next.startsWith("//")
            && !next.contains("\\")
            && next.length() < 300
        ? next
        : "";
  }

  /** Where an account goes after signing in when it was not on its way somewhere. */
  private static String home(Actor actor) {
    return actor.role() == org.sunshineledger.access.Role.DONOR ? "/board/mine" : "/workbench";
  }
}

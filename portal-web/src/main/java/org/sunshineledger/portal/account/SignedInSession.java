package org.sunshineledger.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.SecurityContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.shared.AccessDeniedException;

/**
 * A browser's signed-in session: who signed in and the anti-forgery token its forms and scripts
 * send back. The one place that knows how both are kept, for the authentication filter, the sign-in
 * page and every room's pages and forms.
 */
public final class SignedInSession {
  private static final String USER = "sunshine.user";
  private static final String CSRF = "sunshine.csrf";
  private static final String CREDENTIALS = "sunshine.credentials";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedInSession() {}

  /**
   * Starts a new session for an account that has just proved who it is: any earlier session of the
   * browser ends, so that a session fixed before sign-in is never promoted.
   *
   * @param request the sign-in request
   * @param username the account
   * @param credentialsVersion the version of the credentials it proved, which the session is held
   *     to
   */
  public static void begin(HttpServletRequest request, String username, long credentialsVersion) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(USER, username);
    session.setAttribute(CREDENTIALS, credentialsVersion);
    session.setAttribute(CSRF, newToken());
  }

  /**
   * Who a session signed in as, with the version of the credentials it proved.
   *
   * @param username the account
   * @param credentialsVersion the version
   */
  record Holder(String username, long credentialsVersion) {}

  static Optional<Holder> holder(HttpSession session) {
    try {
      return session != null
              && session.getAttribute(USER) instanceof String username
              && session.getAttribute(CREDENTIALS) instanceof Long version
          ? Optional.of(new Holder(username, version))
          : Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /**
   * Ends the session when the form that asks for it carries the session's token.
   *
   * @param request the sign-out request
   * @param token the form's anti-forgery token
   */
  public static void end(HttpServletRequest request, String token) {
    HttpSession session = request.getSession(false);
    if (session != null && tokenMatches(session, token)) {
      session.invalidate();
    }
  }

  /**
   * The session's anti-forgery token, to put in a page's forms.
   *
   * @param request the request
   * @return the token, null without a session
   */
  public static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (String) session.getAttribute(CSRF);
  }

  /**
   * The anti-forgery token of a form that a visitor not signed in sends (the sign-up): a session is
   * made for it when there is none.
   *
   * @param request the request showing the form
   * @return the token
   */
  public static String formToken(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    if (session.getAttribute(CSRF) instanceof String token) {
      return token;
    }
    String token = newToken();
    session.setAttribute(CSRF, token);
    return token;
  }

  /**
   * Whether a form or header carries the session's anti-forgery token.
   *
   * @param request the request
   * @param token the token sent
   * @return false without a session or when the token differs
   */
  public static boolean tokenMatches(HttpServletRequest request, String token) {
    return tokenMatches(request.getSession(false), token);
  }

  static boolean tokenMatches(HttpSession session, String token) {
    return session != null && token != null && Objects.equals(token, session.getAttribute(CSRF));
  }

  /**
   * The actor of a page's form: signed in, and the form carries the session's token.
   *
   * @param security the request's security context
   * @param request the request
   * @param token the form's anti-forgery token
   * @return the actor
   * @throws AccessDeniedException when the request is not signed in or the token differs
   */
  public static Actor formActor(
      SecurityContext security, HttpServletRequest request, String token) {
    return Callers.signedIn(security)
        .filter(actor -> tokenMatches(request, token))
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "this form needs a signed-in session and its anti-forgery token"));
  }

  /**
   * A page's context with the signed-in account and its token, for the header and the forms.
   *
   * @param page the page's context
   * @param security the request's security context
   * @param request the request
   * @return the context, signed in when the request is
   */
  public static PageContext signedIn(
      PageContext page, SecurityContext security, HttpServletRequest request) {
    String token = token(request);
    return Callers.signedIn(security)
        .filter(actor -> token != null)
        .map(actor -> page.signedIn(actor.username(), token))
        .orElse(page);
  }

  /**
   * Sends a visitor to the sign-in page, to come back to a page afterwards.
   *
   * @param uri the request's address
   * @param next the page to come back to, below the portal's root
   * @return the redirect
   */
  public static jakarta.ws.rs.core.Response signInFirst(
      jakarta.ws.rs.core.UriInfo uri, String next) {
    return jakarta.ws.rs.core.Response.seeOther(
            uri.getBaseUriBuilder().path("login").queryParam("next", next).build())
        .build();
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

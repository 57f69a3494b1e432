package org.sunshineledger.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A browser's signed-in session: who signed in and the anti-forgery token its forms and scripts
 * send back. The one place that knows how both are kept, for the authentication filter, the sign-in
 * page and every room's pages and forms.
 */
public final class SignedInSession {
  private static final String USER = "sunshine.user";
  private static final String CSRF = "sunshine.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedInSession() {}

  /**
   * Starts a new session for an account that has just proved who it is: any earlier session of the
   * browser ends, so that a session fixed before sign-in is never promoted.
   *
   * @param request the sign-in request
   * @param username the account
   */
  public static void begin(HttpServletRequest request, String username) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(USER, username);
    session.setAttribute(CSRF, newToken());
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
   * The account signed in with the request's session.
   *
   * @param request the request
   * @return the username, empty without a signed-in session
   */
  public static Optional<String> user(HttpServletRequest request) {
    return user(request.getSession(false));
  }

  static Optional<String> user(HttpSession session) {
    return session != null && session.getAttribute(USER) instanceof String username
        ? Optional.of(username)
        : Optional.empty();
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

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

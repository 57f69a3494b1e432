package org.sunshineledger.portal.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.NotAuthenticatedException;

/**
 * Reads HTTP Basic credentials when a request carries them and makes the account's {@link
 * org.sunshineledger.access.Actor} the request's principal. Requests without credentials stay
 * anonymous: public reads need no login; each write asks for an actor through {@link
 * Callers#actor(SecurityContext)}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

  /** The header a script sends the anti-forgery token in. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  @Inject Authenticator authenticator;

  @Context jakarta.servlet.http.HttpServletRequest client;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      fromSession(request);
      return;
    }
    Authenticator.Standing standing =
        credentials(header)
            .flatMap(
                c -> authenticator.authenticate(c.username(), c.password(), client.getRemoteAddr()))
            .orElseThrow(
                () -> {
                  LOG.warning(() -> "failed login for " + request.getUriInfo().getPath());
                  return new NotAuthenticatedException("the credentials are not valid");
                });
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new ActorSecurityContext(
            new ActorPrincipal(standing.actor()), secure, SecurityContext.BASIC_AUTH));
    requireOwnPassword(request, standing);
  }

  /**
   * What an account holding a one-time password may reach: its own account, the password change,
   * the session and signing out. A page sends it to its account page; anything else is refused.
   */
  static final Set<String> WHILE_ONE_TIME =
      Set.of(
          "account",
          "account/password",
          "api/v1/account",
          "api/v1/account/password",
          "api/v1/session",
          "logout",
          "login");

  private static void requireOwnPassword(
      ContainerRequestContext request, Authenticator.Standing standing) {
    if (!standing.mustChangePassword()) {
      return;
    }
    String path = request.getUriInfo().getPath().replaceAll("^/|/$", "");
    if (WHILE_ONE_TIME.contains(path)) {
      return;
    }
    if (!path.startsWith("api/") && "GET".equals(request.getMethod())) {
      request.abortWith(
          jakarta.ws.rs.core.Response.seeOther(
                  request.getUriInfo().getBaseUriBuilder().path("account").build())
              .build());
      return;
    }
    throw new AccessDeniedException(
        "this account holds a one-time password: choose your own first (POST"
            + " /api/v1/account/password)");
  }

  /**
   * A browser signed in through the login page: its session names the account. A state-changing
   * request authenticated this way must carry the session's anti-forgery token, in the {@value
   * #CSRF_HEADER} header or (for the pages' own forms, checked by their resources) a form field.
   */
  private void fromSession(ContainerRequestContext request) {
    HttpSession session = servletRequest.getSession(false);
    Optional<Authenticator.Standing> standing = authenticator.session(session);
    if (standing.isEmpty()) {
      return;
    }
    boolean safe = Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    // only the pages' own forms, which check the token in a field; the API always needs the header
    boolean pageForm =
        !request.getUriInfo().getPath().replaceAll("^/", "").startsWith("api/")
            && request.getMediaType() != null
            && (request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    if (!safe
        && !pageForm
        && !SignedInSession.tokenMatches(session, request.getHeaderString(CSRF_HEADER))) {
      throw new AccessDeniedException(
          "a signed-in browser must send the anti-forgery token with this request");
    }
    request.setSecurityContext(
        new ActorSecurityContext(
            new ActorPrincipal(standing.get().actor()),
            request.getSecurityContext().isSecure(),
            SecurityContext.FORM_AUTH));
    requireOwnPassword(request, standing.get());
  }

  private static Optional<Credentials> credentials(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    char[] password = decoded.substring(colon + 1).toCharArray();
    return Optional.of(new Credentials(decoded.substring(0, colon), password));
  }

  /** Never printed: its toString leaves the password out. */
  private record Credentials(String username, char[] password) {
    @Override
    public String toString() {
      return "Credentials[" + username + "]";
    }
  }

  private record ActorSecurityContext(ActorPrincipal principal, boolean secure, String scheme)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.actor().role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return scheme;
    }
  }
}

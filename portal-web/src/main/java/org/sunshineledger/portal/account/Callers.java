package org.sunshineledger.portal.account;

import jakarta.ws.rs.core.SecurityContext;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.shared.NotAuthenticatedException;

/** Who is calling: the one place a resource asks for the authenticated actor. */
public final class Callers {
  private Callers() {}

  /**
   * The authenticated actor of a request.
   *
   * @param security the request's security context
   * @return the actor
   * @throws NotAuthenticatedException when the request carries no valid credentials
   */
  public static Actor actor(SecurityContext security) {
    return signedIn(security)
        .orElseThrow(
            () ->
                new NotAuthenticatedException(
                    "this request needs an account; send HTTP Basic credentials"));
  }

  /**
   * The actor of a request, when it has one: for pages, which also serve the public.
   *
   * @param security the request's security context
   * @return the actor, or empty for an anonymous request
   */
  public static java.util.Optional<Actor> signedIn(SecurityContext security) {
    return security.getUserPrincipal() instanceof ActorPrincipal principal
        ? java.util.Optional.of(principal.actor())
        : java.util.Optional.empty();
  }
}

package org.sunshineledger.portal.account;

import java.security.Principal;
import org.sunshineledger.access.Actor;

/**
 * The authenticated caller of a request.
 *
 * @param actor the actor its account acts as
 */
public record ActorPrincipal(Actor actor) implements Principal {
  @Override
  public String getName() {
    return actor.username();
  }

  /** The account and its role, as the logs of refused requests name the caller. */
  @Override
  public String toString() {
    return actor.username() + " (" + actor.role() + ")";
  }
}

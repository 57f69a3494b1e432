package org.sunshineledger.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Bodies;

/**
 * The signed-in browser's session: who it is and the anti-forgery token its scripts send with
 * writes, in the {@value AuthenticationFilter#CSRF_HEADER} header.
 */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  @Context HttpServletRequest request;

  /**
   * The session.
   *
   * @param security the caller
   * @return the account, its role and the token
   */
  @GET
  @Operation(summary = "会话 — the signed-in account and its anti-forgery token")
  @Answers(value = Bodies.SessionView.class, description = "当前账号 — the signed-in account")
  public Response session(@Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    String token = SignedInSession.token(request);
    return Response.ok(
            new Bodies.SessionView(
                actor.username(), actor.role().name(), token == null ? "" : token))
        .build();
  }
}

package org.sunshineledger.portal.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A bare answer for load balancers' liveness probes, touching neither the database nor the index:
 * the load benchmark compares the portal's reads with it (see RELIABILITY.md). Not part of the
 * published API.
 */
@Path("/ping")
public class PingResource {
  /**
   * Answers that the application is up.
   *
   * @return {@code ok}
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String ping() {
    return "ok";
  }
}

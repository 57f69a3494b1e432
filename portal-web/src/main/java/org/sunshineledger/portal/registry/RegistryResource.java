package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Params;

/**
 * The registry's reads across households: the early warnings and the progress against the yearly
 * targets for officials, and the public statistics ({@code /stats}, small cells suppressed).
 */
@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {
  @Inject RegistryQueries queries;

  /**
   * The early-warning list of the caller's scope, most urgent first.
   *
   * @param year the income year
   * @param security the caller
   * @return the warnings
   */
  @GET
  @Path("early-warnings")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "返贫预警 — early warnings of the caller's scope")
  @Answers(
      value = RegistryViews.WarningView.class,
      shape = Answers.Shape.LIST,
      description = "返贫预警 — early warnings")
  public Response earlyWarnings(
      @QueryParam("year") String year, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    int y =
        Params.optionalInt("year", year, 2018, 2021) == null
            ? 2019
            : Params.optionalInt("year", year, 2018, 2021);
    return Response.ok(queries.earlyWarnings(actor, Year.of(y))).build();
  }

  /**
   * Progress against the yearly targets of §2 (officials).
   *
   * @param security the caller
   * @return the progress
   */
  @GET
  @Path("progress")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "目标进度 — progress against the yearly targets (officials)")
  @Answers(
      value = RegistryViews.ProgressView.class,
      shape = Answers.Shape.LIST,
      description = "年度目标进度 — progress against the targets")
  public Response progress(@Context SecurityContext security) {
    Callers.actor(security);
    return Response.ok(queries.progress()).build();
  }

  /**
   * Public aggregates: households by township and status, small cells suppressed, and progress.
   *
   * @return the statistics
   */
  @GET
  @Path("stats")
  @Operation(
      summary = "统计 — public aggregates; cells under 3 households suppressed; no personal field")
  @Answers(value = RegistryViews.Stats.class, description = "统计 — counts")
  public Response stats() {
    return Response.ok(queries.stats()).build();
  }
}

package org.sunshineledger.portal.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;

/** The district admin's maintenance: the search index's state and its rebuild from the database. */
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject ProjectSearchService search;

  /**
   * The index's state: documents, the database state it reflects, a running rebuild's progress.
   *
   * @param security the caller
   * @return the state
   */
  @GET
  @SecurityRequirement(name = "basic")
  @Operation(summary = "检索索引状态 — the search index's state")
  @Answers(value = ProjectSearchService.Status.class, description = "索引状态 — the index's state")
  public Response status(@Context SecurityContext security) {
    return Response.ok(search.status(Callers.actor(security))).build();
  }

  /**
   * Rebuilds the index from the database in the background (district admin).
   *
   * @param security the caller
   * @return 202 with the state
   */
  @POST
  @Path("rebuild")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "重建检索索引 — rebuild the search index (district admin)")
  @Answers(
      value = ProjectSearchService.Status.class,
      status = 202,
      description = "已开始重建 — the rebuild has started")
  public Response rebuild(@Context SecurityContext security) {
    return Response.accepted(search.rebuild(Callers.actor(security))).build();
  }
}

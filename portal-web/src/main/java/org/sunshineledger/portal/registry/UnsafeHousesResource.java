package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Bodies;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * The unsafe-house (危房改造) ledger: officials read the records of their scope and move a record's
 * renovation on.
 */
@Path("/api/v1/registry/unsafe-houses")
@Produces(MediaType.APPLICATION_JSON)
public class UnsafeHousesResource {
  @Inject RegistryQueries queries;
  @Inject RegistryService service;

  /**
   * The unsafe-house ledger of the caller's scope.
   *
   * @param state a state
   * @param security the caller
   * @return the records
   */
  @GET
  @SecurityRequirement(name = "basic")
  @Operation(summary = "危房改造台账 — the unsafe-house ledger of the caller's scope")
  @Answers(
      value = RegistryViews.UnsafeHouseView.class,
      shape = Answers.Shape.LIST,
      description = "危房台账 — unsafe houses")
  public Response unsafeHouses(
      @QueryParam("state") String state, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    return Response.ok(
            queries.unsafeHouses(
                actor, Params.optionalEnum("state", state, UnsafeHouse.State.class)))
        .build();
  }

  /**
   * Moves an unsafe-house record on: START, COMPLETE, or ACCEPT (closes it).
   *
   * @param id the record
   * @param body {@code {"step", "acceptanceRef"?}}
   * @param security the caller
   * @return the record's state
   */
  @POST
  @Path("{id}/renovation")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "危房改造进度 — start, complete or accept a renovation (改造一户、销档一户)")
  @Accepts(RegistryRequests.RenovationStepRequest.class)
  @Answers(value = Bodies.RenovationState.class, description = "改造状态 — the renovation's state")
  public Response renovation(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long record = Params.pathId("unsafe-house record", id);
    RegistryRequests.RenovationStepRequest request =
        RegistryRequests.RenovationStepRequest.read(body);
    return Response.ok(
            new Bodies.RenovationState(
                service
                    .renovation(
                        actor, record, request.step(), LocalDate.now(), request.acceptanceRef())
                    .name()))
        .build();
  }
}

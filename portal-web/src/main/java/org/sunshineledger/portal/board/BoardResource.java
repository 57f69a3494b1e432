package org.sunshineledger.portal.board;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Bodies;
import org.sunshineledger.portal.http.Created;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.portal.http.Params;

/**
 * The charity crowdfunding board: verified needs in public, donors' donations and pledges, the
 * village's and township's posting, verification and receipt, and each donation's public trail.
 */
@Path("/api/v1/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {
  @Inject BoardService service;
  @Inject BoardQueries queries;
  @Inject BoardMatching matching;

  /**
   * The verified needs, most urgent first.
   *
   * @param category a category
   * @param township a township
   * @param status VERIFIED or CLOSED
   * @param page the page
   * @param size the page size
   * @return the page
   */
  @GET
  @Path("needs")
  @Operation(summary = "众筹需求 — verified needs on the board, most urgent first")
  @Answers(
      value = BoardQueries.NeedView.class,
      shape = Answers.Shape.PAGE,
      description = "需求一页 — a page of needs")
  public Response needs(
      @QueryParam("category") String category,
      @QueryParam("township") String township,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return Response.ok(
            queries.needs(
                Params.optionalEnum("category", category, NeedCategory.class),
                Params.optionalLong("township", township, 1, Long.MAX_VALUE),
                Params.optionalEnum("status", status, Need.State.class),
                Params.pageRequest(page, size)))
        .build();
  }

  /**
   * One verified need.
   *
   * @param id the need
   * @return the need
   */
  @GET
  @Path("needs/{id}")
  @Operation(summary = "需求详情 — one need with its progress")
  @Answers(value = BoardQueries.NeedView.class, description = "需求 — the need")
  public Response need(@PathParam("id") String id) {
    return Response.ok(queries.need(Params.pathId("need", id))).build();
  }

  /**
   * The village posts a need.
   *
   * @param body {@code
   *     {"village","household"?,"category","item","quantity","unitPrice","urgency","deadline"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Path("needs")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "发布需求 — the village posts a need (visible once the township verifies it)")
  @Accepts(BoardRequests.NeedRequest.class)
  @Answers(
      value = Created.class,
      status = 201,
      description = "已发布，待核实 — posted, awaiting verification")
  public Response postNeed(
      JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    Actor actor = Callers.actor(security);
    BoardRequests.NeedRequest request = BoardRequests.NeedRequest.read(body);
    long id =
        service.postNeed(
            actor,
            request.village(),
            request.household(),
            request.category(),
            request.item(),
            request.quantity(),
            request.unitPrice(),
            request.urgency(),
            request.deadline(),
            Instant.now());
    return Created.response(uri, "board/needs/" + id, id);
  }

  /**
   * The township verifies a need.
   *
   * @param id the need
   * @param security the caller
   * @return the need
   */
  @POST
  @Path("needs/{id}/verify")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "核实需求 — the township verifies a need")
  @Answers(value = BoardQueries.NeedView.class, description = "核实后的需求 — the need, verified")
  public Response verify(@PathParam("id") String id, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long need = Params.pathId("need", id);
    service.verifyNeed(actor, need, Instant.now());
    return need(id);
  }

  /**
   * A donor gives.
   *
   * @param body {@code {"donorKind","donorName","anonymous","category","units","township"?}}
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Path("donations")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "捐赠 — a donor gives money (fen) or goods")
  @Accepts(BoardRequests.DonationRequest.class)
  @Answers(
      value = Created.class,
      status = 201,
      description = "已登记捐赠 — the donation, recorded; Location names its trail")
  public Response donate(JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    Actor actor = Callers.actor(security);
    BoardRequests.DonationRequest request = BoardRequests.DonationRequest.read(body);
    long id =
        service.donate(
            actor,
            request.donorKind(),
            request.donorName(),
            request.givenAnonymously(),
            request.category(),
            request.units(),
            request.township(),
            Instant.now());
    return Created.response(uri, "board/donations/" + id + "/trail", id);
  }

  /**
   * A donation's public trail: donor → pledges → needs → receipt.
   *
   * @param id the donation
   * @return the trail
   */
  @GET
  @Path("donations/{id}/trail")
  @Operation(summary = "捐赠去向 — a donation's public trail")
  @Answers(value = BoardQueries.TrailView.class, description = "捐赠去向 — where the donation went")
  public Response trail(@PathParam("id") String id) {
    return Response.ok(queries.trail(Params.pathId("donation", id))).build();
  }

  /**
   * A donor pledges part of a donation to part of a need; 409 with {@code remaining} when it no
   * longer fits.
   *
   * @param body {@code {"donation","need","units"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Path("pledges")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "认捐 — pledge part of a donation to a need")
  @Accepts(BoardRequests.PledgeRequest.class)
  @Answers(value = Created.class, status = 201, description = "已认捐 — pledged")
  public Response pledge(JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    Actor actor = Callers.actor(security);
    BoardRequests.PledgeRequest request = BoardRequests.PledgeRequest.read(body);
    long id =
        service.pledge(actor, request.donation(), request.need(), request.units(), Instant.now());
    return Created.response(uri, "board/pledges/" + id, id);
  }

  /**
   * The donor withdraws a pledge before delivery.
   *
   * @param id the pledge
   * @param security the caller
   * @return 204
   */
  @DELETE
  @Path("pledges/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "撤销认捐 — withdraw a pledge; its units return to both sides")
  @Answers(value = Void.class, status = 204, description = "已取消 — cancelled")
  public Response cancel(@PathParam("id") String id, @Context SecurityContext security) {
    service.cancel(Callers.actor(security), Params.pathId("pledge", id));
    return Response.noContent().build();
  }

  /**
   * The donor records delivery.
   *
   * @param id the pledge
   * @param security the caller
   * @return 204
   */
  @POST
  @Path("pledges/{id}/deliver")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "送达 — the donor records delivery")
  @Answers(value = Void.class, status = 204, description = "已交付 — delivered")
  public Response deliver(@PathParam("id") String id, @Context SecurityContext security) {
    service.deliver(Callers.actor(security), Params.pathId("pledge", id), Instant.now());
    return Response.noContent().build();
  }

  /**
   * Issues a one-time receipt code to the need's village, to give to the beneficiary.
   *
   * @param id the pledge
   * @param security the caller
   * @return the code, shown this once
   */
  @POST
  @Path("pledges/{id}/receipt-code")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "签收码 — a fresh one-time receipt code for the beneficiary (village)")
  @Answers(value = Bodies.ReceiptCode.class, description = "签收码 — the receipt code")
  public Response receiptCode(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(
            new Bodies.ReceiptCode(
                service.issueReceiptCode(Callers.actor(security), Params.pathId("pledge", id))))
        .build();
  }

  /**
   * The village confirms receipt with the beneficiary's one-time code.
   *
   * @param id the pledge
   * @param body {@code {"code"}}
   * @param security the caller
   * @return 204
   */
  @POST
  @Path("pledges/{id}/receive")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "签收 — the village confirms receipt with the one-time code")
  @Accepts(BoardRequests.PledgeReceiptRequest.class)
  @Answers(value = Void.class, status = 204, description = "已签收 — received")
  public Response receive(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    JsonRequest fields = JsonRequest.of(body, BoardRequests.PledgeReceiptRequest.class);
    long pledge = Params.pathId("pledge", id);
    BoardRequests.PledgeReceiptRequest receipt = BoardRequests.PledgeReceiptRequest.from(fields);
    service.receive(actor, pledge, receipt.code());
    return Response.noContent().build();
  }

  /**
   * Previews a unified-matching batch (district admin): every assignment with its reasons.
   *
   * @param security the caller
   * @param uri the request's address
   * @return 201 with the run
   */
  @POST
  @Path("matching")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "统一调配预览 — preview a matching batch (district admin)")
  @Answers(value = BoardMatching.Run.class, status = 201, description = "匹配预览 — the previewed run")
  public Response previewMatching(@Context SecurityContext security, @Context UriInfo uri) {
    var run = matching.preview(Callers.actor(security));
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/board/matching").path(run.id()).build())
        .entity(run)
        .build();
  }

  /**
   * A matching run's report.
   *
   * @param id the run
   * @param security the caller
   * @return the run
   */
  @GET
  @Path("matching/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "统一调配报告 — a matching run's report")
  @Answers(value = BoardMatching.Run.class, description = "匹配批次 — the run")
  public Response matchingRun(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(matching.run(Callers.actor(security), id)).build();
  }

  /**
   * Commits a previewed matching run.
   *
   * @param id the run
   * @param security the caller
   * @return the run with each line's outcome
   */
  @POST
  @Path("matching/{id}/commit")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "统一调配执行 — commit a previewed batch")
  @Answers(value = BoardMatching.Run.class, description = "已确认的匹配 — the run, committed")
  public Response commitMatching(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(matching.commit(Callers.actor(security), id)).build();
  }

  /**
   * Totals by category.
   *
   * @return units asked, pledged and received per category
   */
  @GET
  @Path("stats")
  @Operation(summary = "众筹统计 — totals by category")
  @Answers(description = "按镇街和类别统计 — counts by township and category")
  public Map<String, Map<String, Map<String, Long>>> stats() {
    return queries.stats();
  }
}

package org.sunshineledger.portal.fund;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Created;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.PageRequest;

/** Assets formed by projects: the public list and detail, registration and hand-over. */
@Path("/api/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetsResource {
  @Inject AssetQueries queries;
  @Inject AssetService service;

  /**
   * The assets, optionally of one village.
   *
   * @param village the owning village
   * @param page the page
   * @param size the page size
   * @param format csv or xlsx
   * @param headers the request's headers
   * @return the page
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "扶贫资产 — assets, optionally of one village")
  @Answers(
      value = FundChainViews.AssetSummary.class,
      shape = Answers.Shape.PAGE,
      description = "资产一页（或CSV、XLSX） — a page of assets (or CSV, XLSX)")
  public Response assets(
      @QueryParam("village") String village,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    Long v = Params.optionalLong("village", village, 1, Long.MAX_VALUE);
    PageRequest request = Params.pageRequest(page, size);
    return Exports.respond(
        format,
        headers,
        () -> queries.assets(v, request),
        () ->
            new Table(
                "assets",
                List.of("编号", "资产名称", "所属项目", "所有权人", "价值（元）", "状态", "已移交", "管护主体"),
                queries.assets(v, PageRequest.ALL).items().stream()
                    .map(
                        a ->
                            java.util.Arrays.<Object>asList(
                                a.id(),
                                a.name(),
                                a.projectName(),
                                a.owners(),
                                new BigDecimal(a.value()),
                                a.status(),
                                a.handedOver() ? "是" : "否",
                                a.custodian()))
                    .toList()));
  }

  /**
   * One asset with its five rights, ledger and distributions.
   *
   * @param id the asset
   * @return the asset
   */
  @GET
  @Path("{id}")
  @Operation(summary = "资产详情 — an asset's rights, ledger and income distributions")
  @Answers(
      value = FundChainViews.AssetDetail.class,
      description = "资产及其台账 — the asset with its ledger")
  public Response asset(@PathParam("id") String id) {
    return Response.ok(queries.asset(Params.pathId("asset", id))).build();
  }

  /**
   * Registers an asset formed by a project that passed completion acceptance.
   *
   * @param body {@code
   *     {"project","name","value","ownership":{"village"}|{"shares":[{"village","share"}]}|
   *     {"household"},"incomeHolder","beneficiaries","supervisor","documentRef"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "资产登记 — register an asset (village officer of the owner)")
  @Accepts(AssetRequests.AssetRequest.class)
  @Answers(value = Created.class, status = 201, description = "已登记 — registered; Location names it")
  public Response register(
      JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    var actor = Callers.actor(security);
    AssetRequests.AssetRequest request = AssetRequests.AssetRequest.read(body);
    long id =
        service.registerAsset(
            actor,
            request.project(),
            request.name(),
            request.rights(),
            request.value(),
            request.documentRef(),
            Instant.now());
    return Created.response(uri, "assets/" + id, id);
  }

  /**
   * Hands an asset over to its custodian.
   *
   * @param id the asset
   * @param body {@code {"custodian","personInCharge","documentRef"}}
   * @param security the caller
   * @return the asset after the change
   */
  @POST
  @Path("{id}/handover")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "资产移交 — hand an asset over to its custodian")
  @Accepts(AssetRequests.HandoverRequest.class)
  @Answers(
      value = FundChainViews.AssetDetail.class,
      description = "移交后的资产 — the asset after the hand-over")
  public Response handOver(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    var actor = Callers.actor(security);
    long asset = Params.pathId("asset", id);
    AssetRequests.HandoverRequest request = AssetRequests.HandoverRequest.read(body);
    service.handOver(
        actor,
        asset,
        request.custodian(),
        request.personInCharge(),
        request.documentRef(),
        Instant.now());
    return asset(id);
  }
}

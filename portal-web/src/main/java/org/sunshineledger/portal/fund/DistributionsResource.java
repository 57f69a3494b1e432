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
import org.sunshineledger.portal.fund.FundChainViews.DistributionDetail;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Created;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.PageRequest;

/** Income distributions: the public lists (names masked), the village's decision, the trace. */
@Path("/api/v1/distributions")
@Produces(MediaType.APPLICATION_JSON)
public class DistributionsResource {
  @Inject AssetQueries queries;
  @Inject FlowQueries flowQueries;
  @Inject AssetService service;

  /**
   * The distributions, optionally of one asset and year.
   *
   * @param asset the asset
   * @param year the year the period starts in
   * @param page the page
   * @param size the page size
   * @param format csv or xlsx
   * @param headers the request's headers
   * @return the page
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "收益分配 — income distributions")
  @Answers(
      value = FundChainViews.DistributionSummary.class,
      shape = Answers.Shape.PAGE,
      description = "收益分配一页（或CSV、XLSX） — a page of distributions (or CSV, XLSX)")
  public Response distributions(
      @QueryParam("asset") String asset,
      @QueryParam("year") String year,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    Long a = Params.optionalLong("asset", asset, 1, Long.MAX_VALUE);
    Integer y = Params.optionalInt("year", year, 2000, 2100);
    PageRequest request = Params.pageRequest(page, size);
    return Exports.respond(
        format,
        headers,
        () -> queries.distributions(a, y, request),
        () ->
            new Table(
                "distributions",
                List.of(
                    "编号", "资产", "起", "止", "收益（元）", "集体提留去向", "集体提留（元）", "分配到户（元）", "户数", "决议文号"),
                queries.distributions(a, y, PageRequest.ALL).items().stream()
                    .map(
                        d ->
                            List.<Object>of(
                                d.id(),
                                d.assetName(),
                                d.periodFrom(),
                                d.periodTo(),
                                new BigDecimal(d.income()),
                                d.collectiveFund(),
                                new BigDecimal(d.collectivePart()),
                                new BigDecimal(d.householdPart()),
                                d.households(),
                                d.documentRef()))
                    .toList()));
  }

  /**
   * One distribution with its payout list, names masked (张*三), no identity numbers.
   *
   * @param id the distribution
   * @param format csv or xlsx for the payout list
   * @param headers the request's headers
   * @return the distribution
   */
  @GET
  @Path("{id}")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "收益分配明细 — a distribution's payouts, names masked")
  @Answers(
      value = FundChainViews.DistributionDetail.class,
      description = "分配及其到户明细（或CSV、XLSX） — the distribution with its payouts")
  public Response distribution(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    DistributionDetail detail = queries.distribution(Params.pathId("distribution", id));
    return Exports.respond(
        format,
        headers,
        () -> detail,
        () ->
            new Table(
                "distribution-" + detail.summary().id(),
                List.of("户编号", "户主", "村", "权重", "分配金额（元）", "依据"),
                detail.payouts().stream()
                    .map(
                        p ->
                            List.<Object>of(
                                p.household(),
                                p.name(),
                                p.village(),
                                p.weight(),
                                new BigDecimal(p.amount()),
                                p.basis()))
                    .toList()));
  }

  /**
   * Follows one household's payout back to its asset, project, township block and fund source.
   *
   * @param id the distribution
   * @param household the household
   * @return the paths, adding up to the payout
   */
  @GET
  @Path("{id}/trace")
  @Operation(summary = "资金溯源 — trace a payout back to its fund sources")
  @Answers(
      value = FundChainViews.TraceView.class,
      shape = Answers.Shape.LIST,
      description = "资金来源链 — the chain back to the funds")
  public Response trace(@PathParam("id") String id, @QueryParam("household") String household) {
    long distribution = Params.pathId("distribution", id);
    Long h = Params.optionalLong("household", household, 1, Long.MAX_VALUE);
    if (h == null) {
      throw new InvalidRequestException("household", "parameter 'household' is required");
    }
    queries.distribution(distribution);
    return Response.ok(flowQueries.traceBack(distribution, h)).build();
  }

  /**
   * Distributes an asset's income for a period (village officer of the owning village).
   *
   * @param body {@code
   *     {"asset","periodFrom","periodTo","income","policy"?,"beneficiaries":[{"household",
   *     "labourAble","vulnerableMembers","workDays"}],"documentRef"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "收益分配方案 — distribute an asset's income (village officer)")
  @Accepts(AssetRequests.DistributionRequest.class)
  @Answers(value = Created.class, status = 201, description = "已分配 — distributed")
  public Response distribute(
      JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    var actor = Callers.actor(security);
    AssetRequests.DistributionRequest request = AssetRequests.DistributionRequest.read(body);
    long id =
        service.distribute(
            actor,
            request.asset(),
            request.period(),
            request.income(),
            request.distributionPolicy(),
            request.households(),
            request.documentRef(),
            Instant.now());
    return Created.response(uri, "distributions/" + id, id);
  }
}

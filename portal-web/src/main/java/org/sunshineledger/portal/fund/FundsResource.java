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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.fund.FundChainViews.AllocationView;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Created;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.PageRequest;

/** Funds, their factor allocations to townships, the year's flows and a fund's trace. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class FundsResource {
  @Inject FundQueries queries;
  @Inject FlowQueries flowQueries;
  @Inject FundService service;

  /**
   * The funds of a year, or all.
   *
   * @param year the year
   * @param page the page
   * @param size the page size
   * @param format csv or xlsx to download
   * @param headers the request's headers
   * @return the page
   */
  @GET
  @Path("funds")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "资金 — yearly appropriations by source")
  @Answers(
      value = FundChainViews.FundView.class,
      shape = Answers.Shape.PAGE,
      description = "资金一页（或CSV、XLSX） — a page of funds (or CSV, XLSX)")
  public Response funds(
      @QueryParam("year") String year,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    Integer y = Params.optionalInt("year", year, 2000, 2100);
    PageRequest request = Params.pageRequest(page, size);
    return Exports.respond(
        format,
        headers,
        () -> queries.funds(y, request),
        () ->
            new Table(
                "funds",
                List.of("编号", "资金来源", "资金名称", "年度", "金额（元）", "已切块（元）", "待分配（元）", "文号"),
                queries.funds(y, PageRequest.ALL).items().stream()
                    .map(FundsResource::row)
                    .toList()));
  }

  private static List<Object> row(FundChainViews.FundView f) {
    return List.of(
        f.id(),
        f.sourceName(),
        f.name(),
        f.year(),
        new BigDecimal(f.amount()),
        new BigDecimal(f.allocated()),
        new BigDecimal(f.unallocated()),
        f.documentRef());
  }

  /**
   * Plans a yearly appropriation (district admin). The district's own budget may not fall below
   * last year's (§15).
   *
   * @param body {@code {"source","name","year","amount","documentRef"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201 with the fund's id
   */
  @POST
  @Path("funds")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "新增年度资金 — plan an appropriation (district admin)")
  @Accepts(FundRequests.FundRequest.class)
  @Answers(value = Created.class, status = 201, description = "已登记资金 — the fund, recorded")
  public Response createFund(
      JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    var actor = Callers.actor(security);
    FundRequests.FundRequest request = FundRequests.FundRequest.read(body);
    long id =
        service.createFund(
            actor,
            request.source(),
            request.name(),
            request.planYear(),
            request.amount(),
            request.documentRef(),
            Instant.now());
    return Created.response(uri, "funds/" + id, id);
  }

  /**
   * Follows a fund forward into blocks, projects and assets.
   *
   * @param id the fund
   * @return the paths
   */
  @GET
  @Path("funds/{id}/trace")
  @Operation(summary = "资金去向 — where a fund went")
  @Answers(
      value = FundChainViews.TraceView.class,
      shape = Answers.Shape.LIST,
      description = "资金去向链 — the chain forward to projects and assets")
  public Response fundTrace(@PathParam("id") String id) {
    return Response.ok(flowQueries.traceForward(Params.pathId("fund", id))).build();
  }

  /**
   * The factor allocations as published.
   *
   * @param year the funds' year
   * @param township a township with a share
   * @param page the page
   * @param size the page size
   * @param format csv or xlsx
   * @param headers the request's headers
   * @return the page
   */
  @GET
  @Path("allocations")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "资金分配结果 — factor allocations to townships (因素法切块到镇)")
  @Answers(
      value = FundChainViews.AllocationView.class,
      shape = Answers.Shape.PAGE,
      description = "分配方案一页（或CSV、XLSX） — a page of allocations (or CSV, XLSX)")
  public Response allocations(
      @QueryParam("year") String year,
      @QueryParam("township") String township,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    Integer y = Params.optionalInt("year", year, 2000, 2100);
    Long t = Params.optionalLong("township", township, 1, Long.MAX_VALUE);
    PageRequest request = Params.pageRequest(page, size);
    return Exports.respond(
        format,
        headers,
        () -> queries.allocations(y, t, request),
        () -> {
          List<List<Object>> rows = new ArrayList<>();
          for (AllocationView a : queries.allocations(y, t, PageRequest.ALL).items()) {
            a.shares()
                .forEach(
                    s ->
                        rows.add(
                            List.of(
                                a.id(),
                                a.fundName(),
                                a.year(),
                                s.townshipName(),
                                new BigDecimal(s.poorPopulation()),
                                new BigDecimal(s.keyVillages()),
                                new BigDecimal(s.focusTownship()),
                                new BigDecimal(s.assessmentScore()),
                                s.share(),
                                new BigDecimal(s.amount()),
                                a.documentRef())));
          }
          return new Table(
              "allocations",
              List.of(
                  "分配编号", "资金名称", "年度", "镇街", "贫困人口", "重点村数", "重点镇", "考核得分", "分配比例", "切块金额（元）",
                  "文号"),
              rows);
        });
  }

  /**
   * Cuts a fund into township blocks by the factor method (district admin).
   *
   * @param body {@code {"fund", "amount"?, "weights"?, "townships":[{"township","poorPopulation",
   *     "keyVillages","focusTownship","assessmentScore"}], "documentRef"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201 with the allocation's id
   */
  @POST
  @Path("allocations")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "因素法分配 — allocate a fund to townships (district admin)")
  @Accepts(FundRequests.AllocationRequest.class)
  @Answers(value = Created.class, status = 201, description = "已按因素法分配 — allocated by factors")
  public Response allocate(
      JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    var actor = Callers.actor(security);
    FundRequests.AllocationRequest request = FundRequests.AllocationRequest.read(body);
    long fund = request.fund();
    long id =
        service.allocate(
            actor,
            fund,
            request.amount(),
            request.policy(),
            request.factors(),
            request.documentRef(),
            Instant.now());
    return Created.response(uri, "allocations?fund=" + fund, id);
  }

  /**
   * The year's flows from sources to townships, projects and assets, reconciled to the fen.
   *
   * @param year the year
   * @param format csv or xlsx
   * @param headers the request's headers
   * @return the flows
   */
  @GET
  @Path("flows")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "资金流向 — the year's flows, source → township → project → asset")
  @Answers(
      value = FundChainViews.FlowsView.class,
      description = "资金流向图（或CSV、XLSX） — the flows (or CSV, XLSX)")
  public Response flows(
      @QueryParam("year") String year,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    int y = Params.requiredInt("year", year, 2000, 2100);
    var flows = flowQueries.flows(y);
    return Exports.respond(
        format,
        headers,
        () -> flows,
        () -> {
          Map<String, String> labels = new java.util.HashMap<>();
          flows.nodes().forEach(n -> labels.put(n.key(), n.label()));
          return new Table(
              "flows-" + y,
              List.of("从", "到", "金额（元）"),
              flows.links().stream()
                  .map(
                      l ->
                          List.<Object>of(
                              labels.get(l.from()), labels.get(l.to()), new BigDecimal(l.amount())))
                  .toList());
        });
  }
}

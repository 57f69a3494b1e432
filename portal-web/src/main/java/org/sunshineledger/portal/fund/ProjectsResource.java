package org.sunshineledger.portal.fund;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.fund.FundChainViews.ProjectDetail;
import org.sunshineledger.portal.fund.ProjectQueries.ProjectFilter;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Created;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;

/**
 * Projects: the public list and detail, and the township officers' writes — proposal, stage
 * changes, inspections, funding and disbursements. A write may carry {@code If-Match} with the
 * version last read; a stale one is refused with 409.
 */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {
  @Inject ProjectQueries queries;
  @Inject ProjectService service;

  /**
   * The projects, filtered and paged.
   *
   * @param township a township the project spans
   * @param village a village it serves
   * @param type its type
   * @param status its stage
   * @param year its plan year
   * @param page the page
   * @param size the page size
   * @param format csv or xlsx
   * @param headers the request's headers
   * @return the page
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "项目 — projects, filtered and paged")
  @Answers(
      value = FundChainViews.ProjectSummary.class,
      shape = Answers.Shape.PAGE,
      description = "项目一页（或CSV、XLSX） — a page of projects (or CSV, XLSX)")
  public Response projects(
      @QueryParam("township") String township,
      @QueryParam("village") String village,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("year") String year,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    ProjectFilter filter =
        new ProjectFilter(
            Params.optionalLong("township", township, 1, Long.MAX_VALUE),
            Params.optionalLong("village", village, 1, Long.MAX_VALUE),
            Params.optionalEnum("type", type, ProjectType.class),
            Params.optionalEnum("status", status, ProjectStage.class),
            Params.optionalInt("year", year, 2000, 2100));
    PageRequest request = Params.pageRequest(page, size);
    return Exports.respond(
        format,
        headers,
        () -> queries.projects(filter, request),
        () ->
            new Table(
                "projects",
                List.of(
                    "编号", "项目名称", "类型", "阶段", "年度", "牵头镇街", "村", "计划投资（元）", "已安排资金（元）", "已拨付（元）"),
                queries.projects(filter, PageRequest.ALL).items().stream()
                    .map(
                        p ->
                            List.<Object>of(
                                p.id(),
                                p.name(),
                                p.typeName(),
                                p.stageName(),
                                p.year(),
                                p.leadTownshipName(),
                                String.join("、", p.villages()),
                                new BigDecimal(p.plannedInvestment()),
                                new BigDecimal(p.allocated()),
                                new BigDecimal(p.disbursed())))
                    .toList()));
  }

  /**
   * One project with its lifecycle, funding lines and assets; its ETag is its version.
   *
   * @param id the project
   * @return the project
   */
  @GET
  @Path("{id}")
  @Operation(summary = "项目详情 — a project with its lifecycle, funding and assets")
  @Answers(
      value = FundChainViews.ProjectDetail.class,
      description = "项目详情，ETag 为版本号 — the project; its ETag is its version")
  public Response project(@PathParam("id") String id) {
    ProjectDetail detail = queries.project(Params.pathId("project", id));
    return Response.ok(detail).tag(new EntityTag(String.valueOf(detail.version()))).build();
  }

  /**
   * Enters a project into the reserve.
   *
   * @param body the plan
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "项目入库 — propose a project (township officer)")
  @Accepts(ProjectRequests.ProjectPlanRequest.class)
  @Answers(value = Created.class, status = 201, description = "已入库 — proposed")
  public Response propose(JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    var actor = Callers.actor(security);
    ProjectRequests.ProjectPlanRequest request = ProjectRequests.ProjectPlanRequest.read(body);
    long id = service.proposeProject(actor, request.plan(), request.documentRef(), Instant.now());
    return Created.response(uri, "projects/" + id, id);
  }

  /**
   * Revises a project's plan before implementation (its leading township and year stay); the search
   * index finds it by its new name within a second.
   *
   * @param id the project
   * @param ifMatch the version last read, optional
   * @param body the whole plan, as when proposed, with the revision's {@code documentRef}
   * @param security the caller
   * @return the project after the change
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "项目调整 — revise a project's plan before implementation starts")
  @Accepts(ProjectRequests.ProjectPlanRequest.class)
  @Answers(
      value = FundChainViews.ProjectDetail.class,
      description = "调整后的项目 — the project, revised")
  public Response revise(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      JsonValue body,
      @Context SecurityContext security) {
    return change(
        id,
        ifMatch,
        body,
        security,
        ProjectRequests.ProjectPlanRequest.class,
        ProjectRequests.ProjectPlanRequest::from,
        (actor, project, r, version) ->
            service.revisePlan(actor, project, r.plan(), r.documentRef(), version, Instant.now()));
  }

  /**
   * Moves a project to another stage of its lifecycle.
   *
   * @param id the project
   * @param ifMatch the version last read, optional
   * @param body {@code {"to": "APPRAISAL", "documentRef": "…"}}
   * @param security the caller
   * @return the project after the change
   */
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "项目阶段变更 — move a project through its lifecycle (§5)")
  @Accepts(ProjectRequests.TransitionRequest.class)
  @Answers(
      value = FundChainViews.ProjectDetail.class,
      description = "推进后的项目 — the project in its new stage")
  public Response transition(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      JsonValue body,
      @Context SecurityContext security) {
    return change(
        id,
        ifMatch,
        body,
        security,
        ProjectRequests.TransitionRequest.class,
        ProjectRequests.TransitionRequest::from,
        (actor, project, r, version) ->
            service.transition(actor, project, r.to(), r.documentRef(), version, Instant.now()));
  }

  /**
   * Records a mid-term inspection.
   *
   * @param id the project
   * @param ifMatch the version last read, optional
   * @param body {@code {"findings", "documentRef"}}
   * @param security the caller
   * @return the project after the change
   */
  @POST
  @Path("{id}/inspections")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "中期检查 — record a mid-term inspection")
  @Accepts(ProjectRequests.InspectionRequest.class)
  @Answers(
      value = FundChainViews.ProjectDetail.class,
      description = "记录检查后的项目 — the project with the inspection")
  public Response inspect(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      JsonValue body,
      @Context SecurityContext security) {
    return change(
        id,
        ifMatch,
        body,
        security,
        ProjectRequests.InspectionRequest.class,
        ProjectRequests.InspectionRequest::from,
        (actor, project, r, version) ->
            service.inspect(actor, project, r.findings(), r.documentRef(), version, Instant.now()));
  }

  /**
   * Draws money from a township block.
   *
   * @param id the project
   * @param ifMatch the version last read, optional
   * @param body {@code {"block", "amount"}}
   * @param security the caller
   * @return the project after the change
   */
  @POST
  @Path("{id}/funding")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "安排资金 — draw on a township block")
  @Accepts(ProjectRequests.BlockAmountRequest.class)
  @Answers(
      value = FundChainViews.ProjectDetail.class,
      description = "安排资金后的项目 — the project, funded")
  public Response fund(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      JsonValue body,
      @Context SecurityContext security) {
    return change(
        id,
        ifMatch,
        body,
        security,
        ProjectRequests.BlockAmountRequest.class,
        ProjectRequests.BlockAmountRequest::from,
        (actor, project, r, version) ->
            service.fund(actor, project, r.block(), r.amount(), version));
  }

  /**
   * Records a payment against a funding line.
   *
   * @param id the project
   * @param ifMatch the version last read, optional
   * @param body {@code {"block", "amount"}}
   * @param security the caller
   * @return the project after the change
   */
  @POST
  @Path("{id}/disbursements")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "资金拨付 — record a disbursement")
  @Accepts(ProjectRequests.BlockAmountRequest.class)
  @Answers(
      value = FundChainViews.ProjectDetail.class,
      description = "拨付后的项目 — the project after the payment")
  public Response disburse(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      JsonValue body,
      @Context SecurityContext security) {
    return change(
        id,
        ifMatch,
        body,
        security,
        ProjectRequests.BlockAmountRequest.class,
        ProjectRequests.BlockAmountRequest::from,
        (actor, project, r, version) ->
            service.disburse(actor, project, r.block(), r.amount(), version));
  }

  /** One officials' write to a project, with its request record. */
  private interface ProjectWrite<R extends Record> {
    void apply(Actor actor, long project, R request, OptionalLong version);
  }

  /**
   * Authenticates, reads the body with its allowed fields, writes, and answers the project as it is
   * now.
   */
  private <R extends Record> Response change(
      String id,
      String ifMatch,
      JsonValue body,
      SecurityContext security,
      Class<R> type,
      Function<JsonRequest, R> reader,
      ProjectWrite<R> write) {
    Actor actor = Callers.actor(security);
    long project = Params.pathId("project", id);
    JsonRequest fields = JsonRequest.of(body, type);
    OptionalLong version = version(ifMatch);
    write.apply(actor, project, reader.apply(fields), version);
    return project(id);
  }

  static OptionalLong version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return OptionalLong.empty();
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          "If-Match", "header 'If-Match' carries the version last read, such as \"3\"");
    }
  }
}

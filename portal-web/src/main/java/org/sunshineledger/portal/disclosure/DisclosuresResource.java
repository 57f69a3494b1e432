package org.sunshineledger.portal.disclosure;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.DisclosureVersion;
import org.sunshineledger.disclosure.Objection;
import org.sunshineledger.portal.account.ActorPrincipal;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Bodies;
import org.sunshineledger.portal.http.Created;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.RequestThrottle;

/**
 * Public notices: the public list, one notice with all its versions and objections, its exports and
 * printable PDF, objections without login; and the officials' drafting, publishing, correcting and
 * answering within their scope.
 */
@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosuresResource {
  /** Objections one address may file per ten minutes. */
  static final int OBJECTIONS_PER_WINDOW = 10;

  @Inject DisclosureService service;
  @Inject DisclosureQueries queries;
  @Inject RequestThrottle throttle;
  @Inject NoticePdf pdf;

  @Context HttpServletRequest request;

  /**
   * The published disclosures, newest window first, with the counts of each filter value.
   *
   * @param kind the kind
   * @param level the level
   * @param township the township
   * @param village the village
   * @param status PUBLISHED, WINDOW_CLOSED or ARCHIVED
   * @param from window starting on or after
   * @param to window starting on or before
   * @param page the page
   * @param size the page size
   * @param format json, csv or xlsx
   * @param headers the request's headers
   * @return the page
   */
  @GET
  // not "list": a client generated from the document cannot name a method after a reserved word
  @Operation(
      operationId = "disclosures",
      summary = "公示列表 — published disclosures, filtered and paged, with counts per filter")
  @Answers(
      value = DisclosureViews.DisclosureListing.class,
      description = "公示一页及分面计数（或CSV、XLSX） — a page of notices with counts (or CSV, XLSX)")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  public Response list(
      @QueryParam("kind") String kind,
      @QueryParam("level") String level,
      @QueryParam("township") String township,
      @QueryParam("village") String village,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    DisclosureQueries.Filter filter =
        new DisclosureQueries.Filter(
            Params.optionalEnum("kind", kind, DisclosureKind.class),
            Params.optionalEnum("level", level, DisclosureLevel.class),
            Params.optionalLong("township", township, 1, Long.MAX_VALUE),
            Params.optionalLong("village", village, 1, Long.MAX_VALUE),
            Params.optionalEnum("status", status, Disclosure.Status.class),
            Params.optionalDate("from", from),
            Params.optionalDate("to", to));
    return Exports.respond(
        format,
        headers,
        () -> queries.list(filter, Params.pageRequest(page, size)),
        () -> listTable(queries.list(filter, org.sunshineledger.portal.shared.PageRequest.ALL)));
  }

  /**
   * What should be published and is not yet.
   *
   * @param township only this township's, or all
   * @param page the page
   * @param size the page size
   * @return the page
   */
  @GET
  @Path("overdue")
  @Operation(summary = "逾期未公开 — obligations past their due date and not yet published")
  @Answers(
      value = DisclosureViews.OverdueView.class,
      shape = Answers.Shape.PAGE,
      description = "逾期事项一页 — a page of overdue obligations")
  public Response overdue(
      @QueryParam("township") String township,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return obligations(township, page, size, true);
  }

  /**
   * Every obligation not yet met, with its due date: what each publisher has to publish next.
   *
   * @param township only this township's, or all
   * @param page the page
   * @param size the page size
   * @return the page
   */
  @GET
  @Path("obligations")
  @Operation(summary = "应公开事项 — obligations not yet met, earliest due first")
  @Answers(
      value = DisclosureViews.OverdueView.class,
      shape = Answers.Shape.PAGE,
      description = "应公开事项一页 — a page of obligations")
  public Response obligations(
      @QueryParam("township") String township,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return obligations(township, page, size, false);
  }

  private Response obligations(String township, String page, String size, boolean overdueOnly) {
    return Response.ok(
            queries.obligations(
                Params.optionalLong("township", township, 1, Long.MAX_VALUE),
                overdueOnly,
                Params.pageRequest(page, size)))
        .build();
  }

  /**
   * The publisher archives a disclosure whose window has closed.
   *
   * @param id the disclosure
   * @param security the caller
   * @return the disclosure
   */
  @POST
  @Path("{id}/archive")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "归档 — archive a disclosure whose window has closed")
  @Answers(
      value = DisclosureViews.DisclosureDetail.class,
      description = "归档后的公示 — the notice, archived")
  public Response archive(@PathParam("id") String id, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long disclosure = Params.pathId("disclosure", id);
    service.archive(actor, disclosure, LocalDate.now(DistrictClock.ZONE));
    return Response.ok(queries.detail(disclosure, actor)).build();
  }

  /**
   * One disclosure: every version, the window, the due date, the overdue flag and the objections;
   * or its current records as CSV or XLSX.
   *
   * @param id the disclosure
   * @param format json, csv or xlsx
   * @param headers the request's headers
   * @param security the caller (officials in scope also see drafts)
   * @return the disclosure
   */
  @GET
  @Path("{id}")
  @Operation(summary = "公示详情 — one disclosure with all versions and its objection thread")
  @Answers(
      value = DisclosureViews.DisclosureDetail.class,
      description = "公示及其版本、异议（或CSV、XLSX） — the notice with its versions and objections")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  public Response detail(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @Context HttpHeaders headers,
      @Context SecurityContext security) {
    long disclosure = Params.pathId("disclosure", id);
    Actor viewer = security.getUserPrincipal() instanceof ActorPrincipal p ? p.actor() : null;
    return Exports.respond(
        format, headers, () -> queries.detail(disclosure, viewer), () -> recordsTable(disclosure));
  }

  /**
   * The printable A4 notice for the village board.
   *
   * @param id the disclosure
   * @return the PDF
   */
  @GET
  @Path("{id}/notice.pdf")
  @Produces("application/pdf")
  @Operation(summary = "公示告示 PDF — the printable A4 notice with QR code and short hash")
  @Answers(value = byte[].class, description = "A4 公示PDF — the A4 notice as PDF")
  public Response notice(@PathParam("id") String id) {
    long disclosure = Params.pathId("disclosure", id);
    DisclosureQueries.Current current = queries.current(disclosure);
    String link = publicBase() + "/disclosures/" + disclosure;
    byte[] document = pdf.render(current, link);
    return Response.ok(document, "application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"notice-"
                + disclosure
                + "-v"
                + current.version().number()
                + ".pdf\"")
        .build();
  }

  /**
   * Anyone objects to a notice during its window; no login, limited per address.
   *
   * @param id the disclosure
   * @param body {@code {"text"}}
   * @param uri the request's address
   * @return 201 with the objection
   */
  @POST
  @Path("{id}/objections")
  @Consumes(MediaType.APPLICATION_JSON)
  // not "object": a client generated from the document cannot name a method after a reserved word
  @Operation(
      operationId = "fileObjection",
      summary = "提出异议 — file an objection during the window (no login)")
  @Accepts(DisclosureRequests.ObjectionRequest.class)
  @Answers(
      value = Bodies.ObjectionFiled.class,
      status = 201,
      description = "已受理异议 — the objection, filed")
  public Response object(@PathParam("id") String id, JsonValue body, @Context UriInfo uri) {
    long disclosure = Params.pathId("disclosure", id);
    throttle.acquire(
        "objection:" + request.getRemoteAddr(), OBJECTIONS_PER_WINDOW, Duration.ofMinutes(10));
    DisclosureRequests.ObjectionRequest objection = DisclosureRequests.ObjectionRequest.read(body);
    Objection filed = service.object(disclosure, objection.text(), Instant.now());
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/disclosures/" + disclosure).build())
        .entity(
            new Bodies.ObjectionFiled(
                filed.id(), disclosure, filed.version(), filed.filedAt().toString()))
        .build();
  }

  /**
   * An official drafts a notice.
   *
   * @param body {@code {"kind","level","township"?,"village"?,"subject"?,"title","statement",
   *     "columns","rows"}}
   * @param security the caller
   * @param uri the request's address
   * @return 201
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "起草公示 — an official drafts a notice within their scope")
  @Accepts(DisclosureRequests.DisclosureDraftRequest.class)
  @Answers(value = Created.class, status = 201, description = "已起草 — drafted")
  public Response draft(JsonValue body, @Context SecurityContext security, @Context UriInfo uri) {
    Actor actor = Callers.actor(security);
    DisclosureRequests.DisclosureDraftRequest request =
        DisclosureRequests.DisclosureDraftRequest.read(body);
    long id =
        service.draft(
            actor,
            request.kind(),
            service.publisher(request.level(), request.township(), request.village()),
            request.subject(),
            request.content(),
            Instant.now());
    return Created.response(uri, "disclosures/" + id, id);
  }

  /**
   * An official changes a draft; published content is refused.
   *
   * @param id the disclosure
   * @param body the content
   * @param security the caller
   * @return the disclosure
   */
  @PUT
  @Path("{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "修改草稿 — change a draft (published content is never edited)")
  @Accepts(DisclosureRequests.NoticeContentRequest.class)
  @Answers(
      value = DisclosureViews.DisclosureDetail.class,
      description = "修改后的草稿 — the draft, edited")
  public Response editDraft(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long disclosure = Params.pathId("disclosure", id);
    DisclosureRequests.NoticeContentRequest draft =
        DisclosureRequests.NoticeContentRequest.read(body);
    service.editDraft(actor, disclosure, draft.content());
    return Response.ok(queries.detail(disclosure, actor)).build();
  }

  /**
   * An official publishes the draft.
   *
   * @param id the disclosure
   * @param body {@code {"windowStart","windowEnd"}}
   * @param security the caller
   * @return the disclosure
   */
  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "发布公示 — publish the draft with its window (at least 10 days)")
  @Accepts(DisclosureRequests.PublishRequest.class)
  @Answers(value = DisclosureViews.DisclosureDetail.class, description = "已发布 — published")
  public Response publish(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long disclosure = Params.pathId("disclosure", id);
    DisclosureRequests.PublishRequest window = DisclosureRequests.PublishRequest.read(body);
    service.publish(actor, disclosure, window.windowStart(), window.windowEnd(), Instant.now());
    return Response.ok(queries.detail(disclosure, actor)).build();
  }

  /**
   * An official publishes a correction as a new version.
   *
   * @param id the disclosure
   * @param body the content and {@code "reason"}
   * @param security the caller
   * @return the disclosure
   */
  @POST
  @Path("{id}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "更正公示 — publish a correction: a new version naming the reason")
  @Accepts(DisclosureRequests.CorrectionRequest.class)
  @Answers(
      value = DisclosureViews.DisclosureDetail.class,
      status = 201,
      description = "更正版本 — the correcting version, published")
  public Response correct(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long disclosure = Params.pathId("disclosure", id);
    DisclosureRequests.CorrectionRequest correction =
        DisclosureRequests.CorrectionRequest.read(body);
    DisclosureVersion v =
        service.correct(
            actor, disclosure, correction.content(), correction.reason(), Instant.now());
    return Response.status(Response.Status.CREATED)
        .entity(queries.detail(disclosure, actor))
        .header("Content-Location", "api/v1/disclosures/" + disclosure + "#v" + v.number())
        .build();
  }

  /**
   * The publisher answers an objection.
   *
   * @param id the disclosure
   * @param objection the objection
   * @param body {@code {"answer"}}
   * @param security the caller
   * @return the disclosure
   */
  @POST
  @Path("{id}/objections/{objection}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "答复异议 — the publisher answers an objection")
  @Accepts(DisclosureRequests.ObjectionAnswerRequest.class)
  @Answers(value = DisclosureViews.DisclosureDetail.class, description = "已答复 — answered")
  public Response answer(
      @PathParam("id") String id,
      @PathParam("objection") String objection,
      JsonValue body,
      @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long disclosure = Params.pathId("disclosure", id);
    JsonRequest fields = JsonRequest.of(body, DisclosureRequests.ObjectionAnswerRequest.class);
    long answered = Params.pathId("objection", objection);
    DisclosureRequests.ObjectionAnswerRequest reply =
        DisclosureRequests.ObjectionAnswerRequest.from(fields);
    service.answer(actor, disclosure, answered, reply.answer(), Instant.now());
    return Response.ok(queries.detail(disclosure, actor)).build();
  }

  private String publicBase() {
    String scheme = request.getScheme();
    return scheme + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  private Table recordsTable(long disclosure) {
    DisclosureQueries.Current current = queries.current(disclosure);
    List<List<Object>> rows = new ArrayList<>();
    for (List<Cell> row : current.version().content().rows()) {
      List<Object> cells = new ArrayList<>();
      for (Cell cell : row) {
        cells.add(
            cell.type() == Cell.Type.AMOUNT
                ? new java.math.BigDecimal(cell.value())
                : cell.type() == Cell.Type.NUMBER ? Long.valueOf(cell.value()) : cell.value());
      }
      rows.add(cells);
    }
    return new Table(
        "disclosure-" + disclosure + "-v" + current.version().number(),
        current.version().content().columns(),
        rows);
  }

  private static Table listTable(
      org.sunshineledger.portal.disclosure.DisclosureViews.DisclosureListing listing) {
    List<List<Object>> rows = new ArrayList<>();
    for (var s : listing.items()) {
      rows.add(
          List.of(
              s.id(),
              s.kindName(),
              s.levelName(),
              s.publisher(),
              s.title(),
              s.version(),
              s.windowStart(),
              s.windowEnd(),
              s.status(),
              s.dueDate() == null ? "" : s.dueDate(),
              s.overdue() ? "是" : "否",
              s.objections()));
    }
    return new Table(
        "disclosures",
        List.of("编号", "公开事项", "层级", "公开主体", "标题", "版本", "公示开始", "公示结束", "状态", "应公开日期", "逾期", "异议数"),
        rows);
  }
}

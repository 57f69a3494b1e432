package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Bodies;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.http.Problem;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.RiskEvent;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * The household registry: officials read and write the households of their scope; the public reads
 * only {@code /stats}, aggregates with small cells suppressed.
 */
@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {
  private static final Jsonb JSON = JsonbBuilder.create();

  private static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;

  @Inject RegistryQueries queries;
  @Inject RegistryService service;
  @Inject RegistryImports imports;

  /**
   * The households of the caller's scope.
   *
   * @param village a village
   * @param status a status
   * @param page the page
   * @param size the page size
   * @param security the caller
   * @return the page
   */
  @GET
  @Path("households")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "建档立卡户 — the households of the caller's scope (officials)")
  @Answers(
      value = RegistryViews.HouseholdSummary.class,
      shape = Answers.Shape.PAGE,
      description = "农户一页（脱敏） — a page of households, masked")
  public Response households(
      @QueryParam("village") String village,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    return Response.ok(
            queries.households(
                actor,
                Params.optionalLong("village", village, 1, Long.MAX_VALUE),
                Params.optionalEnum("status", status, HouseholdStatus.class),
                Params.pageRequest(page, size)))
        .build();
  }

  /**
   * One household with its members, guarantees, incomes and history.
   *
   * @param id the household
   * @param security the caller
   * @return the household
   */
  @GET
  @Path("households/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "户详情 — a household with its history (officials in scope)")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "一户一档 — the household's record")
  public Response household(@PathParam("id") String id, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    return Response.ok(queries.household(actor, Params.pathId("household", id))).build();
  }

  /**
   * Records a year's per-capita income.
   *
   * @param id the household
   * @param body {@code {"year", "perCapita"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/incomes")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "录入人均纯收入 — record a year's per-capita income")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "记录收入后的档案 — the record with the income")
  public Response income(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("year", "perCapita"),
        (actor, household, r) ->
            service.recordIncome(
                actor,
                household,
                Year.of(r.requiredInt("year", 2000, 2100)),
                r.requiredMoney("perCapita")));
  }

  /**
   * Records a guarantee check.
   *
   * @param id the household
   * @param body {@code {"guarantee", "met", "evidence", "checkedOn"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/guarantees")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "核查两不愁三保障 — record a guarantee check")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "记录保障后的档案 — the record with the check")
  public Response guarantee(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("guarantee", "met", "evidence", "checkedOn"),
        (actor, household, r) ->
            service.recordGuarantee(
                actor,
                household,
                new GuaranteeCheck(
                    r.requiredEnum("guarantee", Guarantee.class),
                    r.requiredBoolean("met"),
                    r.requiredString("evidence"),
                    r.requiredDate("checkedOn"))));
  }

  /**
   * Records a risk event.
   *
   * @param id the household
   * @param body {@code {"kind", "on", "cost", "description"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/risk-events")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "登记风险事件 — record an illness, disaster or large expenditure")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "记录风险后的档案 — the record with the event")
  public Response riskEvent(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("kind", "on", "cost", "description"),
        (actor, household, r) ->
            service.recordRiskEvent(
                actor,
                household,
                new RiskEvent(
                    r.requiredEnum("kind", RiskEvent.Kind.class),
                    r.requiredDate("on"),
                    r.requiredMoney("cost"),
                    r.requiredString("description", 400))));
  }

  /**
   * Takes a household out of poverty; refused with 422 listing every failing condition.
   *
   * @param id the household
   * @param body {@code {"year", "reason"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/exit")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "脱贫退出 — exit, when all six guarantees hold and income is above the line")
  @Answers(value = RegistryViews.HouseholdDetail.class, description = "退出后的档案 — the record, exited")
  public Response exit(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("year", "reason"),
        (actor, household, r) ->
            service.exit(
                actor,
                household,
                Year.of(r.requiredInt("year", 2000, 2100)),
                r.requiredString("reason"),
                LocalDate.now()));
  }

  /**
   * Ends a lifted household's policy support.
   *
   * @param id the household
   * @param body {@code {"year", "plainlyAboveStandard", "reason"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/end-policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "不再享受政策 — end a lifted household's policy support")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "政策终止后的档案 — the record, policy ended")
  public Response endPolicy(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("year", "plainlyAboveStandard", "reason"),
        (actor, household, r) ->
            service.endPolicy(
                actor,
                household,
                Year.of(r.requiredInt("year", 2000, 2100)),
                r.has("plainlyAboveStandard") && r.requiredBoolean("plainlyAboveStandard"),
                r.requiredString("reason"),
                LocalDate.now()));
  }

  /**
   * Records a return to poverty.
   *
   * @param id the household
   * @param body {@code {"reason"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "返贫 — record a return to poverty")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "返贫后的档案 — the record, returned to poverty")
  public Response returnToPoverty(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("reason"),
        (actor, household, r) ->
            service.returnToPoverty(actor, household, r.requiredString("reason"), LocalDate.now()));
  }

  /**
   * Marks a household city-marked poor, at once.
   *
   * @param id the household
   * @param body {@code {"reason"}}
   * @param security the caller
   * @return the household after the change
   */
  @POST
  @Path("households/{id}/city-mark")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "市标贫困人口 — mark at once (即时出现，即时标注，即时纳入)")
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "市级标注后的档案 — the record, city-marked")
  public Response markCity(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        Set.of("reason"),
        (actor, household, r) ->
            service.markCity(actor, household, r.requiredString("reason"), LocalDate.now()));
  }

  /** One officials' write to a household. */
  private interface HouseholdWrite {
    void apply(Actor actor, long household, JsonRequest request);
  }

  /** Authenticates, reads the body with its allowed fields, writes, and answers the household. */
  private Response changeHousehold(
      String id,
      JsonValue body,
      SecurityContext security,
      Set<String> fields,
      HouseholdWrite write) {
    Actor actor = Callers.actor(security);
    write.apply(actor, Params.pathId("household", id), JsonRequest.of(body, fields));
    return household(id, security);
  }

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
   * The unsafe-house ledger of the caller's scope.
   *
   * @param state a state
   * @param security the caller
   * @return the records
   */
  @GET
  @Path("unsafe-houses")
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
  @Path("unsafe-houses/{id}/renovation")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "危房改造进度 — start, complete or accept a renovation (改造一户、销档一户)")
  @Answers(value = Bodies.RenovationState.class, description = "改造状态 — the renovation's state")
  public Response renovation(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long record = Params.pathId("unsafe-house record", id);
    JsonRequest r = JsonRequest.of(body, Set.of("step", "acceptanceRef"));
    RegistryService.RenovationStep step =
        r.requiredEnum("step", RegistryService.RenovationStep.class);
    String acceptance =
        step == RegistryService.RenovationStep.ACCEPT ? r.requiredString("acceptanceRef") : null;
    return Response.ok(
            new Bodies.RenovationState(
                service.renovation(actor, record, step, LocalDate.now(), acceptance).name()))
        .build();
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

  /**
   * The import template, a CSV with the headers and one example household.
   *
   * @return the template
   */
  @GET
  @Path("imports/template")
  @Produces(Exports.CSV)
  @Operation(summary = "导入模板 — the import template (CSV)")
  @Answers(value = String.class, description = "导入模板（CSV） — the import template")
  public Response template() {
    List<List<Object>> rows =
        List.of(
            List.of(
                "YC900001",
                "峨山镇",
                "黄泉村",
                "张示例",
                "户主",
                "37040400000000001X",
                1965,
                "有劳动能力",
                "否",
                "否",
                "否",
                "13900000000",
                "未脱贫",
                2019,
                "3200.00"),
            List.of(
                "YC900001",
                "峨山镇",
                "黄泉村",
                "李示例",
                "配偶",
                "",
                1968,
                "部分丧失劳动能力",
                "否",
                "是",
                "否",
                "",
                "",
                "",
                ""));
    return Exports.respond(
        "csv",
        null,
        () -> null,
        () -> new Table("registry-import-template", RegistryImport.COLUMNS, rows));
  }

  /**
   * Checks (with {@code dryRun=true}) or imports a registry list, CSV or XLSX, as the body.
   *
   * @param dryRun whether only to check
   * @param name the file's name, recorded with the households
   * @param headers the request's headers (Content-Type)
   * @param body the file
   * @param security the caller
   * @param uri the request's address
   * @return the report (dry run), 202 with the job, or 422 with the report when rows have errors
   */
  @POST
  @Path("imports")
  @Consumes({Exports.CSV, Exports.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "批量导入 — check or import a registry list (CSV or XLSX)")
  @Answers(
      value = RegistryImports.Job.class,
      status = 202,
      description = "已开始导入 — the import has started")
  @Answers(
      value = RegistryImport.Report.class,
      description = "试导入报告（dryRun=true） — the dry run's report")
  public Response importList(
      @QueryParam("dryRun") String dryRun,
      @QueryParam("name") String name,
      @Context HttpHeaders headers,
      InputStream body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    Actor actor = Callers.actor(security);
    MediaType type = headers.getMediaType();
    RegistryImport.Format format =
        type != null && (type.getSubtype().contains("csv"))
            ? RegistryImport.Format.CSV
            : RegistryImport.Format.XLSX;
    byte[] file = read(body);
    if ("true".equalsIgnoreCase(dryRun)) {
      RegistryImport.Report report = imports.dryRun(actor, file, format);
      return Response.ok(withoutParsed(report)).build();
    }
    RegistryImports.Job job = imports.start(actor, name == null ? "upload" : name, file, format);
    if (job.state() == RegistryImports.State.REFUSED) {
      // an error is problem+json like every other; the report says which rows and why
      return Problem.ruleBroken(
              "registry.import-refused",
              "the list has "
                  + job.report().errorCount()
                  + " errors; nothing was imported, fix the rows and send it again",
              Map.of("errorCount", job.report().errorCount()))
          .with("report", JSON.fromJson(JSON.toJson(job.report()), JsonObject.class))
          .toResponse();
    }
    return Response.accepted()
        .location(uri.getBaseUriBuilder().path("api/v1/registry/imports").path(job.id()).build())
        .entity(job)
        .build();
  }

  /**
   * An import's progress.
   *
   * @param id the job
   * @param security the caller
   * @return the job
   */
  @GET
  @Path("imports/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "导入进度 — an import's progress")
  @Answers(value = RegistryImports.Job.class, description = "导入任务 — the import job")
  public Response importJob(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(imports.job(Callers.actor(security), id)).build();
  }

  private static RegistryImport.Report withoutParsed(RegistryImport.Report report) {
    return new RegistryImport.Report(
        report.rows(), report.households(), report.errorCount(), report.errors(), List.of());
  }

  private static byte[] read(InputStream body) {
    if (body == null) {
      throw new InvalidRequestException(null, "the body must hold the list (CSV or XLSX)");
    }
    try (body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65_536];
      long total = 0;
      for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
        total += n;
        if (total > MAX_IMPORT_BYTES) {
          throw new InvalidRequestException(null, "the list is larger than 64 MB; split it");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

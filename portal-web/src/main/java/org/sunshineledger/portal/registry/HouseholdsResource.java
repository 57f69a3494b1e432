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
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.registry.HouseholdStatus;

/**
 * The households of the registry: officials list and read the households of their scope, and record
 * a household's incomes, guarantee checks, risk events, exit, end of policy, return to poverty and
 * city mark.
 */
@Path("/api/v1/registry/households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdsResource {
  @Inject RegistryQueries queries;
  @Inject RegistryService service;

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
  @Path("{id}")
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
  @Path("{id}/incomes")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "录入人均纯收入 — record a year's per-capita income")
  @Accepts(RegistryRequests.IncomeRequest.class)
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "记录收入后的档案 — the record with the income")
  public Response income(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.IncomeRequest::read,
        (actor, household, request) ->
            service.recordIncome(actor, household, request.incomeYear(), request.perCapita()));
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
  @Path("{id}/guarantees")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "核查两不愁三保障 — record a guarantee check")
  @Accepts(RegistryRequests.GuaranteeCheckRequest.class)
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "记录保障后的档案 — the record with the check")
  public Response guarantee(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.GuaranteeCheckRequest::read,
        (actor, household, request) -> service.recordGuarantee(actor, household, request.check()));
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
  @Path("{id}/risk-events")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "登记风险事件 — record an illness, disaster or large expenditure")
  @Accepts(RegistryRequests.RiskEventRequest.class)
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "记录风险后的档案 — the record with the event")
  public Response riskEvent(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.RiskEventRequest::read,
        (actor, household, request) -> service.recordRiskEvent(actor, household, request.event()));
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
  @Path("{id}/exit")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "脱贫退出 — exit, when all six guarantees hold and income is above the line")
  @Accepts(RegistryRequests.HouseholdExitRequest.class)
  @Answers(value = RegistryViews.HouseholdDetail.class, description = "退出后的档案 — the record, exited")
  public Response exit(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.HouseholdExitRequest::read,
        (actor, household, request) ->
            service.exit(actor, household, request.exitYear(), request.reason(), LocalDate.now()));
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
  @Path("{id}/end-policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "不再享受政策 — end a lifted household's policy support")
  @Accepts(RegistryRequests.EndPolicyRequest.class)
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "政策终止后的档案 — the record, policy ended")
  public Response endPolicy(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.EndPolicyRequest::read,
        (actor, household, request) ->
            service.endPolicy(
                actor,
                household,
                request.endYear(),
                request.plainlyAbove(),
                request.reason(),
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
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "返贫 — record a return to poverty")
  @Accepts(RegistryRequests.HouseholdReturnRequest.class)
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "返贫后的档案 — the record, returned to poverty")
  public Response returnToPoverty(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.HouseholdReturnRequest::read,
        (actor, household, request) ->
            service.returnToPoverty(actor, household, request.reason(), LocalDate.now()));
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
  @Path("{id}/city-mark")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "市标贫困人口 — mark at once (即时出现，即时标注，即时纳入)")
  @Accepts(RegistryRequests.CityMarkRequest.class)
  @Answers(
      value = RegistryViews.HouseholdDetail.class,
      description = "市级标注后的档案 — the record, city-marked")
  public Response markCity(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    return changeHousehold(
        id,
        body,
        security,
        RegistryRequests.CityMarkRequest::read,
        (actor, household, request) ->
            service.markCity(actor, household, request.reason(), LocalDate.now()));
  }

  /** One officials' write to a household, with the body read into its request. */
  private interface HouseholdWrite<R extends Record> {
    void apply(Actor actor, long household, R request);
  }

  /** Authenticates, reads the body into its request, writes, and answers the household. */
  private <R extends Record> Response changeHousehold(
      String id,
      JsonValue body,
      SecurityContext security,
      Function<JsonValue, R> read,
      HouseholdWrite<R> write) {
    Actor actor = Callers.actor(security);
    long household = Params.pathId("household", id);
    write.apply(actor, household, read.apply(body));
    return household(id, security);
  }
}

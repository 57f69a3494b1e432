package org.sunshineledger.portal.supervision;

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
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.supervision.LeadStatus;

/**
 * The rectification ledger through the API (问题整改台账, §21): the leads an official or auditor sees,
 * one lead with its history, a move, a pass of the rules on request, and the public's counts.
 */
@Path("/api/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {
  @Inject SupervisionService service;
  @Inject SupervisionQueries queries;

  /**
   * The leads the caller sees: all for auditors and the district admin, a township's or a village's
   * for their officers.
   *
   * @param status only leads in this status (PENDING, CONFIRMED, UNFOUNDED, RECTIFYING, CLOSED)
   * @param page the page
   * @param size the page size
   * @param security the caller
   * @return a page of leads
   */
  @GET
  @Path("leads")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "问题线索 — the leads of the rectification ledger the caller sees")
  @Answers(
      value = SupervisionViews.LeadView.class,
      shape = Answers.Shape.PAGE,
      description = "问题线索一页 — a page of leads, newest first")
  public Response leads(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    return Response.ok(
            queries.leads(
                actor,
                Params.optionalEnum("status", status, LeadStatus.class),
                Params.pageRequest(page, size),
                Language.ZH))
        .build();
  }

  /**
   * One lead with its figures and history.
   *
   * @param id the lead
   * @param security the caller
   * @return the lead
   */
  @GET
  @Path("leads/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "问题线索详情 — one lead, its figures and its history")
  @Answers(value = SupervisionViews.LeadView.class, description = "问题线索 — the lead")
  public Response lead(@PathParam("id") String id, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    return Response.ok(queries.lead(actor, Params.pathId("lead", id), Language.ZH)).build();
  }

  /**
   * A move of a lead: CONFIRM (属实) or DISMISS (不属实, with the reason) by an auditor, RECTIFY (整改中,
   * with the plan and optionally a deadline) by an official of its place, CLOSE (已整改销号, with the
   * evidence) by an auditor.
   *
   * @param id the lead
   * @param body {@code {"move": "CONFIRM", "note": "…", "deadline": "2019-07-01"}}
   * @param security the caller
   * @return the lead after the move
   */
  @POST
  @Path("leads/{id}/moves")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "线索核实整改 — move a lead: confirm, dismiss, rectify or close (§21)")
  @Accepts(MoveRequest.class)
  @Answers(
      value = SupervisionViews.LeadView.class,
      description = "移动后的线索 — the lead after the move")
  public Response move(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    long lead = Params.pathId("lead", id);
    MoveRequest request = MoveRequest.from(JsonRequest.of(body, MoveRequest.class));
    service.move(actor, lead, request.move(), request.note(), request.deadline(), Instant.now());
    return Response.ok(queries.lead(actor, lead, Language.ZH)).build();
  }

  /**
   * Runs every rule over the ledger now and opens a lead for each new finding (auditors and the
   * district admin); the nightly pass does the same.
   *
   * @param security the caller
   * @return what was found and opened
   */
  @POST
  @Path("passes")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "运行比对规则 — run every supervision rule over the ledger now")
  @Answers(
      value = SupervisionService.PassResult.class,
      description = "本次比对结果 — how many findings, how many new leads")
  public Response pass(@Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    return Response.ok(service.passFor(actor, LocalDate.now(DistrictClock.ZONE), Instant.now()))
        .build();
  }

  /**
   * The public's view of the supervision work: leads found and closed by township, rule and
   * quarter, and the mean days to close; no record and no person, one or two shown as fewer than
   * three.
   *
   * @return the summary
   */
  @GET
  @Path("summary")
  @Operation(summary = "监督工作公开 — leads found and closed, counts only")
  @Answers(value = SupervisionViews.Summary.class, description = "监督工作统计 — the counts")
  public Response summary() {
    return Response.ok(queries.summary(Language.ZH)).build();
  }

  /**
   * A move of a lead.
   *
   * @param move CONFIRM, DISMISS, RECTIFY or CLOSE
   * @param note the check's finding (optional for CONFIRM), the reason, the plan or the evidence
   * @param deadline for RECTIFY: the deadline, ISO date; the district's three months when absent
   */
  public record MoveRequest(
      SupervisionService.Move move,
      @Schema(nullable = true, description = "核实情况、理由、整改措施或销号依据 — the note the move asks")
          String note,
      @Schema(nullable = true, description = "整改期限，缺省三个月 — default: three months")
          LocalDate deadline) {
    static MoveRequest from(JsonRequest r) {
      return new MoveRequest(
          r.requiredEnum("move", SupervisionService.Move.class),
          r.optionalString("note").orElse(""),
          Params.optionalDate("deadline", r.optionalString("deadline").orElse(null)));
    }
  }
}

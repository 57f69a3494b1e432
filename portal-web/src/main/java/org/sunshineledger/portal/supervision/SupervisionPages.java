package org.sunshineledger.portal.supervision;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.supervision.SupervisionViews.LeadView;
import org.sunshineledger.supervision.LeadStatus;

/**
 * The supervision pages: the public's counts (监督公开, {@code /supervision}), and for officials and
 * auditors the rectification ledger's leads ({@code /leads}) and each lead's page with the form of
 * its next move, reached from the workbench, working without script.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SupervisionPages extends SignedInForms {
  /** A form's fields by the rule that refuses them. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "supervision.lead-note", "note",
          "supervision.deadline", "deadline",
          "supervision.lead-transition", "move",
          "supervision.lead-time", "move");

  @Inject SupervisionService service;
  @Inject SupervisionQueries queries;
  @Inject ComplaintQueries complaints;

  /**
   * The public's view of the supervision work: counts only.
   *
   * @return the page
   */
  @GET
  @Path("supervision")
  @Operation(hidden = true)
  public Response summary() {
    PageContext page = page("/supervision");
    return render("supervision/summary", page, Map.of("summary", queries.summary(page.language())));
  }

  /**
   * The leads the official or auditor sees, newest first.
   *
   * @param status only leads in this status
   * @param pageNumber the page
   * @return the page, or the way to sign in
   */
  @GET
  @Path("leads")
  @Operation(hidden = true)
  public Response leads(
      @QueryParam("status") String status, @QueryParam("page") String pageNumber) {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/leads");
    }
    PageContext page = formPage("/leads");
    LeadStatus chosen = Params.optionalEnum("status", status, LeadStatus.class);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "leads",
        queries.leads(actor.get(), chosen, Params.pageRequest(pageNumber, "50"), page.language()));
    model.put("statuses", List.of(LeadStatus.values()));
    model.put("status", chosen == null ? "" : chosen.name());
    return render("supervision/leads", page, model);
  }

  /**
   * A lead's page: its figures, its history and the form of its next move.
   *
   * @param id the lead
   * @param moved set after a move
   * @return the page
   */
  @GET
  @Path("leads/{id}")
  @Operation(hidden = true)
  public Response lead(@PathParam("id") String id, @QueryParam("moved") String moved) {
    long lead = Params.pathId("lead", id);
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/leads/" + lead);
    }
    PageContext page = formPage("/leads/" + lead);
    LeadView view = queries.lead(actor.get(), lead, page.language());
    return form(
        "supervision/lead",
        page,
        null,
        Map.of("move", defaultMove(view)),
        leadModel(actor.get(), view, moved != null),
        200);
  }

  /**
   * Moves a lead, as its page's form sends it.
   *
   * @param id the lead
   * @param form the move, its note, the deadline and the token
   * @return the lead's page after the move, or the form with its errors
   */
  @POST
  @Path("leads/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response move(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    long lead = Params.pathId("lead", id);
    PageContext page = formPage("/leads/" + lead);
    // who may not see the lead is refused before the form is read
    LeadView before = queries.lead(actor, lead, page.language());
    FormInput in = input(form, page);
    SupervisionService.Move move = in.choice("move", SupervisionService.Move.class);
    String note = in.optionalText("note", 2000);
    LocalDate deadline = in.raw("deadline") == null ? null : in.date("deadline");
    int status = 400;
    if (in.valid()) {
      try {
        service.move(actor, lead, move, note == null ? "" : note, deadline, Instant.now());
        return seeOther("/leads/" + lead + "?moved=1");
      } catch (DomainException refused) {
        in.refusedBy(refused, FIELDS);
        status = 422;
      }
    }
    LeadView view = status == 400 ? before : queries.lead(actor, lead, page.language());
    return form("supervision/lead", page, in, Map.of(), leadModel(actor, view, false), status);
  }

  /** A lead's page: the complainant's contact is read for an auditor alone, never for others. */
  private Map<String, Object> leadModel(Actor actor, LeadView view, boolean moved) {
    Map<String, Object> model = new HashMap<>();
    model.put("lead", view);
    model.put("moved", moved);
    if (actor.role() == Role.AUDITOR
        && org.sunshineledger.supervision.Complaint.RULE.equals(view.rule())) {
      model.put("complainant", complaints.contactFor(actor, view.id()));
    }
    return model;
  }

  private static String defaultMove(LeadView view) {
    return switch (view.status()) {
      case "PENDING" -> "CONFIRM";
      case "CONFIRMED" -> "RECTIFY";
      case "RECTIFYING" -> "CLOSE";
      default -> "";
    };
  }
}

package org.sunshineledger.portal.board;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.portal.account.AccountService;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.account.DonorProfile;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.PageRequest;

/**
 * The charity board's pages: the board (urgent first, with progress), a need with its pledges and —
 * for a signed-in donor — a pledge form, or — for its village — receipt codes and confirmation; a
 * donor's own page; a donation's public trail; and the admin's matching report.
 */
@Path("/board")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class BoardPages {
  @Inject PageRenderer renderer;
  @Inject BoardQueries queries;
  @Inject BoardService service;
  @Inject BoardMatching matching;
  @Inject RegionService regions;
  @Inject AccountService accounts;

  @Context HttpServletRequest request;
  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * The board.
   *
   * @param category a category
   * @param township a township
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Operation(hidden = true)
  public Response board(
      @QueryParam("category") String category,
      @QueryParam("township") String township,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    PageContext page = context("/board", lang, cookie);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "needs",
        queries
            .needs(
                Params.optionalEnum("category", category, NeedCategory.class),
                Params.optionalLong("township", township, 1, Long.MAX_VALUE),
                Need.State.VERIFIED,
                PageRequest.of(1, 200))
            .items());
    model.put("categories", NeedCategory.values());
    model.put("townships", regions.places().district().townships());
    model.put("selectedCategory", category == null ? "" : category);
    model.put("selectedTownship", township == null ? "" : township);
    return render("board/board", page, model, lang);
  }

  /**
   * The form a village posts a need with.
   *
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("needs/new")
  @Operation(hidden = true)
  public Response needForm(@QueryParam("lang") String lang, @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return SignedInSession.signInFirst(uri, "/board/needs/new");
    }
    PageContext page = context("/board/needs/new", lang, cookie);
    return needFormPage(page, actor, Map.of(), FormErrors.none(), 200, lang);
  }

  /**
   * A village posts a need from the form; it waits for its township's verification.
   *
   * @param form the need and the token
   * @param cookie the language chosen before
   * @return the need's page, or the form again with the error beside its field
   */
  @POST
  @Path("needs/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response postNeed(
      jakarta.ws.rs.core.MultivaluedMap<String, String> form, @CookieParam("lang") String cookie) {
    Actor actor = requireForm(form.getFirst("csrf"));
    PageContext page = context("/board/needs/new", null, cookie);
    Map<String, String> values = new HashMap<>();
    for (String field :
        java.util.List.of(
            "village", "category", "item", "quantity", "unitPrice", "urgency", "deadline")) {
      if (form.getFirst(field) != null) {
        values.put(field, form.getFirst(field));
      }
    }
    try {
      NeedCategory category =
          Params.optionalEnum("category", form.getFirst("category"), NeedCategory.class);
      java.time.LocalDate deadline = Params.optionalDate("deadline", form.getFirst("deadline"));
      String item = form.getFirst("item") == null ? "" : form.getFirst("item").strip();
      if (category == null) {
        throw new InvalidRequestException("category", "choose a category", "board.chooseCategory");
      }
      if (item.isEmpty() || item.length() > 100) {
        throw new InvalidRequestException("item", "1 to 100 characters", "account.text", 100);
      }
      if (deadline == null) {
        throw new InvalidRequestException("deadline", "a date is required", "account.required");
      }
      org.sunshineledger.money.Money price;
      try {
        price = org.sunshineledger.money.Money.yuan(form.getFirst("unitPrice").strip());
      } catch (RuntimeException notAnAmount) {
        throw new InvalidRequestException(
            "unitPrice", "an amount in yuan, at most two decimals", "board.amount");
      }
      long id =
          service.postNeed(
              actor,
              Params.requiredLong("village", form.getFirst("village"), 1, Long.MAX_VALUE),
              null,
              category,
              item,
              Params.requiredInt("quantity", form.getFirst("quantity"), 1, Integer.MAX_VALUE),
              price,
              Params.requiredInt("urgency", form.getFirst("urgency"), 1, 5),
              deadline,
              Instant.now());
      return redirect("/board/needs/" + id);
    } catch (InvalidRequestException refused) {
      return needFormPage(page, actor, values, FormErrors.of(refused, page.language()), 400, null);
    } catch (org.sunshineledger.kernel.DomainException rule) {
      return needFormPage(page, actor, values, FormErrors.of(rule, page.language()), 422, null);
    }
  }

  private Response needFormPage(
      PageContext page,
      Actor actor,
      Map<String, String> values,
      FormErrors errors,
      int status,
      String lang) {
    var district = regions.places().district();
    Map<String, Object> model = new HashMap<>();
    model.put("villages", district.villages().stream().filter(actor::mayWriteTo).toList());
    model.put("categories", NeedCategory.values());
    model.put("values", values);
    model.put("errors", errors.asMap());
    return Pages.withLanguageCookie(
        Response.status(status).entity(renderer.render("board/new-need", page, model)), lang, page);
  }

  /**
   * A need.
   *
   * @param id the need
   * @param code a receipt code just issued, shown once
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Path("needs/{id}")
  @Operation(hidden = true)
  public Response need(
      @PathParam("id") String id,
      @QueryParam("code") String code,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    long need = Params.pathId("need", id);
    PageContext page = context("/board/needs/" + need, lang, cookie);
    Map<String, Object> model = new HashMap<>();
    Actor viewer = actor();
    BoardQueries.NeedView view = queries.need(need, viewer);
    model.put("need", view);
    model.put("mayVerify", queries.awaitsVerificationBy(need, viewer));
    model.put("pledges", queries.pledgesOf(need));
    Actor actor = actor();
    model.put(
        "donations",
        actor != null && actor.role() == Role.DONOR
            ? queries.donationsOf(actor.username())
            : java.util.List.of());
    model.put("isDonor", actor != null && actor.role() == Role.DONOR);
    model.put(
        "village", actor != null && actor.role() != Role.DONOR && actor.role() != Role.AUDITOR);
    model.put("code", code);
    return render("board/need", page, model, lang);
  }

  /**
   * The township verifies a need its village posted, from the need's page.
   *
   * @param id the need
   * @param csrf the form's token
   * @return back to the need, now on the board
   */
  @POST
  @Path("needs/{id}/verify")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response verify(@PathParam("id") String id, @FormParam("csrf") String csrf) {
    Actor actor = requireForm(csrf);
    long need = Params.pathId("need", id);
    service.verifyNeed(actor, need, Instant.now());
    return redirect("/board/needs/" + need);
  }

  /**
   * A donor pledges from the need's page.
   *
   * @param id the need
   * @param donation the donation
   * @param units the units
   * @param csrf the form's token
   * @return back to the need
   */
  @POST
  @Path("needs/{id}/pledge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response pledge(
      @PathParam("id") String id,
      @FormParam("donation") String donation,
      @FormParam("units") String units,
      @FormParam("csrf") String csrf) {
    Actor actor = requireForm(csrf);
    long need = Params.pathId("need", id);
    long pledge =
        service.pledge(
            actor,
            Params.requiredInt("donation", donation, 1, Integer.MAX_VALUE),
            need,
            Params.requiredInt("units", units, 1, Integer.MAX_VALUE),
            Instant.now());
    return redirect(
        "/board/donations/"
            + Params.requiredInt("donation", donation, 1, Integer.MAX_VALUE)
            + "#pledge-"
            + pledge);
  }

  /**
   * A pledge's next step from a page: deliver (donor), code or receive (village).
   *
   * @param id the pledge
   * @param step deliver, code or receive
   * @param code the receipt code, for receive
   * @param need the need, to return to
   * @param csrf the form's token
   * @return back to the page
   */
  @POST
  @Path("pledges/{id}/{step: deliver|code|receive}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response pledgeStep(
      @PathParam("id") String id,
      @PathParam("step") String step,
      @FormParam("code") String code,
      @FormParam("need") String need,
      @FormParam("csrf") String csrf) {
    Actor actor = requireForm(csrf);
    long pledge = Params.pathId("pledge", id);
    long needId = Params.requiredInt("need", need, 1, Integer.MAX_VALUE);
    switch (step) {
      case "deliver" -> service.deliver(actor, pledge, Instant.now());
      case "code" -> {
        return redirect(
            "/board/needs/" + needId + "?code=" + service.issueReceiptCode(actor, pledge));
      }
      default -> service.receive(actor, pledge, code);
    }
    return redirect("/board/needs/" + needId);
  }

  /**
   * A donation's public trail.
   *
   * @param id the donation
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Path("donations/{id}")
  @Operation(hidden = true)
  public Response trail(
      @PathParam("id") String id,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    long donation = Params.pathId("donation", id);
    PageContext page = context("/board/donations/" + donation, lang, cookie);
    return render("board/trail", page, Map.of("trail", queries.trail(donation)), lang);
  }

  /**
   * A donor's own donations and where each went.
   *
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("mine")
  @Produces({MediaType.TEXT_HTML + ";charset=UTF-8", Exports.CSV})
  @Operation(hidden = true)
  public Response mine(
      @QueryParam("format") String format,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return SignedInSession.signInFirst(uri, "/board/mine");
    }
    if ("csv".equals(format)) {
      return Exports.respond(
          format, headers, () -> null, () -> queries.donorTable(actor.username()));
    }
    PageContext page = context("/board/mine", lang, cookie);
    return minePage(page, actor, FormErrors.none(), Map.of(), 200, lang);
  }

  /**
   * A donor records a donation from their page, under their public name.
   *
   * @param category the category
   * @param units the units (fen for cash)
   * @param township a township to restrict it to, or empty
   * @param csrf the form's token
   * @param cookie the language chosen before
   * @return back to the donor's page, or the form with the error beside its field
   */
  @POST
  @Path("mine/donations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response give(
      @FormParam("category") String category,
      @FormParam("units") String units,
      @FormParam("township") String township,
      @FormParam("csrf") String csrf,
      @CookieParam("lang") String cookie) {
    Actor actor = requireForm(csrf);
    PageContext page = context("/board/mine", null, cookie);
    try {
      NeedCategory chosen = Params.optionalEnum("category", category, NeedCategory.class);
      if (chosen == null) {
        throw new InvalidRequestException("category", "choose a category", "board.chooseCategory");
      }
      DonorProfile profile = accounts.donorProfile(actor);
      long id =
          service.donate(
              actor,
              profile.kind(),
              profile.displayName(),
              profile.anonymous(),
              chosen,
              Params.requiredInt("units", units, 1, Integer.MAX_VALUE),
              township == null || township.isBlank()
                  ? null
                  : Params.optionalLong("township", township, 1, Long.MAX_VALUE),
              Instant.now());
      return redirect("/board/mine#donation-" + id);
    } catch (InvalidRequestException refused) {
      return minePage(
          page,
          actor,
          FormErrors.of(refused, page.language()),
          Map.of("category", category == null ? "" : category, "units", units == null ? "" : units),
          400,
          null);
    }
  }

  private Response minePage(
      PageContext page,
      Actor actor,
      FormErrors errors,
      Map<String, String> values,
      int status,
      String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("trails", queries.donationsOf(actor.username()));
    model.put("donor", actor.role() == Role.DONOR);
    model.put("profile", actor.role() == Role.DONOR ? accounts.donorProfile(actor) : null);
    model.put("categories", NeedCategory.values());
    model.put("townships", regions.places().district().townships());
    model.put("values", values);
    model.put("errors", errors.asMap());
    return Pages.withLanguageCookie(
        Response.status(status).entity(renderer.render("board/mine", page, model)), lang, page);
  }

  /**
   * The admin's matching report.
   *
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Path("matching")
  @Operation(hidden = true)
  public Response matching(@QueryParam("lang") String lang, @CookieParam("lang") String cookie) {
    Actor actor = actor();
    if (actor == null) {
      return SignedInSession.signInFirst(uri, "/board/matching");
    }
    PageContext page = context("/board/matching", lang, cookie);
    return render("board/matching", page, Map.of("runs", matching.runs(actor)), lang);
  }

  /**
   * The admin previews or commits a matching batch from the report page.
   *
   * @param run the run to commit, or empty to preview a new one
   * @param csrf the form's token
   * @return back to the report
   */
  @POST
  @Path("matching")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response runMatching(@FormParam("run") String run, @FormParam("csrf") String csrf) {
    Actor actor = requireForm(csrf);
    if (run == null || run.isBlank()) {
      matching.preview(actor);
    } else {
      matching.commit(actor, run);
    }
    return redirect("/board/matching");
  }

  private Actor actor() {
    return Callers.signedIn(security).orElse(null);
  }

  private Actor requireForm(String csrf) {
    return SignedInSession.formActor(security, request, csrf);
  }

  private PageContext context(String path, String lang, String cookie) {
    return SignedInSession.signedIn(
        Pages.context(lang, cookie, headers, uri, path), security, request);
  }

  private Response render(
      String template, PageContext page, Map<String, Object> model, String lang) {
    return Pages.withLanguageCookie(
        Response.ok(renderer.render(template, page, model)), lang, page);
  }

  private Response redirect(String path) {
    return Response.seeOther(
            java.net.URI.create(uri.getBaseUri().getRawPath().replaceAll("/$", "") + path))
        .build();
  }
}

package org.sunshineledger.portal.disclosure;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.LocalizedPages;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.RequestThrottle;
import org.sunshineledger.portal.shared.TooManyRequestsException;

/**
 * The disclosure pages: the list with filters and the count behind each choice, a notice with its
 * version history and objection thread (and a form to object, which works without JavaScript), the
 * overdue list — what should be published and is not yet — and how to verify a notice against the
 * transparency log.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DisclosurePages extends LocalizedPages {
  @Context HttpServletRequest request;
  @Context SecurityContext security;

  @Inject DisclosureQueries queries;
  @Inject DisclosureService service;
  @Inject RegionService regions;
  @Inject TransparencyLog log;
  @Inject RequestThrottle throttle;

  /**
   * The list.
   *
   * @param kind the kind
   * @param level the level
   * @param township the township
   * @param status the status
   * @param page the page
   * @return the page
   */
  @GET
  @Path("disclosures")
  @Operation(hidden = true)
  public Response list(
      @QueryParam("kind") String kind,
      @QueryParam("level") String level,
      @QueryParam("township") String township,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    PageContext context = page("/disclosures");
    DisclosureQueries.Filter filter =
        new DisclosureQueries.Filter(
            Params.optionalEnum("kind", kind, DisclosureKind.class),
            Params.optionalEnum("level", level, DisclosureLevel.class),
            Params.optionalLong("township", township, 1, Long.MAX_VALUE),
            null,
            Params.optionalEnum("status", status, Disclosure.Status.class),
            null,
            null);
    Map<String, Object> model = new HashMap<>();
    model.put(
        "result",
        queries.list(filter, PageRequest.of(Params.optionalInt("page", page, 1, 1_000_000), 20)));
    model.put("kinds", DisclosureKind.values());
    model.put("levels", DisclosureLevel.values());
    model.put(
        "statuses",
        new Disclosure.Status[] {
          Disclosure.Status.PUBLISHED, Disclosure.Status.WINDOW_CLOSED, Disclosure.Status.ARCHIVED
        });
    model.put("townships", regions.places().district().townships());
    model.put("selectedKind", kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT));
    model.put(
        "selectedLevel", level == null ? "" : level.strip().toUpperCase(java.util.Locale.ROOT));
    model.put("selectedTownship", township == null ? "" : township.strip());
    model.put(
        "selectedStatus", status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT));
    model.put(
        "query",
        uri.getRequestUri().getRawQuery() == null
            ? ""
            : uri.getRequestUri().getRawQuery().replaceAll("(^|&)(page|lang)=[^&]*", ""));
    return render("disclosure/disclosures", context, model, 200);
  }

  /**
   * A notice with its versions and objections.
   *
   * @param id the disclosure
   * @param filed whether an objection was just filed
   * @return the page
   */
  @GET
  @Path("disclosures/{id}")
  @Operation(hidden = true)
  public Response notice(@PathParam("id") String id, @QueryParam("filed") String filed) {
    long disclosure = Params.pathId("disclosure", id);
    return noticePage(disclosure, "1".equals(filed), null, 200);
  }

  /**
   * Files an objection from the notice's form.
   *
   * @param id the disclosure
   * @param text the objection
   * @return a redirect to the notice, or the notice with the reason it was refused
   */
  @POST
  @Path("disclosures/{id}/objections")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response object(@PathParam("id") String id, @FormParam("text") String text) {
    long disclosure = Params.pathId("disclosure", id);
    try {
      throttle.acquire("objection:" + request.getRemoteAddr(), 10, Duration.ofMinutes(10));
      service.object(disclosure, text == null ? "" : text, Instant.now());
    } catch (DomainException refused) {
      return noticePage(disclosure, false, refused.getMessage(), 422);
    } catch (TooManyRequestsException busy) {
      return noticePage(disclosure, false, busy.getMessage(), 429);
    }
    return Response.seeOther(
            java.net.URI.create(
                uri.getBaseUri().getRawPath().replaceAll("/$", "")
                    + "/disclosures/"
                    + disclosure
                    + "?filed=1"))
        .build();
  }

  /**
   * The publisher answers an objection from the notice's page; the answer is public.
   *
   * @param id the disclosure
   * @param objection the objection
   * @param answer the answer
   * @param csrf the form's token
   * @return back to the objection, or the notice with the reason it was refused
   */
  @POST
  @Path("disclosures/{id}/objections/{objection}/answer")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response answer(
      @PathParam("id") String id,
      @PathParam("objection") String objection,
      @FormParam("answer") String answer,
      @FormParam("csrf") String csrf) {
    Actor actor = SignedInSession.formActor(security, request, csrf);
    long disclosure = Params.pathId("disclosure", id);
    long answered = Params.pathId("objection", objection);
    try {
      service.answer(actor, disclosure, answered, answer == null ? "" : answer, Instant.now());
    } catch (DomainException refused) {
      return noticePage(disclosure, false, refused.getMessage(), 422);
    }
    return Response.seeOther(
            java.net.URI.create(
                uri.getBaseUri().getRawPath().replaceAll("/$", "")
                    + "/disclosures/"
                    + disclosure
                    + "#objection-"
                    + answered))
        .build();
  }

  /**
   * What should be published and is not yet.
   *
   * @param township the township
   * @return the page
   */
  @GET
  @Path("disclosures-overdue")
  @Operation(hidden = true)
  public Response overdue(@QueryParam("township") String township) {
    PageContext context = page("/disclosures-overdue");
    Long selected = Params.optionalLong("township", township, 1, Long.MAX_VALUE);
    Map<String, Object> model = new HashMap<>();
    model.put("result", queries.overdue(selected, PageRequest.of(1, 200)));
    model.put("townships", regions.places().district().townships());
    model.put("selectedTownship", township == null ? "" : township.strip());
    return render("disclosure/overdue", context, model, 200);
  }

  /**
   * How to verify a notice against the log.
   *
   * @return the page
   */
  @GET
  @Path("transparency")
  @Operation(hidden = true)
  public Response transparency() {
    PageContext context = page("/transparency");
    TransparencyLog.SignedCheckpoint checkpoint = log.checkpoint();
    Map<String, Object> model = new HashMap<>();
    model.put("checkpoint", checkpoint);
    model.put("size", checkpoint.checkpoint().size());
    model.put("root", java.util.Base64.getEncoder().encodeToString(checkpoint.checkpoint().root()));
    return render("disclosure/transparency", context, model, 200);
  }

  private Response noticePage(long disclosure, boolean filed, String error, int status) {
    PageContext context =
        SignedInSession.signedIn(page("/disclosures/" + disclosure), security, request);
    Actor viewer = Callers.signedIn(security).orElse(null);
    Map<String, Object> model = new HashMap<>();
    model.put("d", queries.detail(disclosure, viewer));
    model.put("mayAnswer", service.mayAnswer(viewer, disclosure));
    model.put("filed", filed);
    model.put("error", error);
    return render("disclosure/disclosure", context, model, status);
  }
}

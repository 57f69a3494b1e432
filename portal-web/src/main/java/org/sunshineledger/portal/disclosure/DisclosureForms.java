package org.sunshineledger.portal.disclosure;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.disclosure.DisclosureQueries.ContentView;
import org.sunshineledger.portal.disclosure.DisclosureViews.OverdueView;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;

/**
 * The publisher's forms for notices: a notice drafted from its obligation with its records filled
 * in from the ledger, previewed exactly as the public will see it (masked), its title and statement
 * edited, published with its window, corrected with a reason, and archived once its window has
 * closed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DisclosureForms extends SignedInForms {
  @Inject DisclosureService service;
  @Inject DisclosureQueries queries;

  /**
   * The page that drafts an obligation's notice.
   *
   * @param subject the obligation's subject
   * @return the page, or the sign-in page
   */
  @GET
  @Path("disclosures/drafts/new")
  @Operation(hidden = true)
  public Response draftForm(@QueryParam("obligation") String subject) {
    OverdueView obligation = obligation(subject);
    if (viewer().isEmpty()) {
      return signInFirst(
          "/disclosures/drafts/new?obligation="
              + URLEncoder.encode(subject, StandardCharsets.UTF_8));
    }
    return form(
        "disclosure/new-draft",
        formPage("/disclosures/drafts/new"),
        null,
        Map.of(),
        Map.of("o", obligation),
        200);
  }

  /**
   * Drafts the notice of an obligation.
   *
   * @param form the obligation's subject and the token
   * @return the draft's page, or the page again with the reason it was refused
   */
  @POST
  @Path("disclosures/drafts/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response draft(MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    PageContext page = formPage("/disclosures/drafts/new");
    FormInput in = input(form, page);
    OverdueView obligation = obligation(in.raw("obligation"));
    try {
      long id = service.draftFromObligation(actor, obligation.subject(), Instant.now());
      return seeOther("/disclosures/" + id + "/draft");
    } catch (DomainException refused) {
      return form(
          "disclosure/new-draft",
          page,
          in.refusedBy(refused),
          Map.of(),
          Map.of("o", obligation),
          422);
    }
  }

  /**
   * A draft: its preview as the public will see it, and the forms that edit and publish it.
   *
   * @param id the draft
   * @return the page, or the sign-in page
   */
  @GET
  @Path("disclosures/{id}/draft")
  @Operation(hidden = true)
  public Response draftPage(@PathParam("id") String id) {
    long disclosure = Params.pathId("disclosure", id);
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/disclosures/" + disclosure + "/draft");
    }
    requirePublisher(actor.get(), disclosure);
    ContentView content = queries.content(disclosure, actor.get());
    if (content.published()) {
      return seeOther("/disclosures/" + disclosure);
    }
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    Map<String, String> values = new HashMap<>();
    values.put("title", content.title());
    values.put("statement", content.statement());
    values.put("windowStart", today.toString());
    values.put("windowEnd", today.plusDays(Disclosure.MINIMUM_WINDOW_DAYS + 4L).toString());
    return draftPage(content, null, values, 200);
  }

  /**
   * Edits or publishes a draft ({@code step=edit} or {@code step=publish}).
   *
   * @param id the draft
   * @param form the step's fields and the token
   * @return the draft again after an edit, the public notice once published, or the page with the
   *     errors beside their fields
   */
  @POST
  @Path("disclosures/{id}/draft")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response draftStep(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    long disclosure = Params.pathId("disclosure", id);
    requirePublisher(actor, disclosure);
    PageContext page = formPage("/disclosures/" + disclosure + "/draft");
    FormInput in = input(form, page);
    ContentView content = queries.content(disclosure, actor);
    boolean publish = "publish".equals(in.raw("step"));
    String title = publish ? null : in.text("title", 200);
    String statement = publish ? null : in.optionalText("statement", 2000);
    LocalDate start = publish ? in.date("windowStart") : null;
    LocalDate end = publish ? in.date("windowEnd") : null;
    if (!in.valid()) {
      return draftPage(content, in, Map.of(), 400);
    }
    try {
      if (publish) {
        service.publish(actor, disclosure, start, end, Instant.now());
        return seeOther("/disclosures/" + disclosure);
      }
      service.editDraftText(actor, disclosure, title, statement == null ? "" : statement);
      return seeOther("/disclosures/" + disclosure + "/draft");
    } catch (DomainException refused) {
      return draftPage(content, in.refusedBy(refused, FIELDS), Map.of(), 422);
    }
  }

  /**
   * The form that corrects a published notice.
   *
   * @param id the disclosure
   * @return the form, or the sign-in page
   */
  @GET
  @Path("disclosures/{id}/correct")
  @Operation(hidden = true)
  public Response correctionForm(@PathParam("id") String id) {
    long disclosure = Params.pathId("disclosure", id);
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/disclosures/" + disclosure + "/correct");
    }
    requirePublisher(actor.get(), disclosure);
    ContentView content = queries.content(disclosure, actor.get());
    Map<String, String> values = new HashMap<>();
    values.put("title", content.title());
    values.put("statement", content.statement());
    return correctionPage(content, null, values, 200);
  }

  /**
   * Publishes a correction, or archives the notice ({@code step=archive}).
   *
   * @param id the disclosure
   * @param form the corrected title and statement with the reason, and the token
   * @return the public notice, or the form with its errors
   */
  @POST
  @Path("disclosures/{id}/correct")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response correct(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    long disclosure = Params.pathId("disclosure", id);
    requirePublisher(actor, disclosure);
    PageContext page = formPage("/disclosures/" + disclosure + "/correct");
    FormInput in = input(form, page);
    ContentView content = queries.content(disclosure, actor);
    try {
      if ("archive".equals(in.raw("step"))) {
        service.archive(actor, disclosure, LocalDate.now(DistrictClock.ZONE));
        return seeOther("/disclosures/" + disclosure);
      }
      String title = in.text("title", 200);
      String statement = in.optionalText("statement", 2000);
      String reason = in.text("reason", 500);
      if (!in.valid()) {
        return correctionPage(content, in, Map.of(), 400);
      }
      service.correctText(
          actor, disclosure, title, statement == null ? "" : statement, reason, Instant.now());
      return seeOther("/disclosures/" + disclosure);
    } catch (DomainException refused) {
      return correctionPage(content, in.refusedBy(refused, FIELDS), Map.of(), 422);
    }
  }

  /** Where the page places the refusals that name no field. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "disclosure.window-too-short", "windowEnd",
          "disclosure.working-days", "windowStart",
          "disclosure.title", "title",
          "disclosure.correction-reason", "reason",
          "disclosure.unmasked-personal-data", "statement",
          "disclosure.archive", FormErrors.FORM);

  private void requirePublisher(Actor actor, long disclosure) {
    if (!service.mayAnswer(actor, disclosure)) {
      throw new org.sunshineledger.portal.shared.AccessDeniedException(
          actor.username() + " does not publish notice " + disclosure);
    }
  }

  private OverdueView obligation(String subject) {
    return queries.obligations(null, false, PageRequest.ALL).items().stream()
        .filter(o -> o.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new UnknownResourceException("obligation", String.valueOf(subject)));
  }

  private Response draftPage(
      ContentView content, FormInput in, Map<String, String> values, int status) {
    return contentPage("draft", content, in, values, status);
  }

  private Response correctionPage(
      ContentView content, FormInput in, Map<String, String> values, int status) {
    return contentPage("correct", content, in, values, status);
  }

  /**
   * A notice's draft or correction page: {@code disclosure/<form>} at {@code
   * /disclosures/<id>/<form>}.
   */
  private Response contentPage(
      String which, ContentView content, FormInput in, Map<String, String> values, int status) {
    return form(
        "disclosure/" + which,
        formPage("/disclosures/" + content.id() + "/" + which),
        in,
        values,
        Map.of("c", content),
        status);
  }
}

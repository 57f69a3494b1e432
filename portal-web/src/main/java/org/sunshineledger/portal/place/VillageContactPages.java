package org.sunshineledger.portal.place;

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
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageContact;
import org.sunshineledger.region.VillageId;

/**
 * The form a village's officials record its public contact with: the local complaint telephone
 * printed on its notices and where its notice board stands (the village's officer, its township's
 * officer, the district admin).
 */
@Path("/villages/{id}/contact")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class VillageContactPages {
  @Inject PageRenderer renderer;
  @Inject RegionService regions;

  @Context HttpServletRequest request;
  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * The form.
   *
   * @param id the village
   * @param saved whether the contact was just saved
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, or the sign-in page
   */
  @GET
  @Operation(hidden = true)
  public Response form(
      @PathParam("id") String id,
      @QueryParam("saved") String saved,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Village village = village(id);
    Optional<Actor> actor = Callers.signedIn(security);
    if (actor.isEmpty()) {
      return SignedInSession.signInFirst(uri, "/villages/" + village.id().value() + "/contact");
    }
    requireScope(actor.get(), village);
    Map<String, String> values = new HashMap<>();
    regions
        .places()
        .contactOf(village.id())
        .ifPresent(
            c -> {
              values.put("complaintPhone", c.complaintPhone());
              values.put("noticeBoardLocation", c.noticeBoardLocation());
            });
    return page(village, values, FormErrors.none(), "1".equals(saved), 200, lang, cookie);
  }

  /**
   * Records the contact.
   *
   * @param id the village
   * @param phone the complaint telephone
   * @param location where the notice board stands
   * @param csrf the form's token
   * @param cookie the language chosen before
   * @return the form, saved, or again with the error beside its field
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response record(
      @PathParam("id") String id,
      @FormParam("complaintPhone") String phone,
      @FormParam("noticeBoardLocation") String location,
      @FormParam("csrf") String csrf,
      @CookieParam("lang") String cookie) {
    Actor actor = SignedInSession.formActor(security, request, csrf);
    Village village = village(id);
    requireScope(actor, village);
    Map<String, String> values = new HashMap<>();
    values.put("complaintPhone", phone == null ? "" : phone);
    values.put("noticeBoardLocation", location == null ? "" : location);
    try {
      regions.recordContact(
          actor, village.id(), new VillageContact(phone == null ? null : phone.strip(), location));
    } catch (DomainException refused) {
      PageContext context = Pages.context(null, cookie, headers, uri, path(village));
      FormErrors errors = FormErrors.of(refused, context.language());
      return page(village, values, errors, false, 400, null, cookie);
    }
    return Response.seeOther(
            URI.create(
                uri.getBaseUri().getRawPath().replaceAll("/$", "") + path(village) + "?saved=1"))
        .build();
  }

  private Response page(
      Village village,
      Map<String, String> values,
      FormErrors errors,
      boolean saved,
      int status,
      String lang,
      String cookie) {
    PageContext page =
        SignedInSession.signedIn(
            Pages.context(lang, cookie, headers, uri, path(village)), security, request);
    Map<String, Object> model = new HashMap<>();
    model.put("village", village);
    model.put(
        "township",
        regions.places().district().township(village.township()).map(t -> t.name()).orElse(""));
    model.put("values", values);
    model.put("errors", errors.asMap());
    model.put("saved", saved);
    return Pages.withLanguageCookie(
        Response.status(status).entity(renderer.render("place/contact", page, model)), lang, page);
  }

  private static void requireScope(Actor actor, Village village) {
    if (!actor.mayWriteTo(village)) {
      throw new AccessDeniedException(
          actor.username() + " may not write to village " + village.id().value());
    }
  }

  private Village village(String id) {
    long value = Params.pathId("village", id);
    return regions
        .places()
        .district()
        .village(new VillageId(value))
        .orElseThrow(() -> new UnknownResourceException("village", value));
  }

  private static String path(Village village) {
    return "/villages/" + village.id().value() + "/contact";
  }
}

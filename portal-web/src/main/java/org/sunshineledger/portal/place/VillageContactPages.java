package org.sunshineledger.portal.place;

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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
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
public class VillageContactPages extends SignedInForms {
  @Inject RegionService regions;

  /**
   * The form.
   *
   * @param id the village
   * @param saved whether the contact was just saved
   * @return the page, or the sign-in page
   */
  @GET
  @Operation(hidden = true)
  public Response form(@PathParam("id") String id, @QueryParam("saved") String saved) {
    Village village = village(id);
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst(path(village));
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
    return page(village, null, values, "1".equals(saved), 200);
  }

  /**
   * Records the contact.
   *
   * @param id the village
   * @param form the telephone, the notice board's location and the token
   * @return the form, saved, or again with the error beside its field
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response record(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    Village village = village(id);
    requireScope(actor, village);
    FormInput in = input(form, formPage(path(village)));
    try {
      regions.recordContact(
          actor,
          village.id(),
          new VillageContact(in.raw("complaintPhone"), in.raw("noticeBoardLocation")));
    } catch (DomainException refused) {
      return page(village, in.refusedBy(refused), Map.of(), false, 400);
    }
    return seeOther(path(village) + "?saved=1");
  }

  private Response page(
      Village village, FormInput in, Map<String, String> values, boolean saved, int status) {
    PageContext page = formPage(path(village));
    Map<String, Object> model = new HashMap<>();
    model.put("village", village);
    model.put(
        "township",
        regions.places().district().township(village.township()).map(t -> t.name()).orElse(""));
    model.put("saved", saved);
    return form("place/contact", page, in, values, model, status);
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

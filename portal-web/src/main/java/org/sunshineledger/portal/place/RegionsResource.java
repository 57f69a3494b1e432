package org.sunshineledger.portal.place;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.VillageContact;
import org.sunshineledger.region.VillageId;

/** The district's places and the villages' public contacts. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {
  @Inject RegionService regions;

  /**
   * The district's townships and villages with designations and contacts.
   *
   * @return the places
   */
  @GET
  @Path("regions")
  @Operation(
      summary = "区划 — the district's townships and villages",
      description = "峄城区的镇街与村居，标注重点扶持村与脱贫任务较重的镇，以及各村的投诉电话和公示栏位置。")
  @Answers(description = "全区镇街和村居 — the district's townships and villages")
  public RegionsResponse regions() {
    return RegionsResponse.of(regions.places());
  }

  /**
   * Records a village's public contact: the local complaint telephone and where its notice board
   * stands. Writable by the village's officer, its township's officer and the district admin.
   *
   * @param id the village's id
   * @param body {@code {"complaintPhone": "0632-7711234", "noticeBoardLocation": "村委会大院东墙"}}
   * @param security the caller
   * @return the contact as stored
   */
  @PUT
  @Path("villages/{id}/contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "村务公开联系方式 — record a village's public contact",
      description = "本村村级经办人、所属镇经办人或区管理员可写。")
  @Accepts(PlaceRequests.VillageContactRequest.class)
  @Answers(description = "村务公开联系方式 — the village's contact for notices")
  public RegionsResponse.ContactView recordContact(
      @PathParam("id") String id, JsonValue body, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    VillageId village = villageId(id);
    PlaceRequests.VillageContactRequest request = PlaceRequests.VillageContactRequest.read(body);
    VillageContact contact = request.contact();
    regions.recordContact(actor, village, contact);
    return RegionsResponse.ContactView.of(contact);
  }

  private static VillageId villageId(String id) {
    try {
      long value = Long.parseLong(id);
      if (value > 0) {
        return new VillageId(value);
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the 404 below
    }
    throw new UnknownResourceException("village", id);
  }
}

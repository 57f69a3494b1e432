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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.account.LoginPages;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.TooManyRequestsException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.Complaint;
import org.sunshineledger.supervision.ComplaintCategory;
import org.sunshineledger.supervision.TrackingCode;

/**
 * Complaints from anyone ({@code /complaints}): the form, anonymous allowed, working without
 * script; the page of a complaint found by its tracking code ({@code /complaints/{code}}), with its
 * status and the public answer; and the way to it from a code typed in. No sign-in; the hotline
 * 12317 is printed beside.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ComplaintPages extends SignedInForms {
  /** A form's fields by the rule that refuses them. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "supervision.complaint-account", "account",
          "supervision.complaint-contact", "contact",
          "supervision.complaint-place", "place");

  @Inject ComplaintService service;
  @Inject ComplaintQueries queries;
  @Inject RegionService regions;

  /**
   * The complaint form, and the box to follow one by its code.
   *
   * @return the page
   */
  @GET
  @Path("complaints")
  @Operation(hidden = true)
  public Response form() {
    PageContext page = page("/complaints");
    return form("supervision/complaint", page, null, Map.of(), model(), 200);
  }

  /**
   * Files a complaint, as the form sends it.
   *
   * @param form the place, the category, what happened and the optional contact
   * @return the complaint's page with its tracking code, or the form with its errors
   */
  @POST
  @Path("complaints")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response file(MultivaluedMap<String, String> form) {
    PageContext page = page("/complaints");
    FormInput in = input(form, page);
    if (LoginPages.fromAnotherSite(headers.getHeaderString("Origin"), uri.getBaseUri())) {
      // an anonymous form has no session token: another site's page may not file in a visitor's
      // name, nor use up their address's allowance
      in.refuse(FormErrors.FORM, "complaint.foreign");
      return form("supervision/complaint", page, in, Map.of(), model(), 403);
    }
    District district = regions.places().district();
    Place place = place(in, district);
    ComplaintCategory category = in.choice("category", ComplaintCategory.class);
    String account = in.optionalText("account", Complaint.MAX_ACCOUNT + 200);
    String contact = in.optionalText("contact", Complaint.MAX_CONTACT + 50);
    // every field's error at once: the account's and the contact's rules with the others
    for (Runnable rule :
        List.<Runnable>of(() -> Complaint.account(account), () -> Complaint.contact(contact))) {
      try {
        rule.run();
      } catch (DomainException refused) {
        in.refusedBy(refused, FIELDS);
      }
    }
    int status = 400;
    if (in.valid()) {
      try {
        ComplaintService.Filed filed =
            service.file(
                place.township(),
                place.village(),
                category,
                account,
                contact,
                request.getRemoteAddr(),
                Instant.now());
        return seeOther("/complaints/" + filed.code() + "?filed=1");
      } catch (DomainException refused) {
        in.refusedBy(refused, FIELDS);
        status = 422;
      } catch (TooManyRequestsException busy) {
        in.refuse(FormErrors.FORM, "complaint.busy", ComplaintService.PER_ADDRESS);
        return Response.fromResponse(
                form("supervision/complaint", page, in, Map.of(), model(), 429))
            .header("Retry-After", busy.retryAfterSeconds())
            .build();
      }
    }
    return form("supervision/complaint", page, in, Map.of(), model(), status);
  }

  /**
   * Goes to the complaint of a code typed in the box.
   *
   * @param code the code as typed
   * @return the complaint's page, or the form with the error beside the box
   */
  @GET
  @Path("complaints/track")
  @Operation(hidden = true)
  public Response track(@QueryParam("code") String code) {
    Optional<String> canonical = TrackingCode.printed(code);
    if (canonical.isPresent()) {
      return seeOther("/complaints/" + canonical.get());
    }
    PageContext page = page("/complaints");
    Map<String, Object> model = model();
    model.put(
        "trackErrors", Map.of("code", PageRenderer.message(page.language(), "complaint.noCode")));
    return form(
        "supervision/complaint", page, null, Map.of("code", code == null ? "" : code), model, 400);
  }

  /**
   * A complaint's page: its status and the public answer.
   *
   * @param code the tracking code
   * @param filed set just after filing, to print the code to keep
   * @return the page, or 404 when the code opens no complaint
   */
  @GET
  @Path("complaints/{code}")
  @Operation(hidden = true)
  public Response complaint(@PathParam("code") String code, @QueryParam("filed") String filed) {
    PageContext page = page("/complaints");
    Optional<ComplaintQueries.Tracked> tracked = queries.track(code, page.language());
    if (tracked.isEmpty()) {
      Map<String, Object> model = model();
      model.put(
          "trackErrors",
          Map.of("code", PageRenderer.message(page.language(), "complaint.unknown")));
      return form("supervision/complaint", page, null, Map.of(), model, 404);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("complaint", tracked.get());
    model.put("code", TrackingCode.printed(code).orElseThrow());
    model.put("filed", filed != null);
    return Response.fromResponse(render("supervision/tracked", page, model))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  private Map<String, Object> model() {
    District district = regions.places().district();
    Map<String, Object> model = new HashMap<>();
    model.put("townships", district.townships());
    model.put("villages", district.villages());
    model.put("categories", List.of(ComplaintCategory.values()));
    model.put("maxAccount", Complaint.MAX_ACCOUNT);
    model.put("minAccount", Complaint.MIN_ACCOUNT);
    model.put("trackErrors", Map.of());
    return model;
  }

  /** The place field: {@code t<id>} for a township as a whole, {@code v<id>} for a village. */
  private static Place place(FormInput in, District district) {
    String value = in.raw("place");
    if (value == null) {
      return in.refuse("place", "form.choose");
    }
    try {
      long id = Long.parseLong(value.substring(1));
      if (value.startsWith("t") && district.township(new TownshipId(id)).isPresent()) {
        return new Place(new TownshipId(id), Optional.empty());
      }
      if (value.startsWith("v")) {
        Optional<Village> village = district.village(new VillageId(id));
        if (village.isPresent()) {
          return new Place(village.get().township(), Optional.of(village.get().id()));
        }
      }
    } catch (NumberFormatException | IndexOutOfBoundsException bad) {
      // not a place of the form: refused below
    }
    return in.refuse("place", "form.choose");
  }

  private record Place(TownshipId township, Optional<VillageId> village) {}
}

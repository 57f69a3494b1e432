package org.sunshineledger.portal.village;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.page.LocalizedPages;

/**
 * The village finder: a plain form (no script needed) that takes part of a village's name, its
 * pinyin or its initials, and leads to the village's page — at once when only one village matches.
 */
@Path("/villages")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class VillageFinder extends LocalizedPages {
  @Inject PlaceNames names;
  @Inject org.sunshineledger.portal.place.RegionService regions;

  /**
   * Finds villages.
   *
   * @param q what was typed
   * @return the village's page when one matches, else the list of matches
   */
  @GET
  @Operation(hidden = true)
  public Response find(@QueryParam("q") String q) {
    List<PlaceNames.Entry> found = names.find(q);
    if (found.size() == 1) {
      return Response.seeOther(
              URI.create(
                  uri.getBaseUri().getRawPath().replaceAll("/$", "")
                      + "/villages/"
                      + found.get(0).village().id().value()))
          .build();
    }
    Map<String, Object> model = new HashMap<>();
    model.put("q", q == null ? "" : q.strip());
    model.put("found", found);
    model.put("district", regions.places().district());
    return render("village/find", page("/villages"), model);
  }
}

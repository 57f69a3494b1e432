package org.sunshineledger.portal.place;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.region.District;
import org.sunshineledger.region.VillageDesignation;

/** The public pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class LandingPages {
  @Inject PageRenderer renderer;
  @Inject RegionService regions;

  /** The figures by language, kept for a minute: a visit does not read the whole district. */
  private static final org.sunshineledger.portal.shared.KeptUntilWrite KEPT =
      new org.sunshineledger.portal.shared.KeptUntilWrite(1, 4);

  /** The order the rooms' figures are read in, by their keys' beginnings. */
  private static final java.util.List<String> FIGURE_ORDER =
      java.util.List.of(
          "figure.fundsYear",
          "figure.disbursed",
          "figure.stage.",
          "figure.lifted",
          "figure.notices",
          "figure.overdue",
          "figure.needs");

  @Inject @jakarta.enterprise.inject.Any
  jakarta.enterprise.inject.Instance<org.sunshineledger.portal.shared.DistrictFigures> rooms;

  /**
   * The landing page: 峄城区, its townships and villages with their designations.
   *
   * @param lang the language chosen with the switch, or null
   * @param cookie the language chosen earlier, or null
   * @param headers the request's headers, for Accept-Language
   * @param uri the request's address
   * @return the page
   */
  @GET
  @Operation(summary = "首页 — the landing page (HTML)", hidden = true)
  public Response landing(
      @QueryParam(Pages.LANG) String lang,
      @CookieParam(Pages.LANG) String cookie,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    PageContext page = Pages.context(lang, cookie, headers, uri, "/");
    Places places = regions.places();
    District district = places.district();
    java.util.List<Map<String, String>> figures =
        KEPT.get(page.language(), () -> figures(page.language()));
    Map<String, Object> model =
        Map.of(
            "figures",
            figures,
            "district",
            district,
            "places",
            places,
            "keySupportCount",
            district.villagesDesignated(VillageDesignation.KEY_SUPPORT).size(),
            "focusCount",
            district.focusTownships().size(),
            "keySupport",
            VillageDesignation.KEY_SUPPORT);
    return Pages.withLanguageCookie(
        Response.ok(renderer.render("place/landing", page, model)), lang, page);
  }

  /**
   * The rooms' figures of the district in a language, the money first. They read the whole
   * district, so the landing page keeps them for a minute rather than reading it on every visit.
   */
  private java.util.List<Map<String, String>> figures(
      org.sunshineledger.portal.page.Language language) {
    java.util.List<org.sunshineledger.portal.shared.DistrictFigures.Figure> all =
        new java.util.ArrayList<>();
    rooms.forEach(room -> all.addAll(room.figures()));
    // money first, then the projects, the households, the notices and the board
    all.sort(
        java.util.Comparator.comparingInt(
            f -> {
              for (int i = 0; i < FIGURE_ORDER.size(); i++) {
                if (f.key().startsWith(FIGURE_ORDER.get(i))) {
                  return i;
                }
              }
              return FIGURE_ORDER.size();
            }));
    java.util.List<Map<String, String>> figures = new java.util.ArrayList<>();
    for (var figure : all) {
      figures.add(
          Map.of(
              "text",
              PageRenderer.message(language, figure.key(), figure.arguments().toArray()),
              "href",
              figure.href() == null ? "" : figure.href()));
    }
    return java.util.List.copyOf(figures);
  }
}

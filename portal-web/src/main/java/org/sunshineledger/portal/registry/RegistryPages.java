package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
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
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.ActorPrincipal;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.portal.shared.PageRequest;

/**
 * The registry's pages for signed-in officials: the households of their scope, a household with its
 * timeline, the early-warning dashboard, and the import page with its dry-run report. A reader who
 * is not signed in is sent to the sign-in page; a household outside the official's scope is refused
 * (403).
 */
@Path("/registry")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class RegistryPages {
  @Inject PageRenderer renderer;
  @Inject RegistryQueries queries;
  @Inject org.sunshineledger.portal.place.RegionService regions;

  @Context HttpServletRequest request;
  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * The households of the official's scope.
   *
   * @param page the page number
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Operation(hidden = true)
  public Response households(
      @QueryParam("page") String page,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    return signedIn(
        "/registry",
        lang,
        cookie,
        (actor, context) -> {
          Map<String, Object> model = new HashMap<>();
          model.put(
              "result",
              queries.households(
                  actor,
                  null,
                  null,
                  PageRequest.of(Params.optionalInt("page", page, 1, 100_000), 50)));
          return renderer.render("registry/registry", context, model);
        });
  }

  /**
   * One household with its timeline.
   *
   * @param id the household
   * @param done the step just recorded by one of its forms
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Path("households/{id}")
  @Operation(hidden = true)
  public Response household(
      @PathParam("id") String id,
      @QueryParam("done") String done,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    long household = Params.pathId("household", id);
    return signedIn(
        "/registry/households/" + household,
        lang,
        cookie,
        (actor, context) -> {
          Map<String, Object> model =
              RegistryForms.model(queries.household(actor, household), actor, regions, queries);
          model.put("done", done != null && done.matches("[a-zA-Z]{1,20}") ? done : null);
          model.put("values", Map.of());
          model.put("errors", Map.of());
          return renderer.render("registry/household", context, model);
        });
  }

  /**
   * The early-warning dashboard.
   *
   * @param year the income year
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page
   */
  @GET
  @Path("warnings")
  @Operation(hidden = true)
  public Response warnings(
      @QueryParam("year") String year,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie) {
    Integer chosen = Params.optionalInt("year", year, 2018, 2021);
    int y = chosen == null ? RegistryQueries.DEFAULT_WARNING_YEAR : chosen;
    return signedIn(
        "/registry/warnings",
        lang,
        cookie,
        (actor, context) ->
            renderer.render(
                "registry/warnings",
                context,
                Map.of("warnings", queries.earlyWarnings(actor, Year.of(y)), "year", y)));
  }

  /**
   * The import page, now the registry's list among the others.
   *
   * @return a redirect to it
   */
  @GET
  @Path("import")
  @Operation(hidden = true)
  public Response importForm() {
    return Response.seeOther(uri.getBaseUriBuilder().path("imports/registry").build()).build();
  }

  /**
   * An import's report or progress, at its address of before.
   *
   * @param id the job
   * @return a redirect to it
   */
  @GET
  @Path("imports/{id}")
  @Operation(hidden = true)
  public Response importJob(@PathParam("id") String id) {
    return Response.seeOther(uri.getBaseUriBuilder().path("imports/jobs").path(id).build()).build();
  }

  private interface Page {
    String render(Actor actor, PageContext context);
  }

  private Response signedIn(String path, String lang, String cookie, Page page) {
    if (!(security.getUserPrincipal() instanceof ActorPrincipal principal)) {
      return SignedInSession.signInFirst(uri, path);
    }
    String csrf = SignedInSession.token(request);
    PageContext context =
        Pages.context(lang, cookie, headers, uri, path).signedIn(principal.getName(), csrf);
    return Pages.withLanguageCookie(
        Response.ok(page.render(principal.actor(), context)), lang, context);
  }
}

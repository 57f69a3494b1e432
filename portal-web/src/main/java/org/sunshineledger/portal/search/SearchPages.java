package org.sunshineledger.portal.search;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.search.ProjectQuery;
import org.sunshineledger.search.ResultPage;

/**
 * The project search page: a plain form that works without script (and suggests names with it),
 * facet filters with their counts, highlighted results and paging.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SearchPages {
  private static final List<String> FILTERS =
      List.of("township", "village", "type", "status", "year", "source");

  @Inject PageRenderer renderer;
  @Inject ProjectSearchService search;

  /**
   * A facet value as a link that adds (or, when chosen, removes) its filter.
   *
   * @param value the value
   * @param label what to show
   * @param count how many results have it
   * @param chosen whether it is the current filter
   * @param href the link
   */
  public record FacetLink(String value, String label, long count, boolean chosen, String href) {}

  /**
   * The search page.
   *
   * @param q the text
   * @param township a township
   * @param village a village
   * @param type a type
   * @param status a stage
   * @param year a year
   * @param source a source
   * @param sort the order
   * @param cursor the page's cursor
   * @param lang the language switch
   * @param cookie the language chosen before
   * @param headers the request's headers
   * @param uri the request's address
   * @return the page
   */
  @GET
  @Operation(hidden = true)
  public Response page(
      @QueryParam("q") String q,
      @QueryParam("township") String township,
      @QueryParam("village") String village,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("year") String year,
      @QueryParam("source") String source,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("lang") String lang,
      @CookieParam("lang") String cookie,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    PageContext page = Pages.context(lang, cookie, headers, uri, "/search");
    ProjectQuery query =
        new ProjectSearchParameters(
                q, township, village, type, status, year, source, null, null, sort, cursor, "10")
            .toQuery();
    ResultPage result = search.search(query);
    Map<String, String> current = new LinkedHashMap<>();
    put(current, "q", query.text());
    put(current, "township", township);
    put(current, "village", village);
    put(current, "type", type);
    put(current, "status", status);
    put(current, "year", year);
    put(current, "source", source);
    put(current, "sort", sort);
    Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
    for (String dim : FILTERS) {
      List<FacetLink> links = new ArrayList<>();
      for (ResultPage.FacetCount count : result.facets().getOrDefault(dim, List.of())) {
        boolean chosen = count.value().equals(current.get(dim));
        Map<String, String> next = new LinkedHashMap<>(current);
        if (chosen) {
          next.remove(dim);
        } else {
          next.put(dim, count.value());
        }
        links.add(
            new FacetLink(
                count.value(),
                label(page, dim, count.value()),
                count.count(),
                chosen,
                page.href("/search" + query(next))));
      }
      facets.put(dim, links);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("q", query.text());
    model.put("result", result);
    model.put("facets", facets);
    model.put("labels", typeAndStatusLabels(page, result));
    if (result.nextCursor() != null) {
      Map<String, String> next = new LinkedHashMap<>(current);
      next.put("cursor", result.nextCursor());
      model.put("nextHref", page.href("/search" + query(next)));
    }
    model.put("from", query.offset() + 1);
    return Pages.withLanguageCookie(
        Response.ok(renderer.render("search/search", page, model)), lang, page);
  }

  private static Map<String, String> typeAndStatusLabels(PageContext page, ResultPage result) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (ResultPage.Hit hit : result.hits()) {
      labels.put("type." + hit.type(), PageRenderer.message(page.language(), "type." + hit.type()));
      labels.put(
          "stage." + hit.status(), PageRenderer.message(page.language(), "stage." + hit.status()));
    }
    return labels;
  }

  private static String label(PageContext page, String dim, String value) {
    return switch (dim) {
      case "type" -> PageRenderer.message(page.language(), "type." + value);
      case "status" -> PageRenderer.message(page.language(), "stage." + value);
      case "source" -> PageRenderer.message(page.language(), "source." + value);
      default -> value;
    };
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value.strip());
    }
  }

  private static String query(Map<String, String> parameters) {
    StringBuilder query = new StringBuilder();
    parameters.forEach(
        (k, v) ->
            query
                .append(query.length() == 0 ? "?" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return query.toString();
  }
}

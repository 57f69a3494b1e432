package org.sunshineledger.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a project search: the hits with highlighted snippets, the exact total, the facet
 * counts over the whole result (each facet counted as if its own filter were not applied, so a
 * chosen township still shows the others), and the cursor of the next page.
 *
 * @param hits the hits
 * @param total how many projects match
 * @param facets counts per facet (township, village, type, status, year, source)
 * @param nextCursor the cursor of the next page, or null on the last
 */
public record ResultPage(
    List<Hit> hits, long total, Map<String, List<FacetCount>> facets, String nextCursor) {
  /** Freezes the page. */
  public ResultPage {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /**
   * One hit.
   *
   * @param id the project's id
   * @param name its name
   * @param township its township
   * @param type its type
   * @param status its stage
   * @param year its plan year
   * @param totalFen its assigned amount
   * @param nameHighlight the name with the matches in {@code <mark>}, HTML-escaped
   * @param snippet a stretch of the description around the first match, HTML-escaped, marked
   */
  public record Hit(
      long id,
      String name,
      String township,
      String type,
      String status,
      int year,
      long totalFen,
      String nameHighlight,
      String snippet) {}

  /**
   * A facet value and how many results have it.
   *
   * @param value the value
   * @param count the count
   */
  public record FacetCount(String value, long count) {}
}

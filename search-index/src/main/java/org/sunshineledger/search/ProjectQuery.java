package org.sunshineledger.search;

import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/**
 * A search of projects: text that must occur in the name or description (any 1+ characters, as SQL
 * {@code LIKE '%text%'} would find it, case-insensitively), filters, a sort and a page.
 *
 * @param text the text, or empty for every project
 * @param township a leading township, or null
 * @param village a village served, or null
 * @param type a type, or null
 * @param status a stage, or null
 * @param year a plan year, or null
 * @param source a fund source, or null
 * @param minFen the smallest assigned amount, or null
 * @param maxFen the largest assigned amount, or null
 * @param sort the order of the hits
 * @param offset how many hits to skip (from the cursor)
 * @param size how many hits to return, 1 to 100
 */
public record ProjectQuery(
    String text,
    String township,
    String village,
    String type,
    String status,
    Integer year,
    String source,
    Long minFen,
    Long maxFen,
    Sort sort,
    int offset,
    int size) {
  /** The order of the hits. */
  public enum Sort {
    /** Best match first; without text, newest first. */
    RELEVANCE,
    /** Largest amount first. */
    AMOUNT,
    /** Most recently changed first. */
    DATE
  }

  /** Validates the query. */
  public ProjectQuery {
    text = text == null ? "" : text.strip();
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (size < 1 || size > 100 || offset < 0 || offset > 10_000) {
      throw new DomainException(
          "search.page",
          "size is 1 to 100 and the cursor at most 10000",
          Map.of("field", "size", "size", size, "offset", offset));
    }
    if (text.length() > 100) {
      throw new DomainException(
          "search.text", "the text has at most 100 characters", Map.of("field", "q"));
    }
    if (minFen != null && maxFen != null && minFen > maxFen) {
      throw new DomainException(
          "search.range", "minAmount is above maxAmount", Map.of("field", "minAmount"));
    }
  }

  /**
   * A text search of the first page, best match first.
   *
   * @param text the text
   * @return the query
   */
  public static ProjectQuery text(String text) {
    return new ProjectQuery(
        text, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10);
  }

  /**
   * The same query filtered to a township.
   *
   * @param name the township
   * @return the query
   */
  public ProjectQuery inTownship(String name) {
    return new ProjectQuery(
        text, name, village, type, status, year, source, minFen, maxFen, sort, offset, size);
  }
}

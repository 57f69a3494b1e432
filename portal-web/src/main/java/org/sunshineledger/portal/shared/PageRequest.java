package org.sunshineledger.portal.shared;

import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/**
 * Which page of a list is asked for.
 *
 * @param page the page number, from 1
 * @param size the page size, at least 1
 */
public record PageRequest(int page, int size) {
  /** Every row at once, for exports. */
  public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

  /** Validates the numbers. */
  public PageRequest {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
  }

  /**
   * Validates a request from a query string.
   *
   * @param page the page, null for 1
   * @param size the size, null for 20
   * @return the request
   * @throws DomainException {@code paging} naming the parameter when out of range
   */
  public static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 1 : page;
    int s = size == null ? 20 : size;
    if (p < 1 || p > 1_000_000) {
      throw new DomainException(
          "paging", "page is between 1 and 1000000", Map.of("field", "page", "page", p));
    }
    if (s < 1 || s > Page.MAX_SIZE) {
      throw new DomainException(
          "paging", "size is between 1 and " + Page.MAX_SIZE, Map.of("field", "size", "size", s));
    }
    return new PageRequest(p, s);
  }

  /**
   * The position of the page's first item in the whole list, for a query's first result.
   *
   * @return the offset, at most {@link Integer#MAX_VALUE}
   */
  public int firstResult() {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
  }
}

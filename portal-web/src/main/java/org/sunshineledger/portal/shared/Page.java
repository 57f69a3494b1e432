package org.sunshineledger.portal.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param total how many items the whole list has
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  /** The largest page size served. */
  public static final int MAX_SIZE = 200;

  /** Freezes the items. */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * Pages an in-memory list.
   *
   * @param all the whole list
   * @param request the page asked for
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    long start = (long) (request.page() - 1) * request.size();
    int from = (int) Math.min(all.size(), start);
    int to = (int) Math.min(all.size(), (long) from + request.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }

  /**
   * The same page with its items mapped.
   *
   * @param mapper the mapping
   * @param <R> the new item type
   * @return the page
   */
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}

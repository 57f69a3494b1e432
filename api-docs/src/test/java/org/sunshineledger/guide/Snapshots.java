package org.sunshineledger.guide;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The guide's in-memory storage every in-memory port implementation shares. */
// tag::snapshots[]
final class Snapshots<K, A> {
  private final Map<K, A> stored = new ConcurrentHashMap<>();
  private final AtomicLong lastId = new AtomicLong();
  private final Function<A, K> key;
  private final UnaryOperator<A> copy; // via the aggregate's restore(...)
  private final Comparator<A> order;

  Snapshots(Function<A, K> key, UnaryOperator<A> copy, Comparator<A> order) {
    this.key = key;
    this.copy = copy;
    this.order = order;
  }

  long nextId() {
    return lastId.incrementAndGet();
  }

  Optional<A> find(K id) {
    return Optional.ofNullable(stored.get(id)).map(copy);
  }

  List<A> where(Predicate<A> condition) {
    return stored.values().stream().filter(condition).sorted(order).map(copy).toList();
  }

  void save(A aggregate) {
    stored.put(key.apply(aggregate), copy.apply(aggregate)); // later changes need another save
  }
}
// end::snapshots[]

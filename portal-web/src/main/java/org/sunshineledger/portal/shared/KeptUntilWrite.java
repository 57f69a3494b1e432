package org.sunshineledger.portal.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Results of expensive reads, kept until a write forgets them or they grow old. One computation
 * runs at a time: many requests arriving together for a result nobody has yet wait for the first
 * instead of each reading the whole district (which, under load, exhausted the heap).
 */
public final class KeptUntilWrite {
  private record Kept(Object value, long computedAt) {}

  private final long maxAgeNanos;
  private final int capacity;
  private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
  private final Object computing = new Object();

  /**
   * Counts the forgettings: a result computed across one is not kept, as it may predate a write.
   */
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param maxAgeMinutes how long a result is served at most
   * @param capacity how many keys are kept; past it, all are forgotten
   */
  public KeptUntilWrite(long maxAgeMinutes, int capacity) {
    this.maxAgeNanos = TimeUnit.MINUTES.toNanos(maxAgeMinutes);
    this.capacity = capacity;
  }

  /**
   * The kept result for the key, or the one computed now.
   *
   * @param key what is asked for
   * @param compute computes it
   * @param <T> the result's type
   * @return the result
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    Kept known = fresh(key);
    if (known != null) {
      return (T) known.value();
    }
    synchronized (computing) {
      known = fresh(key);
      if (known != null) {
        return (T) known.value();
      }
      long before = generation.get();
      T computed = compute.get();
      if (kept.size() >= capacity) {
        kept.clear();
      }
      if (generation.get() == before) {
        kept.put(key, new Kept(computed, System.nanoTime()));
      }
      return computed;
    }
  }

  private Kept fresh(Object key) {
    Kept known = kept.get(key);
    return known != null && System.nanoTime() - known.computedAt() < maxAgeNanos ? known : null;
  }

  /** Forgets every result. */
  public void forget() {
    generation.incrementAndGet();
    kept.clear();
  }
}

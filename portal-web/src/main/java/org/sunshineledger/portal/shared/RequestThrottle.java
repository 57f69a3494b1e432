package org.sunshineledger.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key (an address and an action) in a sliding window, so that anonymous writes
 * such as objections cannot flood the publisher. Kept in memory: a restart forgets the counts.
 */
@ApplicationScoped
public class RequestThrottle {
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();

  /**
   * Counts one request, or refuses it when the key used up its allowance.
   *
   * @param key who and what, for example {@code objection:203.0.113.9}
   * @param allowed requests allowed in the window
   * @param window the window
   * @throws TooManyRequestsException naming when to try again
   */
  public void acquire(String key, int allowed, Duration window) {
    requireBelow(key, allowed, window);
    record(key);
  }

  /**
   * Refuses when the key has used up its allowance, without counting this request (for counting
   * only failures, as of sign-ins).
   *
   * @param key who and what
   * @param allowed events allowed in the window
   * @param window the window
   * @throws TooManyRequestsException naming when to try again
   */
  public void requireBelow(String key, int allowed, Duration window) {
    long horizon = System.nanoTime() - window.toNanos();
    Deque<Long> times = hits.get(key);
    if (times == null) {
      return;
    }
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() < horizon) {
        times.pollFirst();
      }
      if (times.size() >= allowed) {
        long wait = Duration.ofNanos(times.peekFirst() - horizon).toSeconds() + 1;
        throw new TooManyRequestsException(
            "too many requests: "
                + allowed
                + " are allowed per "
                + window.toMinutes()
                + " minutes; try again in "
                + wait
                + " s",
            wait);
      }
    }
  }

  /**
   * Counts one event of a key.
   *
   * @param key who and what
   */
  public void record(String key) {
    if (hits.size() > MAX_KEYS) {
      long horizon = System.nanoTime() - Duration.ofHours(1).toNanos();
      hits.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast() < horizon);
    }
    Deque<Long> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(System.nanoTime());
    }
  }
}

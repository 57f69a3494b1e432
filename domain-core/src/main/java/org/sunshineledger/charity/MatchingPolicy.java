package org.sunshineledger.charity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/**
 * Unified matching (统一调配): pooled donations assigned in one batch to open needs.
 *
 * <p>Needs are served by category in order of urgency, then deadline, then waiting time, then
 * focus-area priority (§4), then id; partial fulfilment is allowed. Donations restricted to a
 * township are used first, so that unrestricted money is left for needs they cannot reach. Equity
 * bound: while other villages still wait in a category, no village receives more than {@code
 * villageShare} of what the batch assigns in that category; only when every waiting need belongs to
 * a village at its bound is the bound lifted.
 *
 * <p>Cost: one sort of the needs and of the donations, then a linear pass per category and township
 * — near-linear in their numbers. The same input always gives the same assignments.
 *
 * @param villageShare the largest share of a category's batch one village may take while others
 *     wait, above 0 and at most 1
 */
public record MatchingPolicy(BigDecimal villageShare) {
  /** The demo district's bound: no village takes more than 30 % of a category while others wait. */
  public static final MatchingPolicy DEMO = new MatchingPolicy(new BigDecimal("0.30"));

  /**
   * Validates the bound.
   *
   * @param villageShare the largest share of a category's batch one village may take while others
   *     wait, above 0 and at most 1
   */
  public MatchingPolicy {
    if (villageShare == null
        || villageShare.signum() <= 0
        || villageShare.compareTo(BigDecimal.ONE) > 0) {
      throw new DomainException(
          "charity.matching-share",
          "the village share is above 0 and at most 1",
          Map.of("villageShare", String.valueOf(villageShare)));
    }
  }

  /** The order needs are served in. */
  static final Comparator<OpenNeed> PRIORITY =
      Comparator.comparingInt(OpenNeed::urgency)
          .reversed()
          .thenComparing(OpenNeed::deadline)
          .thenComparing(OpenNeed::postedAt)
          .thenComparing(n -> !n.focusArea())
          .thenComparingLong(OpenNeed::id);

  /** Restricted donations first, then the oldest, then by id. */
  static final Comparator<PooledDonation> USE_ORDER =
      Comparator.comparing((PooledDonation d) -> d.township() == null)
          .thenComparing(PooledDonation::receivedAt)
          .thenComparingLong(PooledDonation::id);

  /**
   * Matches a batch.
   *
   * @param needs the open needs
   * @param donations the pooled donations
   * @param today the day of the batch, for the reasons
   * @return the assignments, in the order they were made
   */
  public List<Assignment> match(
      List<OpenNeed> needs, List<PooledDonation> donations, LocalDate today) {
    Map<NeedCategory, List<OpenNeed>> needsByCategory = new HashMap<>();
    for (OpenNeed need : needs) {
      needsByCategory.computeIfAbsent(need.category(), c -> new ArrayList<>()).add(need);
    }
    Map<NeedCategory, List<PooledDonation>> donationsByCategory = new HashMap<>();
    for (PooledDonation donation : donations) {
      donationsByCategory
          .computeIfAbsent(donation.category(), c -> new ArrayList<>())
          .add(donation);
    }
    List<Assignment> assignments = new ArrayList<>();
    for (NeedCategory category : NeedCategory.values()) {
      List<OpenNeed> waiting = needsByCategory.getOrDefault(category, List.of());
      List<PooledDonation> pool = donationsByCategory.getOrDefault(category, List.of());
      if (!waiting.isEmpty() && !pool.isEmpty()) {
        new CategoryBatch(this, waiting, pool, today).run(assignments);
      }
    }
    return assignments;
  }

  /** The bound of one village in a category batch of the given supply. */
  long villageCap(long supply) {
    return Math.max(1, villageShare.multiply(BigDecimal.valueOf(supply)).longValue());
  }
}

package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.charity.Need;

/**
 * Needs unmet by their deadline (需求逾期未满足, §14): a need verified by the township and on the board
 * whose units are still not all received some days after the day it was needed by — the winter
 * quilts of 过暖冬过好年 after the new year. The district's default grace is none. A need still waiting
 * for verification, closed or cancelled never fires.
 *
 * @param graceDays how many days past its deadline a need may stay short, zero or more
 */
public record NeedDeadlinePolicy(int graceDays) {
  /** Rule code. */
  public static final String RULE = "supervision.need-unmet";

  /** The district's default: no grace past the deadline. */
  public static final NeedDeadlinePolicy DISTRICT = new NeedDeadlinePolicy(0);

  /**
   * Validates the grace.
   *
   * @param graceDays the days of grace, not negative
   */
  public NeedDeadlinePolicy {
    if (graceDays < 0) {
      throw new IllegalArgumentException(
          "a need's grace is zero or more days (graceDays): " + graceDays);
    }
  }

  /**
   * A verified need with units not received more than {@link #graceDays} after its deadline. The
   * days late count from the deadline itself.
   *
   * @param need the need as it stands
   * @param today the day of the check
   * @return the finding at the need's village, or empty when not verified, received in full,
   *     closed, cancelled, or not yet overdue
   */
  public Optional<Finding> check(Need need, LocalDate today) {
    if (need.state() != Need.State.VERIFIED
        || need.received() >= need.requested()
        || !today.isAfter(need.deadline().plusDays(graceDays))) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("need", need.id());
    figures.put("item", need.item());
    figures.put("requested", need.requested());
    figures.put("received", need.received());
    figures.put("deadline", need.deadline());
    figures.put("daysLate", Supervision.daysLate(need.deadline(), today));
    return Optional.of(
        new Finding(
            RULE,
            "need:" + need.id(),
            Optional.of(need.township()),
            Optional.of(need.village()),
            figures));
  }
}

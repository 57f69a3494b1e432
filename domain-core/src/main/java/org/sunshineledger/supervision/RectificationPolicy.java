package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * How long a confirmed problem may take to put right (整改时限, §21), and how long a deadline may be
 * set at most. The district's default is three months, the length of the rectification season
 * (问题整改落实季, the second quarter); a longer one needs a reason the auditors see in the history.
 *
 * @param standard the deadline given when the official names none
 * @param longest the latest deadline an official may set
 */
public record RectificationPolicy(Period standard, Period longest) {
  /** Three months by default, a year at most. */
  public static final RectificationPolicy DISTRICT =
      new RectificationPolicy(Period.ofMonths(3), Period.ofYears(1));

  /**
   * Validates the periods.
   *
   * @param standard the default deadline
   * @param longest the latest deadline allowed
   * @throws IllegalArgumentException when a period is not positive or the default is the longer
   */
  public RectificationPolicy {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(longest, "longest");
    LocalDate origin = LocalDate.of(2019, 1, 1);
    if (!origin.plus(standard).isAfter(origin)
        || origin.plus(standard).isAfter(origin.plus(longest))) {
      throw new IllegalArgumentException(
          "the default deadline is positive and not past the longest: "
              + standard
              + ", "
              + longest);
    }
  }

  /**
   * The deadline of a rectification started on a day.
   *
   * @param startedOn the day rectification starts
   * @param asked the deadline the official asks for, or null for the default
   * @return the deadline
   * @throws DomainException {@code supervision.deadline} when the asked deadline is not after the
   *     start or past the longest allowed
   */
  public LocalDate deadline(LocalDate startedOn, LocalDate asked) {
    if (asked == null) {
      return startedOn.plus(standard);
    }
    LocalDate latest = startedOn.plus(longest);
    if (!asked.isAfter(startedOn) || asked.isAfter(latest)) {
      throw new DomainException(
          "supervision.deadline",
          "a rectification started on "
              + startedOn
              + " ends after it and by "
              + latest
              + ", not "
              + asked,
          Map.of("startedOn", startedOn, "asked", asked, "latest", latest));
    }
    return asked;
  }
}

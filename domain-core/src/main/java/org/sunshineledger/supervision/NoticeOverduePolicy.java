package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.disclosure.Obligation;

/**
 * Notices not published (应公开未公开, §5, §9, §21): a disclosure obligation (公开义务) still not met some
 * days after its due date. The due date already counts the working days the rules give; the
 * district's default grace is none. A notice published late is no longer a lead here: the notice
 * itself shows its date.
 *
 * @param graceDays how many days past its due date an obligation may stay unmet, zero or more
 */
public record NoticeOverduePolicy(int graceDays) {
  /** Rule code. */
  public static final String RULE = "supervision.notice-overdue";

  /** The district's default: no grace past the due date. */
  public static final NoticeOverduePolicy DISTRICT = new NoticeOverduePolicy(0);

  /**
   * Validates the grace.
   *
   * @param graceDays the days of grace, not negative
   */
  public NoticeOverduePolicy {
    if (graceDays < 0) {
      throw new IllegalArgumentException(
          "a notice's grace is zero or more days (graceDays): " + graceDays);
    }
  }

  /**
   * An obligation not yet published more than {@link #graceDays} after its due date. The days late
   * count from the due date itself.
   *
   * @param obligation the obligation
   * @param publishedOn the day a disclosure first met it, empty when none has
   * @param today the day of the check
   * @return the finding at the obligation's publisher's place, or empty when published or not yet
   *     overdue
   */
  public Optional<Finding> check(
      Obligation obligation, Optional<LocalDate> publishedOn, LocalDate today) {
    if (!obligation.overdue(today.minusDays(graceDays), publishedOn.orElse(null))) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("event", obligation.event().name());
    figures.put("disclosureKind", obligation.kind().name());
    figures.put("title", obligation.title());
    figures.put("eventDate", obligation.eventDate());
    figures.put("dueOn", obligation.dueDate());
    figures.put("daysLate", Supervision.daysLate(obligation.dueDate(), today));
    return Optional.of(
        new Finding(
            RULE,
            "notice:" + obligation.subject(),
            Optional.ofNullable(obligation.publisher().township()),
            Optional.ofNullable(obligation.publisher().village()),
            figures));
  }
}

package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.StageChange;

/**
 * Assets not handed over (资产未移交, §5, §17): a project accepted on completion (竣工验收) whose assets are
 * still not handed over to their owner and custodian some days later. Until the hand-over nobody
 * holds the asset's ownership, operation or income rights, and the households wait. The district's
 * default is thirty days, the month county rules gave for the hand-over.
 *
 * @param days how many days after the acceptance the hand-over may wait
 */
public record HandOverPolicy(int days) {
  /** Rule code. */
  public static final String RULE = "supervision.hand-over-overdue";

  /** The district's default: thirty days. */
  public static final HandOverPolicy DISTRICT = new HandOverPolicy(30);

  /**
   * Validates the days.
   *
   * @param days how many days the hand-over may wait, positive
   */
  public HandOverPolicy {
    if (days <= 0) {
      throw new IllegalArgumentException("the hand-over waits a positive number of days: " + days);
    }
  }

  /**
   * A project still at its completion's acceptance more than {@link #days} after it.
   *
   * @param project the project as it stands
   * @param today the day of the check
   * @return the finding, or empty when not accepted yet, handed over, or not yet overdue
   */
  public Optional<Finding> check(Project project, LocalDate today) {
    if (project.stage() != ProjectStage.COMPLETION_ACCEPTED) {
      return Optional.empty();
    }
    LocalDate accepted =
        project.history().stream()
            .filter(change -> change.to() == ProjectStage.COMPLETION_ACCEPTED)
            .map(StageChange::at)
            .reduce((first, second) -> second)
            .orElseThrow()
            .atZone(Supervision.DISTRICT_ZONE)
            .toLocalDate();
    LocalDate due = accepted.plusDays(days);
    if (!today.isAfter(due)) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("project", project.id().value());
    figures.put("acceptedOn", accepted);
    figures.put("dueOn", due);
    figures.put("daysLate", due.until(today, java.time.temporal.ChronoUnit.DAYS));
    return Optional.of(
        new Finding(
            RULE,
            "project:" + project.id().value(),
            Optional.of(project.plan().leadTownship()),
            Supervision.singleVillage(project),
            figures));
  }
}

package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.LedgerEntry;
import org.sunshineledger.project.Project;
import org.sunshineledger.region.VillageId;

/**
 * What the rules share: the district's clock, the village a project's finding goes to, and the day
 * an asset was handed over.
 */
final class Supervision {
  /** Days end in 峄城区, not in UTC: a deadline or an idle period counts the district's days. */
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private Supervision() {}

  /**
   * The village that answers for a project: its one village, else nobody below the township.
   *
   * @param project the project
   * @return the village of a project of one village
   */
  static Optional<VillageId> singleVillage(Project project) {
    return project.plan().villages().size() == 1
        ? Optional.of(project.plan().villages().get(0))
        : Optional.empty();
  }

  /**
   * The day, in the district, an asset was handed over, from its ledger.
   *
   * @param asset the asset
   * @return the day of its hand-over line, empty when it has none
   */
  static Optional<LocalDate> handedOverOn(Asset asset) {
    return asset.ledger().stream()
        .filter(entry -> entry.kind() == LedgerEntry.Kind.HANDED_OVER)
        .map(entry -> entry.at().atZone(DISTRICT_ZONE).toLocalDate())
        .reduce((first, second) -> second);
  }

  /**
   * The days from a due day to the day of the check.
   *
   * @param due the last day in time
   * @param today the day of the check
   * @return the days late, positive when today is after the due day
   */
  static long daysLate(LocalDate due, LocalDate today) {
    return due.until(today, ChronoUnit.DAYS);
  }
}

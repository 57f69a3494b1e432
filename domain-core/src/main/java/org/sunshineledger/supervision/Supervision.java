package org.sunshineledger.supervision;

import java.time.ZoneId;
import java.util.Optional;
import org.sunshineledger.project.Project;
import org.sunshineledger.region.VillageId;

/** What the rules share: the district's clock, and the village a project's finding goes to. */
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
}

package org.sunshineledger.charity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * A verified need with units still to be pledged, as unified matching sees it.
 *
 * @param id the need's id
 * @param village the beneficiary's village
 * @param township the village's township
 * @param category what is needed
 * @param remaining units still to be pledged (fen for cash)
 * @param urgency 1 (can wait) to 5 (urgent)
 * @param deadline when it is needed by
 * @param postedAt when it was posted, for waiting time
 * @param focusArea whether the village or township is a focus of §4
 */
public record OpenNeed(
    long id,
    VillageId village,
    TownshipId township,
    NeedCategory category,
    long remaining,
    int urgency,
    LocalDate deadline,
    Instant postedAt,
    boolean focusArea) {
  /**
   * Validates the need.
   *
   * @param id the need's id
   * @param village the beneficiary's village
   * @param township the village's township
   * @param category what is needed
   * @param remaining units still to be pledged (fen for cash)
   * @param urgency 1 (can wait) to 5 (urgent)
   * @param deadline when it is needed by
   * @param postedAt when it was posted, for waiting time
   * @param focusArea whether the village or township is a focus of §4
   */
  public OpenNeed {
    Objects.requireNonNull(village, "village");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(postedAt, "postedAt");
    if (remaining <= 0 || urgency < 1 || urgency > 5) {
      throw new DomainException(
          "charity.need-figures",
          "an open need has units remaining and an urgency of 1 to 5",
          Map.of("need", id, "remaining", remaining, "urgency", urgency));
    }
  }
}

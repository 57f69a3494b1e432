package org.sunshineledger.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One change of a household's status or markers, as recorded; never overwritten.
 *
 * @param from the status before (null when the household was identified)
 * @param to the status after
 * @param markers the markers after
 * @param reason why
 * @param by who recorded it
 * @param on when
 */
public record StatusChange(
    HouseholdStatus from,
    HouseholdStatus to,
    Set<Marker> markers,
    String reason,
    String by,
    LocalDate on) {
  /**
   * Validates the change.
   *
   * @param from the status before (null when the household was identified)
   * @param to the status after
   * @param markers the markers after
   * @param reason why
   * @param by who recorded it
   * @param on when
   */
  public StatusChange {
    Objects.requireNonNull(to, "to");
    markers = Set.copyOf(markers);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(on, "on");
  }
}

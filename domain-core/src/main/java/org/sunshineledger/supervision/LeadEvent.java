package org.sunshineledger.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a lead's history, never changed once written.
 *
 * @param from the status left, empty for the lead's opening
 * @param to the status entered
 * @param by the account that moved it, or the rule's code for a lead a pass opened
 * @param at when
 * @param note the reason, the rectification's plan or the evidence document, as the move asks
 * @param deadline the rectification's deadline, for the move into 整改中
 */
public record LeadEvent(
    Optional<LeadStatus> from,
    LeadStatus to,
    String by,
    Instant at,
    String note,
    Optional<LocalDate> deadline) {
  /**
   * Validates the line.
   *
   * @param from the status left
   * @param to the status entered
   * @param by who
   * @param at when
   * @param note the reason, plan or evidence
   * @param deadline the deadline, for 整改中 only
   */
  public LeadEvent {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isPresent() != (to == LeadStatus.RECTIFYING)) {
      throw new IllegalArgumentException("a deadline goes with the move into 整改中 only");
    }
  }
}

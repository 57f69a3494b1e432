package org.sunshineledger.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.kernel.DomainException;

/**
 * A problem lead in the rectification ledger (问题整改台账, §21): what a rule or a complaint found, where
 * it stands, and the history of every move, appended and never edited. The aggregate keeps who may
 * move it: auditors (纪检监察, 审计) check a lead and close it; the officials of its place record the
 * rectification; nobody else moves it, and nobody moves it backwards.
 *
 * <p>A lead under rectification past its deadline is overdue: it shows on the workbench of the
 * level above its place as well ({@link #overdueOn}).
 */
public final class Lead {
  private final LeadId id;
  private final Finding finding;
  private final List<LeadEvent> history;
  private LeadStatus status;
  private LocalDate deadline;

  private Lead(LeadId id, Finding finding, List<LeadEvent> history) {
    this.id = Objects.requireNonNull(id, "id");
    this.finding = Objects.requireNonNull(finding, "finding");
    if (history.isEmpty() || history.get(0).from().isPresent()) {
      throw new IllegalArgumentException("a lead's history starts with its opening: " + id);
    }
    this.history = new ArrayList<>(history);
    LeadEvent last = history.get(history.size() - 1);
    this.status = last.to();
    this.deadline =
        history.stream()
            .map(LeadEvent::deadline)
            .flatMap(Optional::stream)
            .reduce((first, second) -> second)
            .orElse(null);
  }

  /**
   * Opens a lead on a finding, to be checked (待核实).
   *
   * @param id its id
   * @param finding what was found
   * @param by the rule's code, or the channel of a complaint
   * @param at when
   * @return the lead
   */
  public static Lead open(LeadId id, Finding finding, String by, Instant at) {
    return new Lead(
        id,
        finding,
        List.of(new LeadEvent(Optional.empty(), LeadStatus.PENDING, by, at, "", Optional.empty())));
  }

  /**
   * Rebuilds a lead from its stored history.
   *
   * @param id its id
   * @param finding what was found
   * @param history every move, the opening first
   * @return the lead
   */
  public static Lead restore(LeadId id, Finding finding, List<LeadEvent> history) {
    return new Lead(id, finding, history);
  }

  /**
   * An auditor finds the lead true (属实): rectification is owed.
   *
   * @param auditor who checked it
   * @param at when
   * @param note what the check found
   */
  public void confirm(Actor auditor, Instant at, String note) {
    requireAuditor(auditor, "confirm");
    move(LeadStatus.CONFIRMED, auditor, at, note == null ? "" : note.strip(), null);
  }

  /**
   * An auditor finds the lead not true (不属实), with the reason; the lead ends.
   *
   * @param auditor who checked it
   * @param at when
   * @param reason why it is not true
   */
  public void dismiss(Actor auditor, Instant at, String reason) {
    requireAuditor(auditor, "dismiss");
    move(LeadStatus.UNFOUNDED, auditor, at, required(reason, "reason"), null);
  }

  /**
   * An official of the lead's place starts the rectification (整改中), by a deadline.
   *
   * @param official the official responsible
   * @param at when
   * @param plan what will be done
   * @param askedDeadline the deadline asked, or null for the policy's default
   * @param policy the district's deadlines
   * @return the deadline set
   */
  public LocalDate startRectification(
      Actor official,
      Instant at,
      String plan,
      LocalDate askedDeadline,
      RectificationPolicy policy) {
    requireResponsible(official);
    requireNext(LeadStatus.RECTIFYING);
    LocalDate set =
        policy.deadline(at.atZone(Supervision.DISTRICT_ZONE).toLocalDate(), askedDeadline);
    move(LeadStatus.RECTIFYING, official, at, required(plan, "plan"), set);
    return set;
  }

  /**
   * An auditor closes the lead as rectified (已整改销号), with the evidence document.
   *
   * @param auditor who checked the rectification
   * @param at when
   * @param evidence the evidence document (整改报告, 退回资金凭证 …)
   */
  public void close(Actor auditor, Instant at, String evidence) {
    requireAuditor(auditor, "close");
    move(LeadStatus.CLOSED, auditor, at, required(evidence, "evidence"), null);
  }

  /**
   * Whether the rectification is past its deadline on a day: the lead then shows to the level above
   * its place as well.
   *
   * @param day the day, in the district
   * @return true when under rectification and the deadline has passed
   */
  public boolean overdueOn(LocalDate day) {
    return status == LeadStatus.RECTIFYING && day.isAfter(deadline);
  }

  /**
   * Whether an official is of the lead's place: the district admin, the township's officer, and for
   * a village's lead the village's officer.
   *
   * @param official who
   * @return true when the official answers for the lead's rectification
   */
  public boolean isResponsible(Actor official) {
    return switch (official.role()) {
      case DISTRICT_ADMIN -> true;
      case TOWNSHIP_OFFICER -> finding.township().equals(official.township());
      case VILLAGE_OFFICER ->
          finding.village().isPresent() && finding.village().equals(official.village());
      case DONOR, AUDITOR -> false;
    };
  }

  private void move(LeadStatus to, Actor actor, Instant at, String note, LocalDate newDeadline) {
    requireNext(to);
    LeadEvent last = history.get(history.size() - 1);
    if (at.isBefore(last.at())) {
      throw new DomainException(
          "supervision.lead-time",
          "lead " + id.value() + " last moved at " + last.at() + ", not after " + at,
          Map.of("lead", id.value(), "last", last.at(), "at", at));
    }
    history.add(
        new LeadEvent(
            Optional.of(status), to, actor.username(), at, note, Optional.ofNullable(newDeadline)));
    status = to;
    if (newDeadline != null) {
      deadline = newDeadline;
    }
  }

  private void requireNext(LeadStatus to) {
    if (!status.next().contains(to)) {
      throw new DomainException(
          "supervision.lead-transition",
          "lead " + id.value() + " is " + status + " and cannot become " + to,
          Map.of("lead", id.value(), "from", status.name(), "to", to.name()));
    }
  }

  private void requireAuditor(Actor actor, String move) {
    if (actor.role() != Role.AUDITOR) {
      throw new DomainException(
          "supervision.lead-auditor",
          actor.username() + " is " + actor.role() + "; only an auditor may " + move + " a lead",
          Map.of("lead", id.value(), "role", actor.role().name()));
    }
  }

  private void requireResponsible(Actor official) {
    if (!isResponsible(official)) {
      throw new DomainException(
          "supervision.lead-scope",
          official.username() + " does not answer for the place of lead " + id.value(),
          Map.of("lead", id.value(), "role", official.role().name()));
    }
  }

  private String required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new DomainException(
          "supervision.lead-note",
          "moving lead " + id.value() + " needs its " + field,
          Map.of("lead", id.value(), "field", field));
    }
    return text.strip();
  }

  /**
   * The id.
   *
   * @return the id
   */
  public LeadId id() {
    return id;
  }

  /**
   * What was found.
   *
   * @return the finding
   */
  public Finding finding() {
    return finding;
  }

  /**
   * Where the lead stands.
   *
   * @return the status
   */
  public LeadStatus status() {
    return status;
  }

  /**
   * The rectification's deadline, once one is set.
   *
   * @return the deadline, empty before 整改中
   */
  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Every move, the opening first.
   *
   * @return the history, unmodifiable
   */
  public List<LeadEvent> history() {
    return List.copyOf(history);
  }
}

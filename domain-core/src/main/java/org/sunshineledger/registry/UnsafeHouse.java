package org.sunshineledger.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * A record of the unsafe-house ledger (危房改造台账): a household's house assessed as unsafe, its
 * renovation, and "改造一户、销档一户" — the record closes when, and only when, the renovation is accepted.
 */
public final class UnsafeHouse {
  /** The safety grade of an assessed house (C 局部危险, D 整体危险). */
  public enum Grade {
    /** C级危房. */
    C,
    /** D级危房. */
    D
  }

  /** Where a record stands. */
  public enum State {
    /** 待改造. */
    OPEN,
    /** 改造中. */
    RENOVATING,
    /** 已竣工待验收. */
    COMPLETED,
    /** 已验收销档. */
    CLOSED
  }

  private final long id;
  private final HouseholdId household;
  private final Grade grade;
  private final LocalDate assessedOn;
  private State state;
  private LocalDate closedOn;
  private String acceptanceRef;

  /**
   * A record as stored.
   *
   * @param id its id
   * @param household the household
   * @param grade the grade
   * @param assessedOn when it was assessed
   * @param state where it stands
   * @param closedOn when it was closed, or null
   * @param acceptanceRef the acceptance record, or null
   */
  public UnsafeHouse(
      long id,
      HouseholdId household,
      Grade grade,
      LocalDate assessedOn,
      State state,
      LocalDate closedOn,
      String acceptanceRef) {
    this.id = id;
    this.household = Objects.requireNonNull(household, "household");
    this.grade = Objects.requireNonNull(grade, "grade");
    this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
    this.state = Objects.requireNonNull(state, "state");
    this.closedOn = closedOn;
    this.acceptanceRef = acceptanceRef;
  }

  /**
   * Starts the renovation.
   *
   * @throws DomainException {@code registry.unsafe-house-state} unless the record is open
   */
  public void startRenovation() {
    require(State.OPEN, "start renovation");
    state = State.RENOVATING;
  }

  /**
   * Records that the renovation is finished; the record stays open until accepted.
   *
   * @throws DomainException {@code registry.unsafe-house-state} unless renovating
   */
  public void completeRenovation() {
    require(State.RENOVATING, "complete renovation");
    state = State.COMPLETED;
  }

  /**
   * Accepts the finished renovation and closes the record (销档).
   *
   * @param on the day of acceptance
   * @param acceptanceRef the acceptance record
   * @throws DomainException {@code registry.unsafe-house-state} unless the renovation is finished
   */
  public void acceptRenovation(LocalDate on, String acceptanceRef) {
    require(State.COMPLETED, "accept renovation");
    this.state = State.CLOSED;
    this.closedOn = Objects.requireNonNull(on, "on");
    this.acceptanceRef = Objects.requireNonNull(acceptanceRef, "acceptanceRef");
  }

  private void require(State required, String what) {
    if (state != required) {
      throw new DomainException(
          "registry.unsafe-house-state",
          "unsafe-house record " + id + " is " + state + " and cannot " + what,
          Map.of("record", id, "state", state.name(), "required", required.name()));
    }
  }

  /**
   * Whether the record is closed.
   *
   * @return true once the renovation was accepted
   */
  public boolean closed() {
    return state == State.CLOSED;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the household.
   *
   * @return the household
   */
  public HouseholdId household() {
    return household;
  }

  /**
   * Returns the grade.
   *
   * @return the grade
   */
  public Grade grade() {
    return grade;
  }

  /**
   * Returns when it was assessed.
   *
   * @return the date
   */
  public LocalDate assessedOn() {
    return assessedOn;
  }

  /**
   * Returns the state.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * Returns when it was closed.
   *
   * @return the date, or null
   */
  public LocalDate closedOn() {
    return closedOn;
  }

  /**
   * Returns the acceptance record.
   *
   * @return the reference, or null
   */
  public String acceptanceRef() {
    return acceptanceRef;
  }
}

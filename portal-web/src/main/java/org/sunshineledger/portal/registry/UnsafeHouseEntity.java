package org.sunshineledger.portal.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.UnsafeHouse;

/** The persistence model of an {@link UnsafeHouse} record. */
@Entity
@Table(name = "unsafe_house")
public class UnsafeHouseEntity {
  @Id
  @SequenceGenerator(
      name = "unsafe_house_seq",
      sequenceName = "unsafe_house_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unsafe_house_seq")
  private long id;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnsafeHouse.Grade grade;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnsafeHouse.State state;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "acceptance_ref")
  private String acceptanceRef;

  @Version private long version;

  protected UnsafeHouseEntity() {}

  /**
   * A new open record.
   *
   * @param household the household
   * @param grade the grade
   * @param assessedOn when it was assessed
   */
  public UnsafeHouseEntity(long household, UnsafeHouse.Grade grade, LocalDate assessedOn) {
    this.householdId = household;
    this.grade = grade;
    this.assessedOn = assessedOn;
    this.state = UnsafeHouse.State.OPEN;
  }

  /**
   * Returns the domain model.
   *
   * @return the record
   */
  public UnsafeHouse toDomain() {
    return new UnsafeHouse(
        id, new HouseholdId(householdId), grade, assessedOn, state, closedOn, acceptanceRef);
  }

  /**
   * Takes over the record's state after a command.
   *
   * @param house the domain record
   */
  public void apply(UnsafeHouse house) {
    state = house.state();
    closedOn = house.closedOn();
    acceptanceRef = house.acceptanceRef();
  }

  /**
   * Returns the household.
   *
   * @return its id
   */
  public long householdId() {
    return householdId;
  }
}

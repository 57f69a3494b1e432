package org.sunshineledger.portal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered household as far as the fund chain needs it: its village and the name of its head,
 * which is personal data and leaves the portal only masked. The registry issue extends it.
 */
@Entity
@Table(name = "household")
public class HouseholdEntity {
  @Id
  @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
  private long id;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "head_name", nullable = false)
  private String headName;

  @Column(nullable = false)
  private boolean demo;

  @Version private long version;

  protected HouseholdEntity() {}

  /**
   * A new household.
   *
   * @param villageId its village
   * @param headName the head of household's name
   * @param demo whether it belongs to the demo data
   */
  public HouseholdEntity(long villageId, String headName, boolean demo) {
    this.villageId = villageId;
    this.headName = headName;
    this.demo = demo;
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
   * Returns the village.
   *
   * @return the village's id
   */
  public long villageId() {
    return villageId;
  }

  /**
   * Returns the head's name, unmasked: for the masking policy only.
   *
   * @return the name
   */
  public String headName() {
    return headName;
  }
}

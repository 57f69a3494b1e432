package org.sunshineledger.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.Obligation;
import org.sunshineledger.disclosure.PublishableEvent;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** The persistence model of an {@link Obligation}, with the day it was met. */
@Entity
@Table(name = "disclosure_obligation")
class ObligationEntity {
  @Id private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublishableEvent event;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisclosureLevel level;

  @Column(name = "township_id")
  private Long townshipId;

  @Column(name = "village_id")
  private Long villageId;

  @Column(name = "publisher_name", nullable = false)
  private String publisherName;

  @Column(nullable = false)
  private String title;

  @Column(name = "event_date", nullable = false)
  private LocalDate eventDate;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "disclosure_id")
  private Long disclosureId;

  /** For JPA. */
  protected ObligationEntity() {}

  /**
   * An obligation's row.
   *
   * @param obligation the obligation
   */
  public ObligationEntity(Obligation obligation) {
    Publisher p = obligation.publisher();
    this.subject = obligation.subject();
    this.event = obligation.event();
    this.level = p.level();
    this.townshipId = p.township() == null ? null : p.township().value();
    this.villageId = p.village() == null ? null : p.village().value();
    this.publisherName = p.name();
    this.title = obligation.title();
    this.eventDate = obligation.eventDate();
    this.dueDate = obligation.dueDate();
  }

  /**
   * Records that a disclosure met it.
   *
   * @param disclosure the disclosure
   * @param on the day of its first publication
   */
  public void met(long disclosure, LocalDate on) {
    if (publishedOn == null) {
      this.disclosureId = disclosure;
      this.publishedOn = on;
    }
  }

  /**
   * Returns the domain obligation.
   *
   * @return the obligation
   */
  public Obligation toDomain() {
    return new Obligation(
        subject,
        event,
        new Publisher(
            level,
            townshipId == null ? null : new TownshipId(townshipId),
            villageId == null ? null : new VillageId(villageId),
            publisherName),
        title,
        eventDate,
        dueDate);
  }

  /**
   * Returns the day it was met.
   *
   * @return the day, or null while open
   */
  public LocalDate publishedOn() {
    return publishedOn;
  }

  /**
   * Returns the disclosure that met it.
   *
   * @return its id, or null
   */
  public Long disclosureId() {
    return disclosureId;
  }
}

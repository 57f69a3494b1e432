package org.sunshineledger.portal.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sunshineledger.disclosure.Objection;

/** The persistence model of an {@link Objection}; no contact details are ever stored. */
@Entity
@Table(name = "disclosure_objection")
class ObjectionEntity {
  @Id
  @SequenceGenerator(
      name = "disclosure_objection_seq",
      sequenceName = "disclosure_objection_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_objection_seq")
  private long id;

  @Column(name = "disclosure_id", nullable = false)
  private long disclosureId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String text;

  @Column(name = "filed_at", nullable = false)
  private OffsetDateTime filedAt;

  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  /** For JPA. */
  protected ObjectionEntity() {}

  /**
   * A new objection's row.
   *
   * @param disclosureId the disclosure
   * @param objection the objection
   */
  public ObjectionEntity(long disclosureId, Objection objection) {
    this.disclosureId = disclosureId;
    this.version = objection.version();
    this.text = objection.text();
    this.filedAt = objection.filedAt().atOffset(ZoneOffset.UTC);
  }

  /**
   * Records the answer.
   *
   * @param answered the answered objection
   */
  public void answered(Objection answered) {
    this.answer = answered.answer();
    this.answeredBy = answered.answeredBy();
    this.answeredAt = answered.answeredAt().atOffset(ZoneOffset.UTC);
  }

  /**
   * Returns the domain objection.
   *
   * @return the objection
   */
  public Objection toDomain() {
    return new Objection(
        id,
        version,
        text,
        filedAt.toInstant(),
        answer,
        answeredBy,
        answeredAt == null ? null : answeredAt.toInstant());
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }
}

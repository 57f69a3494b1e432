package org.sunshineledger.portal.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sunshineledger.supervision.KeyedIdNumber;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKind;

/**
 * A line of a reference list as stored: the keyed hash of the person's ID number, never the number;
 * who sent it and when. Lines are never changed.
 */
@Entity
@Table(name = "reference_entry")
class ReferenceEntryEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_entry_seq")
  @SequenceGenerator(
      name = "reference_entry_seq",
      sequenceName = "reference_entry_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "person_hash", nullable = false, length = 64)
  private String personHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReferenceKind kind;

  @Column(nullable = false, length = 200)
  private String source;

  @Column(name = "listed_on", nullable = false)
  private LocalDate listedOn;

  @Column(name = "uploaded_by", nullable = false, length = 80)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected ReferenceEntryEntity() {}

  ReferenceEntryEntity(ReferenceEntry entry, String uploadedBy, Instant uploadedAt) {
    this.personHash = entry.person().hex();
    this.kind = entry.kind();
    this.source = entry.source();
    this.listedOn = entry.listedOn();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt.atOffset(ZoneOffset.UTC);
  }

  ReferenceEntry toDomain() {
    return new ReferenceEntry(new KeyedIdNumber(personHash), kind, source, listedOn);
  }
}

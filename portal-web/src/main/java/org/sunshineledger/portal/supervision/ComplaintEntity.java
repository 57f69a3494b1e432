package org.sunshineledger.portal.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.Complaint;
import org.sunshineledger.supervision.ComplaintCategory;

/** A complaint as stored: the lead it opened, the hash of its tracking code, and the contact. */
@Entity
@Table(name = "complaint")
class ComplaintEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private long id;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "township_id", nullable = false)
  private long townshipId;

  @Column(name = "village_id")
  private Long villageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ComplaintCategory category;

  @Column(nullable = false, length = 2000)
  private String account;

  @Column(length = 100)
  private String contact;

  @Column(name = "filed_at", nullable = false)
  private OffsetDateTime filedAt;

  // mapped, so that the lead is written before the complaint that names it
  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_id", nullable = false)
  private LeadEntity lead;

  /** For JPA. */
  protected ComplaintEntity() {}

  ComplaintEntity(String codeHash) {
    this.codeHash = codeHash;
  }

  /** Takes the complaint's checked fields and the lead it opened. */
  void fill(Complaint complaint, LeadEntity lead) {
    this.townshipId = complaint.township().value();
    this.villageId = complaint.village().map(VillageId::value).orElse(null);
    this.category = complaint.category();
    this.account = complaint.account();
    this.contact = complaint.contact().orElse(null);
    this.filedAt = complaint.filedAt().atOffset(ZoneOffset.UTC);
    this.lead = lead;
  }

  long id() {
    return id;
  }

  TownshipId township() {
    return new TownshipId(townshipId);
  }

  Optional<VillageId> village() {
    return Optional.ofNullable(villageId).map(VillageId::new);
  }

  ComplaintCategory category() {
    return category;
  }

  Optional<String> contact() {
    return Optional.ofNullable(contact);
  }

  OffsetDateTime filedAt() {
    return filedAt;
  }

  LeadEntity lead() {
    return lead;
  }
}

package org.sunshineledger.portal.place;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sunshineledger.region.DivisionCode;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageContact;
import org.sunshineledger.region.VillageDesignation;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.region.VillageKind;

/** The persistence model of a {@link Village} and its public {@link VillageContact}. */
@Entity
@Table(name = "village")
class VillageEntity {
  @Id private long id;

  @Column(name = "division_code")
  private String divisionCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "township_id", nullable = false)
  private long townshipId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VillageKind kind;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "village_designation", joinColumns = @JoinColumn(name = "village_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "designation")
  private Set<VillageDesignation> designations = new HashSet<>();

  @Column(name = "complaint_phone")
  private String complaintPhone;

  @Column(name = "notice_board_location")
  private String noticeBoardLocation;

  @Column(name = "contact_updated_by")
  private String contactUpdatedBy;

  @Column(name = "contact_updated_at")
  private OffsetDateTime contactUpdatedAt;

  @Version private long version;

  protected VillageEntity() {}

  /**
   * The persistence model of a village, without a contact yet.
   *
   * @param village the domain village
   */
  public VillageEntity(Village village) {
    this.id = village.id().value();
    this.divisionCode = village.divisionCode().map(DivisionCode::value).orElse(null);
    this.name = village.name();
    this.townshipId = village.township().value();
    this.kind = village.kind();
    this.designations = new HashSet<>(village.designations());
  }

  /**
   * Returns the domain model.
   *
   * @return the village
   */
  public Village toDomain() {
    Set<VillageDesignation> copy =
        designations.isEmpty()
            ? EnumSet.noneOf(VillageDesignation.class)
            : EnumSet.copyOf(designations);
    return new Village(
        new VillageId(id),
        Optional.ofNullable(divisionCode).map(DivisionCode::new),
        name,
        new TownshipId(townshipId),
        kind,
        copy);
  }

  /**
   * Returns the village's public contact, once one was recorded.
   *
   * @return the contact, or empty
   */
  public Optional<VillageContact> contact() {
    return complaintPhone == null
        ? Optional.empty()
        : Optional.of(new VillageContact(complaintPhone, noticeBoardLocation));
  }

  /**
   * Records a new public contact.
   *
   * @param contact the contact
   * @param by the account that recorded it
   * @param at when
   */
  public void recordContact(VillageContact contact, String by, OffsetDateTime at) {
    this.complaintPhone = contact.complaintPhone();
    this.noticeBoardLocation = contact.noticeBoardLocation();
    this.contactUpdatedBy = by;
    this.contactUpdatedAt = at;
  }

  /**
   * Returns the optimistic-lock version.
   *
   * @return the version
   */
  public long version() {
    return version;
  }
}

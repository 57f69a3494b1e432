package org.sunshineledger.portal.board;

import jakarta.persistence.Cacheable;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sunshineledger.charity.Donation;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.region.TownshipId;

/** The persistence model of a board {@link Donation}. */
@Entity
@Cacheable(false)
@Table(name = "board_donation")
class DonationEntity {
  @Id
  @SequenceGenerator(
      name = "board_donation_seq",
      sequenceName = "board_donation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_donation_seq")
  private long id;

  @Column(name = "donor_account", nullable = false)
  private String donorAccount;

  @Enumerated(EnumType.STRING)
  @Column(name = "donor_kind", nullable = false)
  private DonorKind donorKind;

  @Column(name = "donor_name", nullable = false)
  private String donorName;

  @Column(nullable = false)
  private boolean anonymous;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NeedCategory category;

  @Column(nullable = false)
  private long donated;

  @Column(name = "township_id")
  private Long townshipId;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(nullable = false)
  private long pledged;

  @Version private long version;

  protected DonationEntity() {}

  /**
   * A new row for a donation.
   *
   * @param donation the donation
   * @param account the donor's account
   */
  public DonationEntity(Donation donation, String account) {
    donorAccount = account;
    donorKind = donation.donorKind();
    donorName = donation.donorName();
    anonymous = donation.anonymous();
    category = donation.category();
    donated = donation.donated();
    townshipId = donation.township() == null ? null : donation.township().value();
    receivedAt = donation.receivedAt().atOffset(ZoneOffset.UTC);
  }

  /**
   * Returns the domain model.
   *
   * @return the donation
   */
  public Donation toDomain() {
    return new Donation(
        id,
        donorKind,
        donorName,
        anonymous,
        category,
        donated,
        townshipId == null ? null : new TownshipId(townshipId),
        receivedAt.toInstant(),
        pledged);
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
   * Returns the donor's account.
   *
   * @return the account
   */
  public String donorAccount() {
    return donorAccount;
  }
}

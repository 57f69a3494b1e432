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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sunshineledger.charity.Pledge;
import org.sunshineledger.portal.shared.DistrictClock;

/** The persistence model of a {@link Pledge}. */
@Entity
@Cacheable(false)
@Table(name = "board_pledge")
class PledgeEntity {
  @Id
  @SequenceGenerator(
      name = "board_pledge_seq",
      sequenceName = "board_pledge_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_pledge_seq")
  private long id;

  @Column(name = "donation_id", nullable = false)
  private long donationId;

  @Column(name = "need_id", nullable = false)
  private long needId;

  @Column(nullable = false)
  private long units;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Pledge.State state;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "receipt_code_hash", nullable = false)
  private String receiptCodeHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  // when the donor recorded delivery (V11); empty until then, and for pledges delivered before V11
  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Version private long version;

  protected PledgeEntity() {}

  /**
   * A new row for a pledge.
   *
   * @param pledge the pledge
   * @param createdAt when it was made
   */
  public PledgeEntity(Pledge pledge, OffsetDateTime createdAt) {
    donationId = pledge.donation();
    needId = pledge.need();
    units = pledge.units();
    state = pledge.state();
    expiresAt = pledge.expiresAt().atOffset(ZoneOffset.UTC);
    receiptCodeHash = pledge.receiptCodeHash();
    this.createdAt = createdAt;
  }

  /**
   * Returns the domain model.
   *
   * @return the pledge
   */
  public Pledge toDomain() {
    return new Pledge(id, donationId, needId, units, expiresAt.toInstant(), receiptCodeHash, state);
  }

  /**
   * Takes over the pledge's state.
   *
   * @param pledge the pledge
   */
  public void apply(Pledge pledge) {
    state = pledge.state();
  }

  /**
   * Records when the donor delivered it.
   *
   * @param at when
   */
  void delivered(Instant at) {
    deliveredAt = at.atOffset(ZoneOffset.UTC);
  }

  /**
   * The day, in the district, the donor recorded delivery. A pledge delivered before the column
   * existed (V11) has no such time: its creation is the earliest its delivery can have been.
   *
   * @return the day
   */
  LocalDate deliveredOn() {
    OffsetDateTime at = deliveredAt != null ? deliveredAt : createdAt;
    return at.atZoneSameInstant(DistrictClock.ZONE).toLocalDate();
  }

  /**
   * Replaces the one-time receipt code; the earlier one stops working.
   *
   * @param hash the new code's hash
   */
  public void replaceReceiptCodeHash(String hash) {
    receiptCodeHash = hash;
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
   * Returns when it was made.
   *
   * @return the time
   */
  public OffsetDateTime createdAt() {
    return createdAt;
  }
}

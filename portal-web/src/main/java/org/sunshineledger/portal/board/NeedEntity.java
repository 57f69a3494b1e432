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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/** The persistence model of a board {@link Need}. */
@Entity
@Cacheable(false)
@Table(name = "board_need")
class NeedEntity {
  @Id
  @SequenceGenerator(name = "board_need_seq", sequenceName = "board_need_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_need_seq")
  private long id;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "township_id", nullable = false)
  private long townshipId;

  @Column(name = "household_id")
  private Long householdId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NeedCategory category;

  @Column(nullable = false)
  private String item;

  @Column(nullable = false)
  private long requested;

  @Column(name = "unit_price_fen", nullable = false)
  private long unitPriceFen;

  @Column(nullable = false)
  private int urgency;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "posted_by", nullable = false)
  private String postedBy;

  @Column(name = "posted_at", nullable = false)
  private OffsetDateTime postedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Need.State state;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(nullable = false)
  private long pledged;

  @Column(nullable = false)
  private long received;

  @Version private long version;

  protected NeedEntity() {}

  /**
   * A new row for a posted need.
   *
   * @param need the need
   */
  public NeedEntity(Need need) {
    villageId = need.village().value();
    townshipId = need.township().value();
    householdId = need.household() == null ? null : need.household().value();
    category = need.category();
    item = need.item();
    requested = need.requested();
    unitPriceFen = need.unitPrice().fen();
    urgency = need.urgency();
    deadline = need.deadline();
    postedBy = need.postedBy();
    postedAt = need.postedAt().atOffset(ZoneOffset.UTC);
    apply(need);
  }

  /**
   * Takes over the need's state after a command (not its pledged units: those change only by the
   * conditional updates of the board service).
   *
   * @param need the need
   */
  public void apply(Need need) {
    state = need.state();
    verifiedBy = need.verifiedBy();
    verifiedAt = need.verifiedAt() == null ? null : need.verifiedAt().atOffset(ZoneOffset.UTC);
  }

  /**
   * Returns the domain model.
   *
   * @return the need
   */
  public Need toDomain() {
    return new Need(
        id,
        new VillageId(villageId),
        new TownshipId(townshipId),
        householdId == null ? null : new HouseholdId(householdId),
        category,
        item,
        requested,
        Money.ofFen(unitPriceFen),
        urgency,
        deadline,
        postedBy,
        postedAt.toInstant(),
        state,
        verifiedBy,
        verifiedAt == null ? null : verifiedAt.toInstant(),
        pledged,
        received);
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

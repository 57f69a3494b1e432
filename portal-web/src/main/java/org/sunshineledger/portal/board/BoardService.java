package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.Donation;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.charity.NeedRules;
import org.sunshineledger.charity.Pledge;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.ReservationConflictException;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/**
 * The board's writes. A pledge reserves units with one conditional update of the need's row and one
 * of the donation's row ({@code … WHERE pledged + :units <= requested}), in one transaction: the
 * database decides which of any number of concurrent pledges fit, the losers get a 409 with the
 * units left, and the tables' CHECK constraints stand behind it. (An optimistic version on the need
 * alone would not do: two new pledge rows do not touch each other.)
 */
@ApplicationScoped
public class BoardService {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How long a pledge may wait for delivery before it expires and returns its units. */
  public static final Duration PLEDGE_LIFETIME = Duration.ofDays(14);

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  /**
   * The village posts a need (village officer, its township's officer, district admin).
   *
   * @param actor who
   * @param village the beneficiary's village
   * @param household the household, or null for a village need
   * @param category the category
   * @param item the item
   * @param requested units (fen for cash)
   * @param unitPrice the price of a unit (one fen for cash)
   * @param urgency 1 to 5
   * @param deadline when it is needed by
   * @param at when
   * @return the need's id
   */
  @Transactional
  public long postNeed(
      Actor actor,
      long village,
      Long household,
      NeedCategory category,
      String item,
      long requested,
      Money unitPrice,
      int urgency,
      LocalDate deadline,
      Instant at) {
    District district = regions.places().district();
    Village target =
        district
            .village(new VillageId(village))
            .orElseThrow(() -> new UnknownResourceException("village", village));
    if (!actor.mayWriteTo(target)) {
      throw deny(actor, "post a need for village " + village);
    }
    if (household != null) {
      if (households.find(household).filter(h -> h.villageId() == village).isEmpty()) {
        throw new UnknownResourceException("household of that village", household);
      }
    }
    Need need =
        new Need(
            0,
            target.id(),
            target.township(),
            household == null ? null : new HouseholdId(household),
            category,
            item,
            requested,
            unitPrice,
            urgency,
            deadline,
            actor.username(),
            at,
            Need.State.POSTED,
            null,
            null,
            0,
            0);
    List<Need> sameHousehold =
        household == null
            ? List.of()
            : em.createQuery(
                    "SELECT n FROM NeedEntity n WHERE n.householdId = :h", NeedEntity.class)
                .setParameter("h", household)
                .getResultStream()
                .map(NeedEntity::toDomain)
                .filter(
                    n ->
                        n.postedAt().atZone(ZoneOffset.UTC).getYear()
                            == at.atZone(ZoneOffset.UTC).getYear())
                .toList();
    NeedRules.DEMO.check(need, sameHousehold);
    NeedEntity entity = new NeedEntity(need);
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /**
   * The township verifies a need; it appears on the board.
   *
   * @param actor who (the need's township officer or the district admin)
   * @param id the need
   * @param at when
   */
  @Transactional
  public void verifyNeed(Actor actor, long id, Instant at) {
    NeedEntity entity = em.find(NeedEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      throw new UnknownResourceException("need", id);
    }
    Need need = entity.toDomain();
    if (!actor.mayWriteTo(need.township())) {
      throw deny(actor, "verify need " + id);
    }
    need.verify(actor.username(), at);
    entity.apply(need);
  }

  /**
   * A donor gives.
   *
   * @param actor the donor
   * @param kind the donor's kind
   * @param name the name shown (unless anonymous)
   * @param anonymous whether the public sees it as anonymous
   * @param category money (CASH, in fen) or goods of a category
   * @param units units given
   * @param township a township to restrict it to, or null
   * @param at when
   * @return the donation's id
   */
  @Transactional
  public long donate(
      Actor actor,
      DonorKind kind,
      String name,
      boolean anonymous,
      NeedCategory category,
      long units,
      Long township,
      Instant at) {
    if (actor.role() != Role.DONOR) {
      throw deny(actor, "donate as a donor");
    }
    if (township != null
        && regions.places().district().township(new TownshipId(township)).isEmpty()) {
      throw new UnknownResourceException("township", township);
    }
    Donation donation =
        new Donation(
            0,
            kind,
            name,
            anonymous,
            category,
            units,
            township == null ? null : new TownshipId(township),
            at,
            0);
    DonationEntity entity = new DonationEntity(donation, actor.username());
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /**
   * A donor pledges part of a donation to part of a need.
   *
   * @param actor the donor who gave the donation
   * @param donationId the donation
   * @param needId the need
   * @param units the units
   * @param at when
   * @return the pledge's id
   * @throws ReservationConflictException when the need has fewer units open or the donation fewer
   *     left, with the units left
   */
  @Transactional
  public long pledge(Actor actor, long donationId, long needId, long units, Instant at) {
    DonationEntity donationEntity = em.find(DonationEntity.class, donationId);
    if (donationEntity == null) {
      throw new UnknownResourceException("donation", donationId);
    }
    if (!donationEntity.donorAccount().equals(actor.username())) {
      throw deny(actor, "pledge donation " + donationId);
    }
    return createPledge(donationEntity, needId, units, at);
  }

  /**
   * Makes one pledge of unified matching, in its own transaction, for the district admin who runs
   * it (the donors gave their donations to the pool).
   *
   * @param donationId the donation
   * @param needId the need
   * @param units the units
   * @param at when
   * @return the pledge's id
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long pledgeFromPool(long donationId, long needId, long units, Instant at) {
    DonationEntity donationEntity = em.find(DonationEntity.class, donationId);
    if (donationEntity == null) {
      throw new UnknownResourceException("donation", donationId);
    }
    return createPledge(donationEntity, needId, units, at);
  }

  private long createPledge(DonationEntity donationEntity, long needId, long units, Instant at) {
    long donationId = donationEntity.id();
    NeedEntity needEntity = em.find(NeedEntity.class, needId);
    if (needEntity == null) {
      throw new UnknownResourceException("need", needId);
    }
    Need need = needEntity.toDomain();
    Donation donation = donationEntity.toDomain();
    // the rules that do not depend on concurrent pledges, with their clear refusals
    if (need.state() != Need.State.VERIFIED) {
      need.reserve(units);
    }
    if (need.category() != donation.category()
        || (donation.township() != null && !donation.township().equals(need.township()))) {
      donation.reserveFor(need, units);
    }
    if (units <= 0) {
      throw new org.sunshineledger.kernel.DomainException(
          "charity.pledge-units",
          "a pledge has at least one unit",
          java.util.Map.of("field", "units"));
    }
    reserve("NeedEntity", "requested", needId, units, " AND e.state = :verified");
    reserve("DonationEntity", "donated", donationId, units, "");
    String code = receiptCode();
    Pledge pledge =
        new Pledge(
            0,
            donationId,
            needId,
            units,
            at.plus(PLEDGE_LIFETIME),
            Pledge.hashCode(code),
            Pledge.State.PLEDGED);
    PledgeEntity entity = new PledgeEntity(pledge, at.atOffset(ZoneOffset.UTC));
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /** One conditional update: the database admits the reservation only if it still fits. */
  private void reserve(String entity, String limit, long id, long units, String extra) {
    var update =
        em.createQuery(
                "UPDATE "
                    + entity
                    + " e SET e.pledged = e.pledged + :units, e.version = e.version + 1"
                    + " WHERE e.id = :id AND e.pledged + :units <= e."
                    + limit
                    + extra)
            .setParameter("units", units)
            .setParameter("id", id);
    if (!extra.isEmpty()) {
      update.setParameter("verified", Need.State.VERIFIED);
    }
    if (update.executeUpdate() == 0) {
      Number left =
          (Number)
              em.createQuery(
                      "SELECT e." + limit + " - e.pledged FROM " + entity + " e WHERE e.id = :id")
                  .setParameter("id", id)
                  .getSingleResult();
      throw new ReservationConflictException(
          entity.equals("NeedEntity") ? "need" : "donation", id, left.longValue(), units);
    }
  }

  /** The opposite of {@link #reserve}: returns a cancelled or expired pledge's units. */
  private void release(String entity, long id, long units) {
    em.createQuery(
            "UPDATE "
                + entity
                + " e SET e.pledged = e.pledged - :units, e.version = e.version + 1 WHERE e.id = :id AND e.pledged >= :units")
        .setParameter("units", units)
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * The donor withdraws a pledge before delivery; its units return to the need and the donation.
   *
   * @param actor the donor
   * @param id the pledge
   */
  @Transactional
  public void cancel(Actor actor, long id) {
    PledgeEntity entity = pledgeOfDonor(actor, id);
    Pledge pledge = entity.toDomain();
    pledge.cancel();
    entity.apply(pledge);
    release("NeedEntity", pledge.need(), pledge.units());
    release("DonationEntity", pledge.donation(), pledge.units());
  }

  /**
   * The donor records delivery.
   *
   * @param actor the donor
   * @param id the pledge
   * @param at when
   */
  @Transactional
  public void deliver(Actor actor, long id, Instant at) {
    PledgeEntity entity = pledgeOfDonor(actor, id);
    Pledge pledge = entity.toDomain();
    pledge.deliver();
    entity.apply(pledge);
    entity.delivered(at);
  }

  /**
   * Issues a fresh one-time receipt code to the need's village, to give to the beneficiary; any
   * earlier code stops working.
   *
   * @param actor the village's officer (or its township's, or the district admin)
   * @param id the pledge
   * @return the code, shown this once
   */
  @Transactional
  public String issueReceiptCode(Actor actor, long id) {
    PledgeEntity entity = pledgeOfVillage(actor, id);
    Pledge pledge = entity.toDomain();
    if (pledge.state() != Pledge.State.PLEDGED && pledge.state() != Pledge.State.DELIVERED) {
      throw new org.sunshineledger.kernel.DomainException(
          "charity.pledge-state",
          "pledge " + id + " is " + pledge.state() + " and needs no receipt code",
          java.util.Map.of("pledge", id, "state", pledge.state().name()));
    }
    String code = receiptCode();
    entity.replaceReceiptCodeHash(Pledge.hashCode(code));
    return code;
  }

  /**
   * The village confirms receipt for the beneficiary with the one-time code.
   *
   * @param actor the village's officer
   * @param id the pledge
   * @param code the code the beneficiary shows
   */
  @Transactional
  public void receive(Actor actor, long id, String code) {
    PledgeEntity entity = pledgeOfVillage(actor, id);
    Pledge pledge = entity.toDomain();
    pledge.receive(code);
    entity.apply(pledge);
    NeedEntity need = em.find(NeedEntity.class, pledge.need(), LockModeType.PESSIMISTIC_WRITE);
    Need domain = need.toDomain();
    domain.receive(pledge.units());
    em.createQuery(
            "UPDATE NeedEntity e SET e.received = e.received + :units, e.state = :state, e.version = e.version + 1 WHERE e.id = :id")
        .setParameter("units", pledge.units())
        .setParameter("state", domain.state())
        .setParameter("id", pledge.need())
        .executeUpdate();
  }

  /**
   * The pledges still waiting for delivery after their expiry.
   *
   * @param now the time
   * @return their ids
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> duePledges(Instant now) {
    return em.createQuery(
            "SELECT p.id FROM PledgeEntity p WHERE p.state = :pledged AND p.expiresAt < :now",
            Long.class)
        .setParameter("pledged", Pledge.State.PLEDGED)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  /**
   * Expires one pledge if it is still due, returning its units to the need and the donation, in its
   * own transaction: a restart half-way loses nothing, the next run picks up what is left.
   *
   * @param id the pledge
   * @param now the time
   * @return true when it expired now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean expire(long id, Instant now) {
    PledgeEntity entity = em.find(PledgeEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      return false;
    }
    Pledge pledge = entity.toDomain();
    if (!pledge.expireIfDue(now)) {
      return false;
    }
    entity.apply(pledge);
    release("NeedEntity", pledge.need(), pledge.units());
    release("DonationEntity", pledge.donation(), pledge.units());
    return true;
  }

  private PledgeEntity pledgeOfDonor(Actor actor, long id) {
    PledgeEntity entity = em.find(PledgeEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      throw new UnknownResourceException("pledge", id);
    }
    DonationEntity donation = em.find(DonationEntity.class, entity.toDomain().donation());
    if (!donation.donorAccount().equals(actor.username())) {
      throw deny(actor, "change pledge " + id);
    }
    return entity;
  }

  private PledgeEntity pledgeOfVillage(Actor actor, long id) {
    PledgeEntity entity = em.find(PledgeEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      throw new UnknownResourceException("pledge", id);
    }
    Need need = em.find(NeedEntity.class, entity.toDomain().need()).toDomain();
    Village village = regions.places().district().village(need.village()).orElseThrow();
    if (!actor.mayWriteTo(village)) {
      throw deny(actor, "confirm pledge " + id);
    }
    return entity;
  }

  private static String receiptCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  private static AccessDeniedException deny(Actor actor, String what) {
    return new AccessDeniedException(actor.username() + " may not " + what);
  }
}

package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainWrites.day;
import static org.sunshineledger.portal.fund.FundChainWrites.deny;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.fund.DistrictBudgetPolicy;
import org.sunshineledger.fund.FactorAllocation;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.disclosure.Publishable;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;

/**
 * The district admin's writes to the funds: yearly appropriations, checked against the district's
 * budget rule, and their factor allocations into township blocks. Each method is one transaction
 * and checks that the actor is the district admin before it changes anything.
 */
@ApplicationScoped
public class FundService {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  @Inject Event<Publishable> publishable;

  /**
   * Plans a yearly appropriation (district admin).
   *
   * @param actor who
   * @param source the source
   * @param name the name
   * @param year the year
   * @param amount the amount
   * @param documentRef the document
   * @param at when the command is given
   * @return the fund's id
   */
  @Transactional
  public long createFund(
      Actor actor,
      FundSourceKind source,
      String name,
      Year year,
      Money amount,
      String documentRef,
      Instant at) {
    requireDistrictAdmin(actor, "plan an appropriation");
    List<Fund> planned =
        em.createQuery("SELECT f FROM FundEntity f", FundEntity.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .map(FundEntity::toDomain)
            .toList();
    // validate as a domain object before anything is stored (the id is provisional)
    Fund proposed = new Fund(new FundId(Long.MAX_VALUE), source, name, year, amount, documentRef);
    DistrictBudgetPolicy.check(planned, proposed);
    FundEntity entity =
        new FundEntity(
            source,
            name,
            year,
            amount,
            documentRef,
            actor.username(),
            at.atOffset(ZoneOffset.UTC),
            false);
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /**
   * Cuts a fund into township blocks by the factor method (district admin).
   *
   * @param actor who
   * @param fundId the fund
   * @param amount how much to cut, at most what is not yet allocated; null for all of that
   * @param policy the weights
   * @param townships each township's factor values
   * @param documentRef the decision's document
   * @param at when the command is given
   * @return the allocation's id
   */
  @Transactional
  public long allocate(
      Actor actor,
      long fundId,
      Money amount,
      FactorAllocationPolicy policy,
      List<TownshipFactors> townships,
      String documentRef,
      Instant at) {
    requireDistrictAdmin(actor, "allocate a fund");
    FundEntity fundEntity = em.find(FundEntity.class, fundId, LockModeType.PESSIMISTIC_WRITE);
    FactorAllocation result = split(fundEntity, fundId, amount, policy, townships);
    Fund fund = fundEntity.toDomain();
    AllocationEntity allocation =
        new AllocationEntity(result, documentRef, actor.username(), at.atOffset(ZoneOffset.UTC));
    em.persist(allocation);
    em.flush();
    for (FactorAllocation.TownshipShare share : result.shares()) {
      if (!share.amount().isZero()) {
        em.persist(
            new TownshipBlockEntity(
                fund.id(), allocation.id(), share.factors().township(), share.amount()));
      }
    }
    em.lock(fundEntity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    publishable.fire(Publishable.allocation(allocation.id(), fund.name(), day(at)));
    return allocation.id();
  }

  /**
   * The split an allocation would make, exact to the fen, with every check the allocation itself
   * makes, and nothing stored: the form shows it before the district admin confirms.
   *
   * @param actor who
   * @param fundId the fund
   * @param amount how much to cut, null for all that is not yet allocated
   * @param policy the weights
   * @param townships each township's factor values
   * @return the split
   */
  @Transactional
  public FactorAllocation previewAllocation(
      Actor actor,
      long fundId,
      Money amount,
      FactorAllocationPolicy policy,
      List<TownshipFactors> townships) {
    requireDistrictAdmin(actor, "allocate a fund");
    return split(em.find(FundEntity.class, fundId), fundId, amount, policy, townships);
  }

  private FactorAllocation split(
      FundEntity fundEntity,
      long fundId,
      Money amount,
      FactorAllocationPolicy policy,
      List<TownshipFactors> townships) {
    if (fundEntity == null) {
      throw new UnknownResourceException("fund", fundId);
    }
    District district = regions.places().district();
    for (TownshipFactors factors : townships) {
      if (district.township(factors.township()).isEmpty()) {
        throw new DomainException(
            "fund.unknown-township",
            "there is no township " + factors.township().value(),
            Map.of("field", "townships", "township", factors.township().value()));
      }
    }
    Fund fund = fundEntity.toDomain();
    Money unallocated = fund.amount().minus(allocatedOf(fundId));
    Money toSplit = amount == null ? unallocated : amount;
    if (toSplit.isNegative() || toSplit.isZero() || toSplit.isGreaterThan(unallocated)) {
      throw new DomainException(
          "fund.allocation-exceeds-fund",
          "fund "
              + fundId
              + " has "
              + unallocated.toDecimal()
              + " yuan not yet allocated; "
              + toSplit.toDecimal()
              + " yuan were asked for",
          Map.of(
              "field",
              "amount",
              "fund",
              fundId,
              "unallocated",
              unallocated.toDecimal(),
              "requested",
              toSplit.toDecimal()));
    }
    return policy.allocate(fund.id(), toSplit, townships);
  }

  private Money allocatedOf(long fundId) {
    // SUM of a BIGINT column is a NUMERIC on H2 and a BIGINT on PostgreSQL: read it as a Number
    Number fen =
        (Number)
            em.createQuery(
                    "SELECT SUM(b.amountFen) FROM TownshipBlockEntity b WHERE b.fundId = :fund")
                .setParameter("fund", fundId)
                .getSingleResult();
    return Money.ofFen(fen == null ? 0 : new java.math.BigDecimal(fen.toString()).longValueExact());
  }

  private static void requireDistrictAdmin(Actor actor, String what) {
    if (actor.role() != Role.DISTRICT_ADMIN) {
      deny(actor, what);
    }
  }
}

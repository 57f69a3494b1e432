package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainNames.fundsById;
import static org.sunshineledger.portal.fund.FundChainNames.townshipName;
import static org.sunshineledger.portal.fund.FundChainNames.yuan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.portal.fund.FundChainViews.AllocationShareView;
import org.sunshineledger.portal.fund.FundChainViews.AllocationView;
import org.sunshineledger.portal.fund.FundChainViews.FundView;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.region.District;

/**
 * The public reads of the funds: their budget years, the funds themselves and their allocations.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  /**
   * The budget years that have funds, oldest first.
   *
   * @return the years
   */
  public List<Integer> years() {
    return em.createQuery("SELECT DISTINCT f.year FROM FundEntity f ORDER BY f.year", Integer.class)
        .getResultList();
  }

  /**
   * The funds, newest year first.
   *
   * @param year a year, or null for all
   * @param page the page
   * @return the page
   */
  public Page<FundView> funds(Integer year, PageRequest page) {
    TypedQuery<FundEntity> query =
        em.createQuery(
            "SELECT f FROM FundEntity f"
                + (year == null ? "" : " WHERE f.year = :year")
                + " ORDER BY f.year DESC, f.id",
            FundEntity.class);
    if (year != null) {
      query.setParameter("year", year);
    }
    List<FundEntity> funds = query.getResultList();
    Map<Long, Long> allocated = allocatedByFund();
    return Page.of(funds, page)
        .map(f -> fundView(f.toDomain(), allocated.getOrDefault(f.id(), 0L)));
  }

  private Map<Long, Long> allocatedByFund() {
    Map<Long, Long> allocated = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT b.fundId, SUM(b.amountFen) FROM TownshipBlockEntity b GROUP BY b.fundId",
                Object[].class)
            .getResultList()) {
      allocated.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return allocated;
  }

  private static FundView fundView(Fund fund, long allocatedFen) {
    return new FundView(
        fund.id().value(),
        fund.source().name(),
        fund.source().chineseName(),
        fund.name(),
        fund.year().getValue(),
        yuan(fund.amount()),
        yuan(allocatedFen),
        yuan(fund.amount().fen() - allocatedFen),
        fund.documentRef());
  }

  /**
   * The allocations as published.
   *
   * @param year the funds' year, or null
   * @param township a township with a share, or null
   * @param page the page
   * @return the page
   */
  public Page<AllocationView> allocations(Integer year, Long township, PageRequest page) {
    District district = regions.places().district();
    Map<Long, Fund> funds = fundsById(em);
    Map<List<Long>, Long> blocks = new HashMap<>();
    em.createQuery("SELECT b FROM TownshipBlockEntity b", TownshipBlockEntity.class)
        .getResultList()
        .forEach(
            b ->
                blocks.put(
                    List.of(
                        b.allocationId() == null ? 0L : b.allocationId(),
                        b.toDomain().township().value()),
                    b.id()));
    List<AllocationView> views = new ArrayList<>();
    for (AllocationEntity allocation :
        em.createQuery("SELECT a FROM AllocationEntity a ORDER BY a.id", AllocationEntity.class)
            .getResultList()) {
      Fund fund = funds.get(allocation.fundId());
      boolean yearMatches = year == null || fund.year().getValue() == year;
      boolean townshipMatches =
          township == null
              || allocation.shares().stream().anyMatch(s -> s.townshipId() == township);
      if (yearMatches && townshipMatches) {
        views.add(allocationView(allocation, fund, district, blocks));
      }
    }
    return Page.of(views, page);
  }

  private static AllocationView allocationView(
      AllocationEntity a, Fund fund, District district, Map<List<Long>, Long> blocks) {
    List<AllocationShareView> shares =
        a.shares().stream()
            .map(
                s -> {
                  Map<org.sunshineledger.fund.AllocationFactor, BigDecimal> f = s.factors();
                  return new AllocationShareView(
                      blocks.getOrDefault(List.of(a.id(), s.townshipId()), 0L),
                      s.townshipId(),
                      townshipName(district, s.townshipId()),
                      f.get(org.sunshineledger.fund.AllocationFactor.POOR_POPULATION)
                          .stripTrailingZeros()
                          .toPlainString(),
                      f.get(org.sunshineledger.fund.AllocationFactor.KEY_VILLAGES)
                          .stripTrailingZeros()
                          .toPlainString(),
                      f.get(org.sunshineledger.fund.AllocationFactor.FOCUS_TOWNSHIP)
                          .stripTrailingZeros()
                          .toPlainString(),
                      f.get(org.sunshineledger.fund.AllocationFactor.ASSESSMENT_SCORE)
                          .stripTrailingZeros()
                          .toPlainString(),
                      s.exactWeight(),
                      s.share(),
                      yuan(s.amountFen()));
                })
            .toList();
    return new AllocationView(
        a.id(),
        fund.id().value(),
        fund.name(),
        fund.source().name(),
        fund.year().getValue(),
        yuan(a.amountFen()),
        plain(a.weights()),
        plain(a.factorSums()),
        a.leftOut().isEmpty() ? List.of() : List.of(a.leftOut().split(",")),
        a.documentRef(),
        a.decidedBy(),
        a.decidedAt().toString(),
        shares);
  }

  private static Map<String, String> plain(
      Map<org.sunshineledger.fund.AllocationFactor, BigDecimal> values) {
    Map<String, String> result = new LinkedHashMap<>();
    values.forEach((k, v) -> result.put(k.name(), v.toPlainString()));
    return result;
  }

  /**
   * A township block an official may draw on.
   *
   * @param id the block
   * @param fundName its fund
   * @param year the fund's year
   * @param amount the block, in yuan
   * @param balance what is not yet committed to projects, in yuan
   */
  public record BlockChoice(long id, String fundName, int year, String amount, String balance) {}

  /**
   * A township's blocks that still have a balance, newest year first.
   *
   * @param township the township
   * @return the blocks
   */
  public List<BlockChoice> blocksWithBalance(long township) {
    Map<Long, Fund> funds = fundsById(em);
    return em
        .createQuery(
            "SELECT b FROM TownshipBlockEntity b WHERE b.townshipId = :t ORDER BY b.id DESC",
            TownshipBlockEntity.class)
        .setParameter("t", township)
        .getResultList()
        .stream()
        .map(TownshipBlockEntity::toDomain)
        .filter(b -> !b.balance().isZero())
        .map(
            b -> {
              Fund fund = funds.get(b.fund().value());
              return new BlockChoice(
                  b.id().value(),
                  fund.name(),
                  fund.year().getValue(),
                  yuan(b.amount()),
                  yuan(b.balance()));
            })
        .sorted(java.util.Comparator.comparingInt(BlockChoice::year).reversed())
        .toList();
  }
}

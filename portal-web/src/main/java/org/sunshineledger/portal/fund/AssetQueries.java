package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainNames.assetNames;
import static org.sunshineledger.portal.fund.FundChainNames.assetSummary;
import static org.sunshineledger.portal.fund.FundChainNames.projectNames;
import static org.sunshineledger.portal.fund.FundChainNames.villageName;
import static org.sunshineledger.portal.fund.FundChainNames.yuan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.disclosure.Masking;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.portal.fund.FundChainViews.AssetDetail;
import org.sunshineledger.portal.fund.FundChainViews.AssetSummary;
import org.sunshineledger.portal.fund.FundChainViews.DistributionDetail;
import org.sunshineledger.portal.fund.FundChainViews.DistributionSummary;
import org.sunshineledger.portal.fund.FundChainViews.LedgerView;
import org.sunshineledger.portal.fund.FundChainViews.OwnerShare;
import org.sunshineledger.portal.fund.FundChainViews.PayoutView;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;

/**
 * The public reads of the assets and their income: assets with their rights and ledger, and the
 * income distributions with their payouts, names masked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssetQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  /**
   * The assets, optionally of one village (sole or joint owner).
   *
   * @param village the village, or null
   * @param page the page
   * @return the page
   */
  public Page<AssetSummary> assets(Long village, PageRequest page) {
    District district = regions.places().district();
    Map<Long, String> projectNames = projectNames(em);
    List<AssetSummary> views =
        em
            .createQuery("SELECT a FROM AssetEntity a ORDER BY a.id", AssetEntity.class)
            .getResultList()
            .stream()
            .map(AssetEntity::toDomain)
            .filter(a -> village == null || ownerVillages(a.rights().ownership()).contains(village))
            .map(a -> assetSummary(a, projectNames.get(a.project().value()), district, households))
            .toList();
    return Page.of(views, page);
  }

  /**
   * How many assets each village owns, alone or jointly, in one read of the assets.
   *
   * @return by village; a village without assets is absent
   */
  public Map<Long, Integer> countsByVillage() {
    Map<Long, Integer> counts = new java.util.HashMap<>();
    for (AssetEntity entity :
        em.createQuery("SELECT a FROM AssetEntity a", AssetEntity.class).getResultList()) {
      for (Long village : ownerVillages(entity.toDomain().rights().ownership())) {
        counts.merge(village, 1, Integer::sum);
      }
    }
    return counts;
  }

  private List<Long> ownerVillages(Ownership ownership) {
    if (ownership instanceof Ownership.Collective c) {
      return List.of(c.village().value());
    }
    if (ownership instanceof Ownership.Joint j) {
      return j.shares().stream().map(s -> s.village().value()).toList();
    }
    return households
        .find(((Ownership.Household) ownership).household().value())
        .map(household -> List.of(household.villageId()))
        .orElse(List.of());
  }

  /**
   * One asset in full.
   *
   * @param id the asset
   * @return the asset
   */
  public AssetDetail asset(long id) {
    AssetEntity entity = em.find(AssetEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("asset", id);
    }
    District district = regions.places().district();
    Asset asset = entity.toDomain();
    AssetRights rights = asset.rights();
    List<OwnerShare> shares = new ArrayList<>();
    String kind;
    if (rights.ownership() instanceof Ownership.Collective c) {
      kind = "COLLECTIVE";
      shares.add(
          new OwnerShare(c.village().value(), villageName(district, c.village().value()), "1"));
    } else if (rights.ownership() instanceof Ownership.Joint j) {
      kind = "JOINT";
      j.shares()
          .forEach(
              s ->
                  shares.add(
                      new OwnerShare(
                          s.village().value(),
                          villageName(district, s.village().value()),
                          s.share().stripTrailingZeros().toPlainString())));
    } else {
      kind = "HOUSEHOLD";
    }
    var operation = rights.operation();
    return new AssetDetail(
        assetSummary(asset, projectNames(em).get(asset.project().value()), district, households),
        kind,
        shares,
        operation.map(o -> o.operator()).orElse(null),
        operation.map(o -> o.contractRef()).orElse(null),
        operation.map(o -> o.from().toString()).orElse(null),
        operation.map(o -> o.to().toString()).orElse(null),
        rights.incomeHolder(),
        rights.beneficiaries(),
        rights.supervisor(),
        asset.personInCharge() == null ? null : Masking.name(asset.personInCharge()),
        asset.ledger().stream()
            .map(
                e ->
                    new LedgerView(
                        e.kind().name(),
                        e.at().toString(),
                        e.by(),
                        e.detail(),
                        e.value() == null ? null : yuan(e.value()),
                        e.documentRef()))
            .toList(),
        distributions(id, null, PageRequest.ALL).items());
  }

  // ---- distributions -----------------------------------------------------------------------

  /**
   * The distributions, optionally of one asset and year.
   *
   * @param asset the asset, or null
   * @param year the year the period starts in, or null
   * @param page the page
   * @return the page
   */
  public Page<DistributionSummary> distributions(Long asset, Integer year, PageRequest page) {
    Map<Long, String> assetNames = assetNames(em);
    List<DistributionSummary> views =
        em
            .createQuery(
                "SELECT d FROM DistributionEntity d ORDER BY d.id", DistributionEntity.class)
            .getResultList()
            .stream()
            .filter(d -> asset == null || d.toDomain().asset().value() == asset)
            .filter(d -> year == null || d.toDomain().period().from().getYear() == year)
            .map(d -> distributionSummary(d, assetNames))
            .toList();
    return Page.of(views, page);
  }

  private static DistributionSummary distributionSummary(
      DistributionEntity entity, Map<Long, String> assetNames) {
    Distribution d = entity.toDomain();
    return new DistributionSummary(
        entity.id(),
        d.asset().value(),
        assetNames.get(d.asset().value()),
        d.period().from().toString(),
        d.period().to().toString(),
        yuan(d.income()),
        d.policy().collectiveFund().chineseName(),
        yuan(d.collectivePart()),
        yuan(d.householdPart()),
        d.payouts().size(),
        entity.documentRef());
  }

  /**
   * One distribution with its payouts, names masked.
   *
   * @param id the distribution
   * @return the distribution
   */
  public DistributionDetail distribution(long id) {
    DistributionEntity entity = em.find(DistributionEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("distribution", id);
    }
    District district = regions.places().district();
    Distribution d = entity.toDomain();
    List<PayoutView> payouts =
        d.payouts().stream()
            .map(
                p -> {
                  HouseholdDirectory.HouseholdCard household =
                      households.find(p.household().value()).orElseThrow();
                  return new PayoutView(
                      p.household().value(),
                      household.maskedHeadName(),
                      villageName(district, household.villageId()),
                      p.weight().stripTrailingZeros().toPlainString(),
                      yuan(p.amount()),
                      p.basis());
                })
            .toList();
    return new DistributionDetail(
        distributionSummary(entity, assetNames(em)),
        d.policy().collectiveShare().stripTrailingZeros().toPlainString(),
        d.policy().noLabourWeight().stripTrailingZeros().toPlainString(),
        d.policy().vulnerableMemberWeight().stripTrailingZeros().toPlainString(),
        d.policy().workDayWeight().stripTrailingZeros().toPlainString(),
        payouts);
  }
}

package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.LedgerChecks;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.HandOverPolicy;
import org.sunshineledger.supervision.IdleMoneyPolicy;
import org.sunshineledger.supervision.PayeePolicy;

/**
 * The fund chain's supervision rules over its records, with the district's figures: township blocks
 * and funding lines idle (资金滞留), projects accepted and not handed over, payouts to households
 * outside the asset's villages or not eligible that year, households paid twice.
 */
@ApplicationScoped
class FundChecks implements LedgerChecks {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject HouseholdDirectory households;

  private final IdleMoneyPolicy idleMoney = IdleMoneyPolicy.DISTRICT;
  private final HandOverPolicy handOver = HandOverPolicy.DISTRICT;
  private final PayeePolicy payees = PayeePolicy.DISTRICT;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Finding> findings(LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT b, a.decidedAt FROM TownshipBlockEntity b, AllocationEntity a"
                    + " WHERE b.allocationId = a.id ORDER BY b.id",
                Object[].class)
            .getResultList()) {
      LocalDate allocated = FundChainWrites.day(((OffsetDateTime) row[1]).toInstant());
      idleMoney
          .check(((TownshipBlockEntity) row[0]).toDomain(), allocated, today)
          .ifPresent(findings::add);
    }
    for (ProjectEntity entity :
        ProjectEntity.whole(
                em.createQuery("SELECT p FROM ProjectEntity p ORDER BY p.id", ProjectEntity.class))
            .getResultList()) {
      Project project = entity.toDomain();
      handOver.check(project, today).ifPresent(findings::add);
      for (FundingLine line : project.fundingLines()) {
        idleMoney.check(project, line, today).ifPresent(findings::add);
      }
    }
    findings.addAll(payeeFindings());
    return findings;
  }

  /** The payouts of every distribution of a village-owned asset, against the registry. */
  private List<Finding> payeeFindings() {
    District district = regions.places().district();
    Map<Long, AssetEntity.Owner> owners = AssetEntity.owners(em);
    Map<Long, List<PayeePolicy.Paid>> byAsset = new HashMap<>();
    for (DistributionEntity entity :
        em.createQuery("SELECT d FROM DistributionEntity d ORDER BY d.id", DistributionEntity.class)
            .getResultList()) {
      AssetEntity.Owner owner = owners.get(entity.assetId());
      if (owner == null || owner.villages().isEmpty()) {
        continue;
      }
      Optional<TownshipId> township =
          district.village(owner.villages().get(0)).map(Village::township);
      if (township.isEmpty()) {
        continue;
      }
      byAsset
          .computeIfAbsent(entity.assetId(), k -> new ArrayList<>())
          .add(
              new PayeePolicy.Paid(
                  new DistributionId(entity.id()),
                  entity.toDomain(),
                  township.get(),
                  Set.copyOf(owner.villages())));
    }
    List<Finding> findings = new ArrayList<>();
    for (List<PayeePolicy.Paid> ofOneAsset : byAsset.values()) {
      for (PayeePolicy.Paid paid : ofOneAsset) {
        Distribution distribution = paid.distribution();
        Set<Long> paidHouseholds = new HashSet<>();
        distribution.payouts().forEach(p -> paidHouseholds.add(p.household().value()));
        Map<Long, PayeePolicy.Standing> standings =
            households.standingsOn(paidHouseholds, distribution.period().to());
        findings.addAll(
            payees.check(paid, (HouseholdId h) -> Optional.ofNullable(standings.get(h.value()))));
      }
      findings.addAll(payees.paidTwice(ofOneAsset));
    }
    return findings;
  }
}

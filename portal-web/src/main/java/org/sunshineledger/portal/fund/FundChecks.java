package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetStatus;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.LedgerChecks;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.HandOverPolicy;
import org.sunshineledger.supervision.IdleMoneyPolicy;
import org.sunshineledger.supervision.IncomeDistributionPolicy;
import org.sunshineledger.supervision.OperatingAssetPolicy;
import org.sunshineledger.supervision.PayeePolicy;

/**
 * The fund chain's supervision rules over its records, with the district's figures: township blocks
 * and funding lines idle (资金滞留), projects accepted and not handed over, operating assets with no
 * operator under contract or no income, income distributed late, payouts to households outside the
 * asset's villages or not eligible that year, households paid twice.
 */
@ApplicationScoped
class FundChecks implements LedgerChecks {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject HouseholdDirectory households;

  private static final String DISTRIBUTION = "distribution:";

  private final IdleMoneyPolicy idleMoney = IdleMoneyPolicy.DISTRICT;
  private final HandOverPolicy handOver = HandOverPolicy.DISTRICT;
  private final PayeePolicy payees = PayeePolicy.DISTRICT;
  private final OperatingAssetPolicy operatingAssets = OperatingAssetPolicy.DISTRICT;
  private final IncomeDistributionPolicy incomeDistribution = IncomeDistributionPolicy.DISTRICT;

  /** The township and the village that answer for an asset's findings. */
  private record Place(TownshipId township, Optional<VillageId> village) {}

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
    Map<Long, Project> projects = new HashMap<>();
    for (ProjectEntity entity :
        ProjectEntity.whole(
                em.createQuery("SELECT p FROM ProjectEntity p ORDER BY p.id", ProjectEntity.class))
            .getResultList()) {
      Project project = entity.toDomain();
      projects.put(entity.id(), project);
      handOver.check(project, today).ifPresent(findings::add);
      for (FundingLine line : project.fundingLines()) {
        idleMoney.check(project, line, today).ifPresent(findings::add);
      }
    }
    Map<Long, AssetEntity.Owner> owners = AssetEntity.owners(em);
    Map<Long, Place> places = assetPlaces(owners, projects);
    findings.addAll(operatingAssetFindings(projects, places, today));
    List<DistributionEntity> distributions =
        em.createQuery("SELECT d FROM DistributionEntity d ORDER BY d.id", DistributionEntity.class)
            .getResultList();
    findings.addAll(lateDistributionFindings(distributions, places));
    findings.addAll(payeeFindings(distributions, owners, d -> true));
    return findings;
  }

  /**
   * The rules over one distribution just stored ({@code distribution:<id>}): its payees against the
   * registry, its decision against its period, and the asset's distributions against one another
   * for a household paid twice — as the nightly pass finds them for it, reading only that asset.
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Finding> findingsOf(String subject, LocalDate today) {
    if (!subject.startsWith(DISTRIBUTION)) {
      return List.of();
    }
    DistributionEntity written =
        em.find(DistributionEntity.class, Long.parseLong(subject.substring(DISTRIBUTION.length())));
    if (written == null) {
      return List.of();
    }
    long assetId = written.assetId();
    Map<Long, AssetEntity.Owner> owners = AssetEntity.owners(em, assetId);
    AssetEntity asset = em.find(AssetEntity.class, assetId);
    Map<Long, Place> places = new HashMap<>();
    placeOf(
            owners.get(assetId),
            () ->
                Optional.ofNullable(em.find(ProjectEntity.class, asset.projectId()))
                    .map(p -> p.toDomain().plan().leadTownship()))
        .ifPresent(place -> places.put(assetId, place));
    List<Finding> findings = new ArrayList<>(lateDistributionFindings(List.of(written), places));
    // a household is paid twice only by distributions whose periods overlap the one written
    org.sunshineledger.income.IncomePeriod period = written.toDomain().period();
    List<DistributionEntity> ofAsset =
        em.createQuery(
                "SELECT d FROM DistributionEntity d WHERE d.assetId = :asset"
                    + " AND d.periodFrom <= :to AND d.periodTo >= :from ORDER BY d.id",
                DistributionEntity.class)
            .setParameter("asset", assetId)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .getResultList();
    findings.addAll(payeeFindings(ofAsset, owners, d -> d == written.id()));
    return findings;
  }

  /**
   * Where each asset's findings go: the township of its first owning village, and that village when
   * it is the only one. An asset of no village (a household's) goes to its project's lead township.
   */
  private Map<Long, Place> assetPlaces(
      Map<Long, AssetEntity.Owner> owners, Map<Long, Project> projects) {
    Map<Long, Place> places = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT a.id, a.projectId FROM AssetEntity a", Object[].class)
            .getResultList()) {
      long asset = (Long) row[0];
      placeOf(
              owners.get(asset),
              () ->
                  Optional.ofNullable(projects.get((Long) row[1]))
                      .map(p -> p.plan().leadTownship()))
          .ifPresent(place -> places.put(asset, place));
    }
    return places;
  }

  /** The place of an asset of these owners, or of its project's lead township when no village. */
  private Optional<Place> placeOf(
      AssetEntity.Owner owner, java.util.function.Supplier<Optional<TownshipId>> projectTownship) {
    List<VillageId> villages = owner == null ? List.of() : owner.villages();
    Optional<TownshipId> township =
        villages.isEmpty()
            ? projectTownship.get()
            : regions.places().district().village(villages.get(0)).map(Village::township);
    Optional<VillageId> village =
        villages.size() == 1 ? Optional.of(villages.get(0)) : Optional.empty();
    return township.map(t -> new Place(t, village));
  }

  /**
   * The operating assets handed over and in use, with their ledgers (for the day of the hand-over),
   * against their contract and the last day of income distributed — read as one figure per asset,
   * not as every distribution with its payouts.
   */
  private List<Finding> operatingAssetFindings(
      Map<Long, Project> projects, Map<Long, Place> places, LocalDate today) {
    Map<Long, LocalDate> incomeUntil = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT d.assetId, MAX(d.periodTo) FROM DistributionEntity d GROUP BY d.assetId",
                Object[].class)
            .getResultList()) {
      incomeUntil.put((Long) row[0], (LocalDate) row[1]);
    }
    Set<ProjectType> operating = EnumSet.noneOf(ProjectType.class);
    for (ProjectType type : ProjectType.values()) {
      if (type.operating()) {
        operating.add(type);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (AssetEntity entity :
        em.createQuery(
                "SELECT a FROM AssetEntity a WHERE a.handedOver = true AND a.status = :inUse"
                    + " AND a.projectId IN (SELECT p.id FROM ProjectEntity p"
                    + " WHERE p.type IN :operating) ORDER BY a.id",
                AssetEntity.class)
            .setParameter("inUse", AssetStatus.IN_USE)
            .setParameter("operating", operating)
            .setHint("eclipselink.read-only", "true")
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "a.ledger")
            .setHint("eclipselink.batch", "a.shares")
            .getResultList()) {
      Place place = places.get(entity.id());
      Project project = projects.get(entity.projectId());
      if (place == null || project == null) {
        continue;
      }
      Asset asset = entity.toDomain();
      ProjectType type = project.plan().type();
      operatingAssets
          .checkContract(asset, type, place.township(), place.village(), today)
          .ifPresent(findings::add);
      operatingAssets
          .checkIncome(
              asset,
              type,
              Optional.ofNullable(incomeUntil.get(entity.id())),
              place.township(),
              place.village(),
              today)
          .ifPresent(findings::add);
    }
    return findings;
  }

  /** Each distribution against the day it was decided, in the district. */
  private List<Finding> lateDistributionFindings(
      List<DistributionEntity> distributions, Map<Long, Place> places) {
    List<Finding> findings = new ArrayList<>();
    for (DistributionEntity entity : distributions) {
      Place place = places.get(entity.assetId());
      if (place == null) {
        continue;
      }
      incomeDistribution
          .check(
              new DistributionId(entity.id()),
              entity.toDomain(),
              FundChainWrites.day(entity.decidedAt().toInstant()),
              place.township(),
              place.village())
          .ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * The payouts of the distributions of village-owned assets against the registry (those the filter
   * takes), and each asset's distributions against one another.
   */
  private List<Finding> payeeFindings(
      List<DistributionEntity> distributions,
      Map<Long, AssetEntity.Owner> owners,
      java.util.function.LongPredicate checkPayeesOf) {
    District district = regions.places().district();
    Map<Long, List<PayeePolicy.Paid>> byAsset = new HashMap<>();
    for (DistributionEntity entity : distributions) {
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
        if (!checkPayeesOf.test(paid.id().value())) {
          continue;
        }
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

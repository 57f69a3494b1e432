package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.disclosure.Masking;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.RegistryViews.ChangeView;
import org.sunshineledger.portal.registry.RegistryViews.GuaranteeView;
import org.sunshineledger.portal.registry.RegistryViews.HouseholdDetail;
import org.sunshineledger.portal.registry.RegistryViews.HouseholdSummary;
import org.sunshineledger.portal.registry.RegistryViews.MemberView;
import org.sunshineledger.portal.registry.RegistryViews.ProgressView;
import org.sunshineledger.portal.registry.RegistryViews.RiskView;
import org.sunshineledger.portal.registry.RegistryViews.Stats;
import org.sunshineledger.portal.registry.RegistryViews.TownshipStats;
import org.sunshineledger.portal.registry.RegistryViews.UnsafeHouseView;
import org.sunshineledger.portal.registry.RegistryViews.WarningView;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.AfterCommit;
import org.sunshineledger.portal.shared.KeptUntilWrite;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.EarlyWarning;
import org.sunshineledger.registry.EarlyWarningPolicy;
import org.sunshineledger.registry.ExitCondition;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.PriorityGroup;
import org.sunshineledger.registry.UnsafeHouse;
import org.sunshineledger.registry.YearlyTarget;

/**
 * The registry's reads. Officials see the households of their scope with personal data; a read
 * outside the scope is refused (403) and logged. The public gets only {@link #stats()}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryQueries {
  /** Public cells with fewer households than this are suppressed. */
  public static final int SUPPRESSION_THRESHOLD = Masking.SMALL_GROUP;

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  /**
   * The villages an actor may read, or refuses.
   *
   * @param actor the actor
   * @param district the district
   * @return the villages' ids
   */
  static List<Long> readableVillages(Actor actor, District district) {
    if (actor.role() == Role.DONOR) {
      throw new AccessDeniedException(actor.username() + " may not read the registry");
    }
    return district.villages().stream()
        .filter(actor::mayReadRegistryOf)
        .map(v -> v.id().value())
        .toList();
  }

  /**
   * The households in the actor's scope.
   *
   * @param actor who reads
   * @param village a village filter, or null
   * @param status a status filter, or null
   * @param page the page
   * @return the page
   */
  public Page<HouseholdSummary> households(
      Actor actor, Long village, HouseholdStatus status, PageRequest page) {
    District district = regions.places().district();
    List<Long> villages = readableVillages(actor, district);
    if (village != null) {
      Village target =
          district
              .village(new VillageId(village))
              .orElseThrow(() -> new UnknownResourceException("village", village));
      if (!actor.mayReadRegistryOf(target)) {
        throw new AccessDeniedException(
            actor.username() + " may not read the households of village " + village);
      }
      villages = List.of(village);
    }
    String where =
        " WHERE h.villageId IN :villages" + (status == null ? "" : " AND h.status = :status");
    TypedQuery<HouseholdEntity> query =
        em.createQuery(
            "SELECT h FROM HouseholdEntity h" + where + " ORDER BY h.id", HouseholdEntity.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(h) FROM HouseholdEntity h" + where, Long.class);
    query.setParameter("villages", villages);
    count.setParameter("villages", villages);
    if (status != null) {
      query.setParameter("status", status);
      count.setParameter("status", status);
    }
    List<HouseholdSummary> items =
        HouseholdQueries.withCollections(query)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(h -> summary(h, h.toDomain(), district))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /**
   * One household in full.
   *
   * @param actor who reads
   * @param id the household
   * @return the household
   */
  public HouseholdDetail household(Actor actor, long id) {
    District district = regions.places().district();
    HouseholdEntity entity = readable(actor, id, district);
    Household h = entity.toDomain();
    Year latest = h.perCapitaIncome().keySet().stream().max(Comparator.naturalOrder()).orElse(null);
    WarningView warning = null;
    List<String> exitFailures = List.of();
    if (latest != null && EarlyWarningPolicy.DEMO.exitPolicy().povertyLines().containsKey(latest)) {
      warning =
          EarlyWarningPolicy.DEMO
              .evaluate(h, latest, LocalDate.now())
              .map(w -> warningView(w, h, district))
              .orElse(null);
      if (h.status() == HouseholdStatus.POOR) {
        exitFailures =
            EarlyWarningPolicy.DEMO.exitPolicy().assess(h, latest).failures().stream()
                .map(ExitCondition::description)
                .toList();
      }
    }
    Map<String, String> incomes = new TreeMap<>();
    h.perCapitaIncome()
        .forEach(
            (year, income) -> incomes.put(year.toString(), income.toDecimal().toPlainString()));
    return new HouseholdDetail(
        summary(entity, h, district),
        h.idNumber(),
        h.phone(),
        h.members().stream()
            .map(
                m ->
                    new MemberView(
                        m.name(),
                        m.birthYear(),
                        m.labourAbility().name(),
                        m.severeDisability(),
                        m.chronicIllness(),
                        m.student()))
            .toList(),
        incomes,
        h.guarantees().values().stream()
            .map(
                g ->
                    new GuaranteeView(
                        g.guarantee().name(),
                        g.guarantee().chineseName(),
                        g.met(),
                        g.evidence(),
                        g.checkedOn().toString()))
            .toList(),
        h.riskEvents().stream()
            .map(
                e ->
                    new RiskView(
                        e.kind().name(),
                        e.on().toString(),
                        e.cost().toDecimal().toPlainString(),
                        e.description()))
            .toList(),
        h.history().stream()
            .map(
                c ->
                    new ChangeView(
                        c.from() == null ? null : c.from().name(),
                        c.to().name(),
                        c.markers().stream().map(Enum::name).sorted().toList(),
                        c.reason(),
                        c.by(),
                        c.on().toString()))
            .toList(),
        PriorityGroup.of(h).stream().map(PriorityGroup::chineseName).toList(),
        warning,
        exitFailures);
  }

  HouseholdEntity readable(Actor actor, long id, District district) {
    HouseholdEntity entity = em.find(HouseholdEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("household", id);
    }
    Village village = district.village(new VillageId(entity.villageId())).orElseThrow();
    if (actor.role() == Role.DONOR || !actor.mayReadRegistryOf(village)) {
      throw new AccessDeniedException(actor.username() + " may not read household " + id);
    }
    return entity;
  }

  /** The income year the warnings are read for when none is chosen: the demo's last full year. */
  public static final int DEFAULT_WARNING_YEAR = 2019;

  /**
   * The early-warning list of the actor's scope, most urgent first.
   *
   * @param actor who reads
   * @param year the income year compared with the line
   * @return the warnings
   */
  public List<WarningView> earlyWarnings(Actor actor, Year year) {
    District district = regions.places().district();
    java.util.Set<Long> villages = new java.util.HashSet<>(readableVillages(actor, district));
    return districtWarnings(year, district).stream()
        .filter(w -> villages.contains(w.village()))
        .map(VillageWarning::warning)
        .toList();
  }

  private record VillageWarning(long village, WarningView warning) {}

  /**
   * The whole district's warnings for a year, most urgent first: evaluating them reads every
   * household with its history, so the result is kept until a registry write commits.
   */
  private List<VillageWarning> districtWarnings(Year year, District district) {
    return kept.get(
        year,
        () -> {
          List<VillageWarning> warnings = new ArrayList<>();
          LocalDate today = LocalDate.of(year.getValue(), 12, 31);
          for (HouseholdEntity entity :
              HouseholdQueries.withCollections(
                      em.createQuery(
                          "SELECT h FROM HouseholdEntity h ORDER BY h.id", HouseholdEntity.class))
                  .getResultList()) {
            Household h = entity.toDomain();
            EarlyWarningPolicy.DEMO
                .evaluate(h, year, today)
                .ifPresent(
                    w ->
                        warnings.add(
                            new VillageWarning(h.village().value(), warningView(w, h, district))));
          }
          warnings.sort(
              Comparator.comparing(
                      (VillageWarning w) -> EarlyWarning.Level.valueOf(w.warning().level()))
                  .reversed()
                  .thenComparing(w -> w.warning().household()));
          return List.copyOf(warnings);
        });
  }

  private static WarningView warningView(EarlyWarning w, Household h, District district) {
    return new WarningView(
        h.id().value(),
        h.headName(),
        villageName(district, h.village().value()),
        w.level().name(),
        w.reasons());
  }

  /**
   * The unsafe-house ledger of the actor's scope.
   *
   * @param actor who reads
   * @param state a state filter, or null
   * @return the records
   */
  public List<UnsafeHouseView> unsafeHouses(Actor actor, UnsafeHouse.State state) {
    District district = regions.places().district();
    List<Long> villages = readableVillages(actor, district);
    List<UnsafeHouseView> views = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT u, h.headName, h.villageId FROM UnsafeHouseEntity u, HouseholdEntity h"
                    + " WHERE u.householdId = h.id AND h.villageId IN :villages ORDER BY u.id",
                Object[].class)
            .setParameter("villages", villages)
            .getResultList()) {
      UnsafeHouse house = ((UnsafeHouseEntity) row[0]).toDomain();
      if (state == null || house.state() == state) {
        views.add(
            new UnsafeHouseView(
                house.id(),
                house.household().value(),
                (String) row[1],
                villageName(district, (Long) row[2]),
                house.grade().name(),
                house.assessedOn().toString(),
                house.state().name(),
                house.closedOn() == null ? null : house.closedOn().toString(),
                house.acceptanceRef()));
      }
    }
    return views;
  }

  /** Results reading the whole registry, kept until a registry write commits or 5 minutes pass. */
  private final KeptUntilWrite kept = new KeptUntilWrite(5, 16);

  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transactions;

  /**
   * Progress against the policy's yearly targets, over the whole district. It reads every household
   * with its history, so it is computed by one request at a time and kept until a registry write
   * commits (or five minutes pass): the public statistics ask for it on every read, and many
   * concurrent computations exhausted the heap under the fuzzer.
   *
   * @return one row per target
   */
  public List<ProgressView> progress() {
    return kept.get("progress", this::computeProgress);
  }

  /**
   * Every village's registered persons and households lifted, kept like the progress until a
   * registry write commits: the township and flow pages ask for them on every read.
   *
   * @param compute reads them
   * @return by village
   */
  java.util.Map<Long, HouseholdDirectory.VillageCounts> districtCounts(
      java.util.function.Supplier<java.util.Map<Long, HouseholdDirectory.VillageCounts>> compute) {
    return kept.get("villageCounts", compute);
  }

  /**
   * Forgets the computed progress and warnings when the current transaction ends: called by every
   * write to the registry, so that nobody reads a result of before a committed change.
   */
  public void forgetProgressAfterCommit() {
    AfterCommit.forgetNowAndAtCompletion(transactions, kept::forget);
  }

  private List<ProgressView> computeProgress() {
    List<Household> households =
        HouseholdQueries.withCollections(
                em.createQuery("SELECT h FROM HouseholdEntity h", HouseholdEntity.class))
            .getResultList()
            .stream()
            .map(HouseholdEntity::toDomain)
            .toList();
    return YearlyTarget.YICHENG.stream()
        .map(
            t -> {
              YearlyTarget.Progress p = t.progress(households);
              return new ProgressView(
                  t.year().getValue(),
                  t.householdsToLift(),
                  t.peopleToLift(),
                  t.householdsToConsolidate(),
                  t.peopleToConsolidate(),
                  p.householdsLifted(),
                  p.peopleLifted(),
                  p.householdsConsolidated(),
                  p.peopleConsolidated());
            })
        .toList();
  }

  /**
   * The public aggregates: households by township and status, cells under three suppressed.
   *
   * @return the statistics
   */
  public Stats stats() {
    District district = regions.places().district();
    Map<Long, Map<String, Long>> byTownship = new LinkedHashMap<>();
    for (Township t : district.townships()) {
      Map<String, Long> zero = new LinkedHashMap<>();
      for (HouseholdStatus s : HouseholdStatus.values()) {
        zero.put(s.name(), 0L);
      }
      byTownship.put(t.id().value(), zero);
    }
    Map<String, Long> totals = new LinkedHashMap<>();
    for (HouseholdStatus s : HouseholdStatus.values()) {
      totals.put(s.name(), 0L);
    }
    for (Object[] row :
        em.createQuery(
                "SELECT h.villageId, h.status, COUNT(h) FROM HouseholdEntity h GROUP BY h.villageId, h.status",
                Object[].class)
            .getResultList()) {
      Village village = district.village(new VillageId((Long) row[0])).orElseThrow();
      String status = ((HouseholdStatus) row[1]).name();
      long count = ((Number) row[2]).longValue();
      byTownship.get(village.township().value()).merge(status, count, Long::sum);
      totals.merge(status, count, Long::sum);
    }
    List<TownshipStats> rows = new ArrayList<>();
    for (Township t : district.townships()) {
      Map<String, Long> cells = new LinkedHashMap<>();
      byTownship.get(t.id().value()).forEach((status, count) -> cells.put(status, suppress(count)));
      rows.add(new TownshipStats(t.id().value(), t.name(), cells));
    }
    Map<String, Long> shownTotals = new LinkedHashMap<>();
    totals.forEach((status, count) -> shownTotals.put(status, suppress(count)));
    return new Stats(rows, shownTotals, progress(), SUPPRESSION_THRESHOLD);
  }

  private static Long suppress(long count) {
    java.util.OptionalLong shown = Masking.count(count);
    return shown.isPresent() ? shown.getAsLong() : null;
  }

  static HouseholdSummary summary(HouseholdEntity entity, Household h, District district) {
    Village village = district.village(h.village()).orElseThrow();
    return new HouseholdSummary(
        h.id().value(),
        entity.externalCode(),
        h.headName(),
        village.id().value(),
        village.name(),
        district.township(village.township()).map(Township::name).orElse(""),
        h.status().name(),
        h.status().chineseName(),
        h.markers().stream().map(Enum::name).sorted().toList(),
        h.members().size());
  }

  static String villageName(District district, long id) {
    return district.village(new VillageId(id)).map(Village::name).orElse("#" + id);
  }
}

package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.disclosure.Masking;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.fund.FundChainViews.AllocationShareView;
import org.sunshineledger.portal.fund.FundChainViews.AllocationView;
import org.sunshineledger.portal.fund.FundChainViews.AssetDetail;
import org.sunshineledger.portal.fund.FundChainViews.AssetSummary;
import org.sunshineledger.portal.fund.FundChainViews.DistributionDetail;
import org.sunshineledger.portal.fund.FundChainViews.DistributionSummary;
import org.sunshineledger.portal.fund.FundChainViews.FlowLink;
import org.sunshineledger.portal.fund.FundChainViews.FlowNode;
import org.sunshineledger.portal.fund.FundChainViews.FlowsView;
import org.sunshineledger.portal.fund.FundChainViews.FundView;
import org.sunshineledger.portal.fund.FundChainViews.FundingLineView;
import org.sunshineledger.portal.fund.FundChainViews.InspectionView;
import org.sunshineledger.portal.fund.FundChainViews.LedgerView;
import org.sunshineledger.portal.fund.FundChainViews.OwnerShare;
import org.sunshineledger.portal.fund.FundChainViews.PayoutView;
import org.sunshineledger.portal.fund.FundChainViews.PlaceRef;
import org.sunshineledger.portal.fund.FundChainViews.ProjectDetail;
import org.sunshineledger.portal.fund.FundChainViews.ProjectSummary;
import org.sunshineledger.portal.fund.FundChainViews.StageChangeView;
import org.sunshineledger.portal.fund.FundChainViews.TraceView;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.trace.FundChain;
import org.sunshineledger.trace.FundFlows;
import org.sunshineledger.trace.TracePath;

/** The public reads of the fund chain: lists with filters and pages, details, flows, traces. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundChainQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  /**
   * Filters of the project list; null means any.
   *
   * @param township a township the project spans
   * @param village a village it serves
   * @param type its type
   * @param stage its stage
   * @param year its plan year
   */
  public record ProjectFilter(
      Long township, Long village, ProjectType type, ProjectStage stage, Integer year) {}

  static String yuan(long fen) {
    return Money.ofFen(fen).toDecimal().toPlainString();
  }

  static String yuan(Money money) {
    return money.toDecimal().toPlainString();
  }

  // ---- funds and allocations -------------------------------------------------------------

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
    Map<Long, Fund> funds = fundsById();
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

  // ---- projects ----------------------------------------------------------------------------

  /**
   * The projects matching a filter, newest first.
   *
   * @param filter the filter
   * @param page the page
   * @return the page
   */
  public Page<ProjectSummary> projects(ProjectFilter filter, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (filter.type() != null) {
      conditions.add("p.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.stage() != null) {
      conditions.add("p.stage = :stage");
      parameters.put("stage", filter.stage());
    }
    if (filter.year() != null) {
      conditions.add("p.year = :year");
      parameters.put("year", filter.year());
    }
    if (filter.township() != null) {
      conditions.add(":township MEMBER OF p.townships");
      parameters.put("township", filter.township());
    }
    if (filter.village() != null) {
      conditions.add(":village MEMBER OF p.villages");
      parameters.put("village", filter.village());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<ProjectEntity> query =
        em.createQuery(
            "SELECT p FROM ProjectEntity p" + where + " ORDER BY p.year DESC, p.id",
            ProjectEntity.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM ProjectEntity p" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          query.setParameter(name, value);
          count.setParameter(name, value);
        });
    District district = regions.places().district();
    List<ProjectSummary> items =
        query
            .setFirstResult(
                (int) Math.min(Integer.MAX_VALUE, (long) (page.page() - 1) * page.size()))
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(p -> projectSummary(p, p.plan(), district))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  private static ProjectSummary projectSummary(
      ProjectEntity p, ProjectPlan plan, District district) {
    return new ProjectSummary(
        p.id(),
        plan.name(),
        plan.type().name(),
        plan.type().chineseName(),
        plan.scope().name(),
        p.stage().name(),
        p.stage().chineseName(),
        plan.year().getValue(),
        p.leadTownshipId(),
        townshipName(district, p.leadTownshipId()),
        plan.villages().stream().map(v -> villageName(district, v.value())).toList(),
        yuan(plan.plannedInvestment()),
        yuan(p.allocatedFen()),
        yuan(p.disbursedFen()));
  }

  /**
   * One project in full.
   *
   * @param id the project
   * @return the project
   */
  public ProjectDetail project(long id) {
    ProjectEntity entity = em.find(ProjectEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("project", id);
    }
    District district = regions.places().district();
    Project project = entity.toDomain();
    ProjectPlan plan = project.plan();
    Map<Long, Fund> funds = fundsById();
    List<FundingLineView> lines = new ArrayList<>();
    project
        .fundingLines()
        .forEach(
            line -> {
              TownshipBlock block =
                  em.find(TownshipBlockEntity.class, line.block().value()).toDomain();
              Fund fund = funds.get(block.fund().value());
              lines.add(
                  new FundingLineView(
                      block.id().value(),
                      fund.id().value(),
                      fund.name(),
                      fund.source().name(),
                      townshipName(district, block.township().value()),
                      yuan(line.allocated()),
                      yuan(line.disbursed())));
            });
    List<AssetSummary> assets =
        em
            .createQuery(
                "SELECT a FROM AssetEntity a WHERE a.projectId = :p ORDER BY a.id",
                AssetEntity.class)
            .setParameter("p", id)
            .getResultList()
            .stream()
            .map(a -> assetSummary(a.toDomain(), plan.name(), district))
            .toList();
    return new ProjectDetail(
        projectSummary(entity, plan, district),
        plan.description(),
        plan.implementingUnit(),
        plan.benefitLinks().stream().sorted().map(BenefitLink::chineseName).toList(),
        plan.townships().stream()
            .map(t -> new PlaceRef(t.value(), townshipName(district, t.value())))
            .toList(),
        plan.villages().stream()
            .map(v -> new PlaceRef(v.value(), villageName(district, v.value())))
            .toList(),
        project.history().stream()
            .map(
                c ->
                    new StageChangeView(
                        c.from() == null ? null : c.from().name(),
                        c.to().name(),
                        c.to().chineseName(),
                        c.by(),
                        c.at().toString(),
                        c.documentRef()))
            .toList(),
        project.inspections().stream()
            .map(i -> new InspectionView(i.by(), i.at().toString(), i.findings(), i.documentRef()))
            .toList(),
        lines,
        assets,
        entity.version());
  }

  // ---- assets ------------------------------------------------------------------------------

  /**
   * The assets, optionally of one village (sole or joint owner).
   *
   * @param village the village, or null
   * @param page the page
   * @return the page
   */
  public Page<AssetSummary> assets(Long village, PageRequest page) {
    District district = regions.places().district();
    Map<Long, String> projectNames = projectNames();
    List<AssetSummary> views =
        em
            .createQuery("SELECT a FROM AssetEntity a ORDER BY a.id", AssetEntity.class)
            .getResultList()
            .stream()
            .map(AssetEntity::toDomain)
            .filter(a -> village == null || ownerVillages(a.rights().ownership()).contains(village))
            .map(a -> assetSummary(a, projectNames.get(a.project().value()), district))
            .toList();
    return Page.of(views, page);
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

  private AssetSummary assetSummary(Asset asset, String projectName, District district) {
    return new AssetSummary(
        asset.id().value(),
        asset.name(),
        asset.project().value(),
        projectName,
        ownersInWords(asset.rights().ownership(), district),
        yuan(asset.value()),
        asset.status().name(),
        asset.handedOver(),
        asset.custodian());
  }

  private String ownersInWords(Ownership ownership, District district) {
    if (ownership instanceof Ownership.Collective c) {
      return villageName(district, c.village().value()) + "集体";
    }
    if (ownership instanceof Ownership.Joint j) {
      return j.shares().stream()
          .map(
              s ->
                  villageName(district, s.village().value())
                      + " "
                      + s.share().stripTrailingZeros().toPlainString())
          .collect(Collectors.joining("、"));
    }
    return householdName(((Ownership.Household) ownership).household()) + "户";
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
        assetSummary(asset, projectNames().get(asset.project().value()), district),
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
    Map<Long, String> assetNames = assetNames();
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
        distributionSummary(entity, assetNames()),
        d.policy().collectiveShare().stripTrailingZeros().toPlainString(),
        d.policy().noLabourWeight().stripTrailingZeros().toPlainString(),
        d.policy().vulnerableMemberWeight().stripTrailingZeros().toPlainString(),
        d.policy().workDayWeight().stripTrailingZeros().toPlainString(),
        payouts);
  }

  // ---- flows and traces --------------------------------------------------------------------

  /**
   * The year's flows from sources to assets, with labels.
   *
   * @param year the year
   * @return the flows
   */
  public FlowsView flows(int year) {
    District district = regions.places().district();
    FundChain chain = chain();
    FundFlows flows = FundFlows.of(chain, Year.of(year));
    Map<Long, String> projectNames = projectNames();
    Map<Long, String> assetNames = assetNames();
    List<FlowNode> nodes =
        flows.nodes().stream()
            .map(
                n ->
                    new FlowNode(
                        n.key(), n.kind().name(), label(n, district, projectNames, assetNames)))
            .toList();
    List<FlowLink> links =
        flows.links().stream().map(l -> new FlowLink(l.from(), l.to(), yuan(l.amount()))).toList();
    return new FlowsView(year, yuan(flows.total()), flows.reconciles(), nodes, links);
  }

  private static String label(
      FundFlows.Node node,
      District district,
      Map<Long, String> projects,
      Map<Long, String> assets) {
    return switch (node.kind()) {
      case SOURCE -> FundSourceKind.valueOf(node.ref()).chineseName();
      case TOWNSHIP -> townshipName(district, Long.parseLong(node.ref()));
      case PROJECT -> projects.get(Long.parseLong(node.ref()));
      case ASSET -> assets.get(Long.parseLong(node.ref()));
      case UNALLOCATED -> FundSourceKind.valueOf(node.ref()).chineseName() + "·待分配";
      case BLOCK_BALANCE -> townshipName(district, Long.parseLong(node.ref())) + "·结余";
      case NOT_YET_ASSET -> projects.get(Long.parseLong(node.ref())) + "·尚未形成资产";
    };
  }

  /**
   * Follows one household's payout back to its fund sources.
   *
   * @param distribution the distribution
   * @param household the household
   * @return the paths, adding up to the payout
   */
  public List<TraceView> traceBack(long distribution, long household) {
    return traceViews(
        chain().traceBack(new DistributionId(distribution), new HouseholdId(household)));
  }

  /**
   * Follows a fund forward into blocks, projects and assets.
   *
   * @param fund the fund
   * @return the paths
   */
  public List<TraceView> traceForward(long fund) {
    if (em.find(FundEntity.class, fund) == null) {
      throw new UnknownResourceException("fund", fund);
    }
    return traceViews(chain().traceForward(new org.sunshineledger.fund.FundId(fund)));
  }

  private List<TraceView> traceViews(List<TracePath> paths) {
    District district = regions.places().district();
    Map<Long, Fund> funds = fundsById();
    Map<Long, String> projects = projectNames();
    Map<Long, String> assets = assetNames();
    return paths.stream()
        .map(
            p ->
                new TraceView(
                    p.fund().value(),
                    funds.get(p.fund().value()).name(),
                    p.source().name(),
                    p.block().value(),
                    townshipName(district, p.township().value()),
                    p.project().value(),
                    projects.get(p.project().value()),
                    p.asset() == null ? 0 : p.asset().value(),
                    p.asset() == null ? null : assets.get(p.asset().value()),
                    yuan(p.amount())))
        .toList();
  }

  /**
   * The whole chain as stored, for flows and traces.
   *
   * @return the chain
   */
  public FundChain chain() {
    Collection<Fund> funds = fundsById().values();
    List<TownshipBlock> blocks =
        em
            .createQuery("SELECT b FROM TownshipBlockEntity b", TownshipBlockEntity.class)
            .getResultList()
            .stream()
            .map(TownshipBlockEntity::toDomain)
            .toList();
    List<Project> projects =
        em
            .createQuery(
                "SELECT p FROM ProjectEntity p WHERE p.allocatedFen > 0", ProjectEntity.class)
            .getResultList()
            .stream()
            .map(ProjectEntity::toDomain)
            .toList();
    List<Asset> assets =
        em.createQuery("SELECT a FROM AssetEntity a", AssetEntity.class).getResultList().stream()
            .map(AssetEntity::toDomain)
            .toList();
    Map<DistributionId, Distribution> distributions = new HashMap<>();
    em.createQuery("SELECT d FROM DistributionEntity d", DistributionEntity.class)
        .getResultList()
        .forEach(d -> distributions.put(new DistributionId(d.id()), d.toDomain()));
    return new FundChain(funds, blocks, projects, assets, distributions);
  }

  // ---- names -------------------------------------------------------------------------------

  private Map<Long, Fund> fundsById() {
    return em.createQuery("SELECT f FROM FundEntity f", FundEntity.class).getResultList().stream()
        .map(FundEntity::toDomain)
        .collect(Collectors.toMap(f -> f.id().value(), Function.identity()));
  }

  private Map<Long, String> projectNames() {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT p.id, p.name FROM ProjectEntity p", Object[].class)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  private Map<Long, String> assetNames() {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT a.id, a.name FROM AssetEntity a", Object[].class)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  private String householdName(HouseholdId id) {
    return households
        .find(id.value())
        .map(HouseholdDirectory.HouseholdCard::maskedHeadName)
        .orElse("*");
  }

  static String townshipName(District district, long id) {
    return district.township(new TownshipId(id)).map(t -> t.name()).orElse("#" + id);
  }

  static String villageName(District district, long id) {
    return district.village(new VillageId(id)).map(v -> v.name()).orElse("#" + id);
  }
}

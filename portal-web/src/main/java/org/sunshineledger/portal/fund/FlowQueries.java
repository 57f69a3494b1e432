package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainNames.assetNames;
import static org.sunshineledger.portal.fund.FundChainNames.fundsById;
import static org.sunshineledger.portal.fund.FundChainNames.projectNames;
import static org.sunshineledger.portal.fund.FundChainNames.townshipName;
import static org.sunshineledger.portal.fund.FundChainNames.yuan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.portal.fund.FundChainViews.FlowLink;
import org.sunshineledger.portal.fund.FundChainViews.FlowNode;
import org.sunshineledger.portal.fund.FundChainViews.FlowsView;
import org.sunshineledger.portal.fund.FundChainViews.TraceView;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.project.Project;
import org.sunshineledger.region.District;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.trace.FundChain;
import org.sunshineledger.trace.FundFlows;
import org.sunshineledger.trace.TracePath;

/**
 * The public reads of the whole chain as stored: the year's flows from sources to assets, and the
 * traces of a fund forward and of a household's payout back to its sources.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FlowQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

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
    Map<Long, String> projectNames = projectNames(em);
    Map<Long, String> assetNames = assetNames(em);
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
    Map<Long, Fund> funds = fundsById(em);
    Map<Long, String> projects = projectNames(em);
    Map<Long, String> assets = assetNames(em);
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
    Collection<Fund> funds = fundsById(em).values();
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
}

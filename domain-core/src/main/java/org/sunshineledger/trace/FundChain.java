package org.sunshineledger.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.income.Payout;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.registry.HouseholdId;

/**
 * The chain of funds, blocks, projects, assets and distributions, read-only, to follow money along
 * it. Where money splits — a project drawing on several blocks, a project forming several assets —
 * an amount is attributed to each branch in proportion (to the project's allocation from each
 * block, to each asset's value) by the exact split, so the paths of any amount add up to it.
 */
public final class FundChain {
  private final Map<FundId, Fund> funds;
  private final Map<BlockId, TownshipBlock> blocks;
  private final Map<ProjectId, Project> projects;
  private final Map<AssetId, Asset> assets;
  private final Map<DistributionId, Distribution> distributions;

  /**
   * A chain over the given aggregates.
   *
   * @param funds the funds
   * @param blocks the township blocks
   * @param projects the projects
   * @param assets the assets
   * @param distributions the distributions, by id
   */
  public FundChain(
      Collection<Fund> funds,
      Collection<TownshipBlock> blocks,
      Collection<Project> projects,
      Collection<Asset> assets,
      Map<DistributionId, Distribution> distributions) {
    this.funds = index(funds, Fund::id);
    this.blocks = index(blocks, TownshipBlock::id);
    this.projects = index(projects, Project::id);
    this.assets = index(assets, Asset::id);
    this.distributions = Map.copyOf(distributions);
  }

  private static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
  }

  /**
   * Follows a household's payout back to the funds it came from.
   *
   * @param distribution the distribution
   * @param household the household paid
   * @return the paths, whose amounts add up to the payout
   * @throws DomainException {@code trace.unknown} when the distribution or the payout is not in the
   *     chain
   */
  public List<TracePath> traceBack(DistributionId distribution, HouseholdId household) {
    Distribution paid = distribution(distribution);
    Payout payout =
        paid.payouts().stream()
            .filter(p -> p.household().equals(household))
            .findFirst()
            .orElseThrow(() -> unknown("payout to household " + household.value()));
    return fromAsset(paid.asset(), payout.amount());
  }

  /**
   * Follows the collective part of a distribution back to the funds it came from.
   *
   * @param distribution the distribution
   * @return the paths, whose amounts add up to the collective part
   */
  public List<TracePath> traceCollectiveBack(DistributionId distribution) {
    Distribution paid = distribution(distribution);
    return fromAsset(paid.asset(), paid.collectivePart());
  }

  /**
   * Follows an amount earned by an asset back through its project's funding lines.
   *
   * @param assetId the asset
   * @param amount the amount
   * @return the paths
   */
  public List<TracePath> fromAsset(AssetId assetId, Money amount) {
    Asset asset = assets.get(assetId);
    if (asset == null) {
      throw unknown("asset " + assetId.value());
    }
    Project project = project(asset.project());
    List<FundingLine> lines = project.fundingLines();
    if (lines.isEmpty()) {
      throw unknown("funding of project " + project.id().value());
    }
    List<Money> parts =
        amount.allocate(lines.stream().map(l -> l.allocated().toDecimal()).toList());
    List<TracePath> paths = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      TownshipBlock block = block(lines.get(i).block());
      Fund fund = fund(block.fund());
      paths.add(
          new TracePath(
              fund.id(),
              fund.source(),
              block.id(),
              block.township(),
              project.id(),
              asset.id(),
              parts.get(i)));
    }
    return paths;
  }

  /**
   * Follows a fund forward: into which blocks, projects and assets it went. The paths cover what
   * projects drew from the fund's blocks; {@link #unallocated(FundId)} and a block's balance cover
   * the rest.
   *
   * @param fundId the fund
   * @return the paths; a path with a null asset is money not (yet) formed into an asset
   */
  public List<TracePath> traceForward(FundId fundId) {
    Fund fund = fund(fundId);
    List<TracePath> paths = new ArrayList<>();
    for (TownshipBlock block : blocksOf(fundId)) {
      for (Project project : projects.values()) {
        for (FundingLine line : project.fundingLines()) {
          if (line.block().equals(block.id())) {
            paths.addAll(intoAssets(fund, block, project, line.allocated()));
          }
        }
      }
    }
    return paths;
  }

  /**
   * What of a fund has not been cut into blocks.
   *
   * @param fundId the fund
   * @return the fund's amount less its blocks
   */
  public Money unallocated(FundId fundId) {
    Fund fund = fund(fundId);
    return blocksOf(fundId).stream().map(TownshipBlock::amount).reduce(fund.amount(), Money::minus);
  }

  List<TracePath> intoAssets(Fund fund, TownshipBlock block, Project project, Money amount) {
    List<Asset> formed = assetsOf(project.id());
    List<BigDecimal> values = formed.stream().map(a -> a.value().toDecimal()).toList();
    boolean valued = values.stream().anyMatch(v -> v.signum() > 0);
    if (!valued) {
      return List.of(
          new TracePath(
              fund.id(), fund.source(), block.id(), block.township(), project.id(), null, amount));
    }
    List<Money> parts = amount.allocate(values);
    List<TracePath> paths = new ArrayList<>(formed.size());
    for (int i = 0; i < formed.size(); i++) {
      paths.add(
          new TracePath(
              fund.id(),
              fund.source(),
              block.id(),
              block.township(),
              project.id(),
              formed.get(i).id(),
              parts.get(i)));
    }
    return paths;
  }

  List<TownshipBlock> blocksOf(FundId fund) {
    return blocks.values().stream()
        .filter(b -> b.fund().equals(fund))
        .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
        .toList();
  }

  List<Asset> assetsOf(ProjectId project) {
    return assets.values().stream()
        .filter(a -> a.project().equals(project))
        .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
        .toList();
  }

  Collection<Fund> funds() {
    return funds.values();
  }

  Collection<Project> projects() {
    return projects.values();
  }

  Fund fund(FundId id) {
    Fund fund = funds.get(id);
    if (fund == null) {
      throw unknown("fund " + id.value());
    }
    return fund;
  }

  TownshipBlock block(BlockId id) {
    TownshipBlock block = blocks.get(id);
    if (block == null) {
      throw unknown("block " + id.value());
    }
    return block;
  }

  private Project project(ProjectId id) {
    Project project = projects.get(id);
    if (project == null) {
      throw unknown("project " + id.value());
    }
    return project;
  }

  private Distribution distribution(DistributionId id) {
    Distribution distribution = distributions.get(id);
    if (distribution == null) {
      throw unknown("distribution " + id.value());
    }
    return distribution;
  }

  private static DomainException unknown(String what) {
    return new DomainException(
        "trace.unknown", "the chain holds no " + what, Map.of("missing", what));
  }
}

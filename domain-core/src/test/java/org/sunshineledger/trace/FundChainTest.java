package org.sunshineledger.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.Fixtures;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.registry.HouseholdId;

/** Every fen paid to a household can be followed back to its fund source, and forward again. */
class FundChainTest {
  private final Fund central =
      new Fund(
          new FundId(1),
          FundSourceKind.CENTRAL,
          "2018年中央财政专项扶贫资金",
          Year.of(2018),
          Money.yuan("1000000"),
          "财农-1");
  private final Fund soe =
      new Fund(
          new FundId(2),
          FundSourceKind.SOE_DONATION,
          "2018年国有企业捐赠",
          Year.of(2018),
          Money.yuan("300000"),
          "捐-1");
  private final TownshipBlock centralBlock =
      new TownshipBlock(
          new BlockId(1),
          central.id(),
          Fixtures.HUANGQUAN.township(),
          Money.yuan("800000"),
          Money.zero());
  private final TownshipBlock soeBlock =
      new TownshipBlock(
          new BlockId(2),
          soe.id(),
          Fixtures.HUANGQUAN.township(),
          Money.yuan("300000"),
          Money.zero());
  private final Project project =
      Fixtures.projectAt(ProjectStage.APPROVED, centralBlock, Money.yuan("1"));
  private final DistributionId distributionId = new DistributionId(1);
  private FundChain chain;
  private Distribution distribution;

  private void build() {
    project.fund(centralBlock, Money.yuan("450000"));
    project.fund(soeBlock, Money.yuan("150000"));
    project.advanceTo(ProjectStage.IMPLEMENTATION, "x", Fixtures.T0, "d");
    project.advanceTo(ProjectStage.COMPLETION_ACCEPTED, "x", Fixtures.T0, "d");
    AssetRights rights =
        new AssetRights(
            new Ownership.Collective(Fixtures.HUANGQUAN.id()),
            Optional.empty(),
            "黄泉村村集体",
            "贫困户",
            "理事会");
    Asset workshop =
        Asset.register(
            new AssetId(1),
            project.id(),
            project.stage(),
            "扶贫车间厂房",
            rights,
            Money.yuan("400000"),
            "x",
            Fixtures.T0,
            "d");
    Asset equipment =
        Asset.register(
            new AssetId(2),
            project.id(),
            project.stage(),
            "榨汁设备",
            rights,
            Money.yuan("200000"),
            "x",
            Fixtures.T0,
            "d");
    distribution =
        DistributionPolicy.DEMO.distribute(
            workshop.id(),
            IncomePeriod.year(2019),
            Money.yuan("36000"),
            List.of(
                new Beneficiary(new HouseholdId(11), false, 1, 0),
                new Beneficiary(new HouseholdId(12), true, 0, 40)));
    chain =
        new FundChain(
            List.of(central, soe),
            List.of(centralBlock, soeBlock),
            List.of(project),
            List.of(workshop, equipment),
            Map.of(distributionId, distribution));
  }

  @Test
  void a_household_payout_is_traced_back_to_its_fund_sources_to_the_fen() {
    build();
    Money payout = distribution.payouts().get(0).amount();
    List<TracePath> paths = chain.traceBack(distributionId, new HouseholdId(11));
    assertEquals(payout, paths.stream().map(TracePath::amount).reduce(Money.zero(), Money::plus));
    assertEquals(
        List.of(FundSourceKind.CENTRAL, FundSourceKind.SOE_DONATION),
        paths.stream().map(TracePath::source).toList());
    assertEquals(new AssetId(1), paths.get(0).asset());
    assertEquals(Fixtures.HUANGQUAN.township(), paths.get(0).township());
    // the project drew 450,000 and 150,000: three quarters of the payout is central money
    assertEquals(payout.allocate(3, 1), paths.stream().map(TracePath::amount).toList());
  }

  @Test
  void the_collective_part_is_traced_back_too() {
    build();
    List<TracePath> paths = chain.traceCollectiveBack(distributionId);
    assertEquals(
        distribution.collectivePart(),
        paths.stream().map(TracePath::amount).reduce(Money.zero(), Money::plus));
  }

  @Test
  void a_fund_is_followed_forward_into_projects_and_assets_and_the_rest_is_accounted_for() {
    build();
    List<TracePath> forward = chain.traceForward(central.id());
    assertEquals(
        Money.yuan("450000"),
        forward.stream().map(TracePath::amount).reduce(Money.zero(), Money::plus));
    assertEquals(
        List.of(new AssetId(1), new AssetId(2)), forward.stream().map(TracePath::asset).toList());
    assertEquals(Money.yuan("200000"), chain.unallocated(central.id()));
    assertEquals(Money.yuan("350000"), centralBlock.balance());
  }

  @Test
  void the_years_flows_reconcile_from_sources_to_assets() {
    build();
    FundFlows flows = FundFlows.of(chain, Year.of(2018));
    assertTrue(flows.reconciles());
    assertEquals(Money.yuan("1300000"), flows.total());
    String township = "township:" + Fixtures.HUANGQUAN.township().value();
    assertEquals(Money.yuan("1100000"), flows.inflow(township));
    assertEquals(Money.yuan("600000"), flows.inflow("project:1"));
    assertEquals(Money.yuan("400000"), flows.inflow("asset:1"));
    assertEquals(Money.yuan("200000"), flows.inflow("asset:2"));
    assertEquals(
        Money.yuan("500000"),
        flows.inflow("block_balance:" + Fixtures.HUANGQUAN.township().value()));
    assertEquals(Money.yuan("200000"), flows.inflow("unallocated:CENTRAL"));
    assertEquals(Money.zero(), FundFlows.of(chain, Year.of(2019)).total());
  }
}

package org.sunshineledger.portal.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sunshineledger.portal.board.BoardQueries;
import org.sunshineledger.portal.board.BoardQueries.NeedView;
import org.sunshineledger.portal.disclosure.DisclosureQueries;
import org.sunshineledger.portal.disclosure.DisclosureViews.DisclosureSummary;
import org.sunshineledger.portal.fund.AssetQueries;
import org.sunshineledger.portal.fund.FundChainViews.AssetSummary;
import org.sunshineledger.portal.fund.FundChainViews.DistributionSummary;
import org.sunshineledger.portal.fund.FundChainViews.FundView;
import org.sunshineledger.portal.fund.FundChainViews.FundingLineView;
import org.sunshineledger.portal.fund.FundChainViews.ProjectDetail;
import org.sunshineledger.portal.fund.FundChainViews.ProjectSummary;
import org.sunshineledger.portal.fund.FundQueries;
import org.sunshineledger.portal.fund.ProjectQueries;
import org.sunshineledger.portal.fund.ProjectQueries.ProjectFilter;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.place.RegionsResponse.ContactView;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageDesignation;
import org.sunshineledger.region.VillageId;

/**
 * What reached one village, read from the contexts' public reads only — so it holds nothing the
 * public may not see. The village's page, its notice-board poster and its API all show this one
 * reading, which is why they agree to the fen.
 */
@ApplicationScoped
public class VillageReads {
  /** §12: a key village's collective income reaches 30,000 yuan by the end of 2018. */
  static final BigDecimal KEY_VILLAGE_TARGET = new BigDecimal("30000");

  @Inject RegionService regions;
  @Inject ProjectQueries projects;
  @Inject FundQueries funds;
  @Inject AssetQueries assets;
  @Inject DisclosureQueries disclosures;
  @Inject BoardQueries board;

  /**
   * A village as the public sees it.
   *
   * @param id the village
   * @param name its name
   * @param township its township
   * @param townshipName the township's name
   * @param designations its designations (KEY_SUPPORT …), sorted
   * @param keySupport whether it is a key-support village of §12
   * @param money the money of its projects by year and source
   * @param projects its projects with their stage
   * @param assets its assets with owners and custodian
   * @param distributions its assets' income shared, the latest first
   * @param income its asset income by year against the §12 target
   * @param notices its notices, those open for objection first
   * @param needs its needs on the charity board
   * @param contact its complaint telephone and notice board, null when not recorded
   */
  public record VillageFacts(
      long id,
      String name,
      long township,
      String townshipName,
      List<String> designations,
      boolean keySupport,
      Money money,
      List<ProjectSummary> projects,
      List<AssetSummary> assets,
      List<DistributionSummary> distributions,
      List<IncomeRow> income,
      List<DisclosureSummary> notices,
      List<NeedView> needs,
      ContactView contact) {
    /**
     * The notices open for objection now.
     *
     * @return those published and not archived
     */
    public List<DisclosureSummary> openNotices() {
      return notices.stream().filter(n -> "PUBLISHED".equals(n.status())).toList();
    }
  }

  /**
   * Reads a village.
   *
   * @param villageId the village
   * @return what reached it
   * @throws UnknownResourceException when the district has no such village
   */
  public VillageFacts read(long villageId) {
    District district = regions.places().district();
    Village village =
        district
            .village(new VillageId(villageId))
            .orElseThrow(() -> new UnknownResourceException("village", villageId));
    Township township = district.township(village.township()).orElseThrow();
    List<ProjectSummary> list =
        projects
            .projects(new ProjectFilter(null, villageId, null, null, null), PageRequest.ALL)
            .items();
    List<AssetSummary> owned = assets.assets(villageId, PageRequest.ALL).items();
    List<DistributionSummary> shared = new ArrayList<>();
    for (AssetSummary asset : owned) {
      shared.addAll(assets.distributions(asset.id(), null, PageRequest.ALL).items());
    }
    shared.sort(Comparator.comparing(DistributionSummary::periodFrom).reversed());
    boolean keyVillage = village.is(VillageDesignation.KEY_SUPPORT);
    List<DisclosureSummary> notices =
        new ArrayList<>(
            disclosures
                .list(
                    new DisclosureQueries.Filter(null, null, null, villageId, null, null, null),
                    PageRequest.ALL)
                .items());
    notices.sort(
        Comparator.comparing((DisclosureSummary d) -> !"PUBLISHED".equals(d.status()))
            .thenComparing(DisclosureSummary::windowStart, Comparator.reverseOrder()));
    return new VillageFacts(
        villageId,
        village.name(),
        township.id().value(),
        township.name(),
        village.designations().stream().map(VillageDesignation::name).sorted().toList(),
        keyVillage,
        money(list),
        list,
        owned,
        List.copyOf(shared),
        incomeByYear(shared, keyVillage),
        List.copyOf(notices),
        board.needsOfVillage(villageId),
        regions.places().contactOf(village.id()).map(ContactView::of).orElse(null));
  }

  /**
   * The money of a village's projects in a year from a source: what was drawn from township blocks
   * for them and what was paid out.
   *
   * @param year the funds' year
   * @param source the source's name
   * @param allocated drawn for the projects, in yuan
   * @param disbursed paid out, in yuan
   */
  public record MoneyRow(int year, String source, String allocated, String disbursed) {}

  /**
   * The money table with its totals.
   *
   * @param rows by year and source
   * @param allocated the total drawn
   * @param disbursed the total paid out
   * @param shared whether a project of the village serves other villages too
   */
  public record Money(List<MoneyRow> rows, String allocated, String disbursed, boolean shared) {}

  private Money money(List<ProjectSummary> list) {
    Map<Long, Integer> yearOfFund = new HashMap<>();
    for (FundView fund : funds.funds(null, PageRequest.ALL).items()) {
      yearOfFund.put(fund.id(), fund.year());
    }
    Map<String, BigDecimal[]> sums = new TreeMap<>(Comparator.reverseOrder());
    BigDecimal allocated = BigDecimal.ZERO;
    BigDecimal disbursed = BigDecimal.ZERO;
    boolean shared = false;
    for (ProjectSummary summary : list) {
      ProjectDetail detail = projects.project(summary.id());
      shared |= detail.villageRefs().size() > 1;
      for (FundingLineView line : detail.fundingLines()) {
        int year = yearOfFund.getOrDefault(line.fund(), summary.year());
        BigDecimal[] sum =
            sums.computeIfAbsent(
                year + "\t" + line.source(),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(new BigDecimal(line.allocated()));
        sum[1] = sum[1].add(new BigDecimal(line.disbursed()));
        allocated = allocated.add(new BigDecimal(line.allocated()));
        disbursed = disbursed.add(new BigDecimal(line.disbursed()));
      }
    }
    List<MoneyRow> rows = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          String[] parts = key.split("\t");
          rows.add(
              new MoneyRow(
                  Integer.parseInt(parts[0]),
                  parts[1],
                  sum[0].setScale(2).toPlainString(),
                  sum[1].setScale(2).toPlainString()));
        });
    return new Money(
        rows, allocated.setScale(2).toPlainString(), disbursed.setScale(2).toPlainString(), shared);
  }

  /**
   * The village's asset income in a year, with the collective's part against the target of §12.
   *
   * @param year the year the income was earned in
   * @param income the income
   * @param collective the collective's part
   * @param households the households' part
   * @param target the collective income the policy asks for that year, null when none
   * @param met whether the collective part reaches it, null without a target
   */
  public record IncomeRow(
      int year, String income, String collective, String households, String target, Boolean met) {}

  /**
   * By year, oldest first: for a key village 30,000 yuan from 2018; for another village whose first
   * year was below 30,000, twice that first year from 2020 (a village first recording income in
   * 2020 or later has no earlier year to double, so no target).
   */
  static List<IncomeRow> incomeByYear(List<DistributionSummary> shared, boolean keyVillage) {
    Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
    for (DistributionSummary d : shared) {
      int year = Integer.parseInt(d.periodFrom().substring(0, 4));
      BigDecimal[] sum =
          byYear.computeIfAbsent(
              year, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(new BigDecimal(d.income()));
      sum[1] = sum[1].add(new BigDecimal(d.collectivePart()));
      sum[2] = sum[2].add(new BigDecimal(d.householdPart()));
    }
    List<IncomeRow> rows = new ArrayList<>();
    int firstYear = byYear.isEmpty() ? 0 : byYear.keySet().iterator().next();
    BigDecimal first = byYear.isEmpty() ? null : byYear.values().iterator().next()[1];
    byYear.forEach(
        (year, sum) -> {
          BigDecimal target = null;
          if (keyVillage && year >= 2018) {
            target = KEY_VILLAGE_TARGET;
          } else if (!keyVillage
              && year >= 2020
              && year > firstYear
              && first.compareTo(KEY_VILLAGE_TARGET) < 0) {
            target = first.multiply(BigDecimal.valueOf(2));
          }
          rows.add(
              new IncomeRow(
                  year,
                  sum[0].setScale(2).toPlainString(),
                  sum[1].setScale(2).toPlainString(),
                  sum[2].setScale(2).toPlainString(),
                  target == null ? null : target.setScale(2).toPlainString(),
                  target == null ? null : sum[1].compareTo(target) >= 0));
        });
    return rows;
  }
}

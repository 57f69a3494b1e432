package org.sunshineledger.portal.village;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.LocalizedPages;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageDesignation;
import org.sunshineledger.region.VillageId;

/**
 * A village's page (村务公开): in one place what reached the village — the money of its projects by
 * year and source, reconciling to the fen with the projects' pages; its projects and their stage;
 * its assets and who runs them; each year's asset income, the collective's part against the targets
 * of §12 and the households' part; its notices, those open for objection first; and where to
 * complain. It reads the contexts' public reads only, so it shows nothing the public may not see.
 */
@Path("/villages/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class VillagePages extends LocalizedPages {
  /** §12: a key village's collective income reaches 30,000 yuan by the end of 2018. */
  static final BigDecimal KEY_VILLAGE_TARGET = new BigDecimal("30000");

  @Inject RegionService regions;
  @Inject ProjectQueries projects;
  @Inject FundQueries funds;
  @Inject AssetQueries assets;
  @Inject DisclosureQueries disclosures;
  @Inject org.sunshineledger.portal.board.BoardQueries board;

  /**
   * The village's page.
   *
   * @param id the village
   * @return the page
   */
  @GET
  @Operation(hidden = true)
  public Response village(@PathParam("id") String id) {
    long villageId = Params.pathId("village", id);
    var district = regions.places().district();
    Village village =
        district
            .village(new VillageId(villageId))
            .orElseThrow(() -> new UnknownResourceException("village", villageId));
    PageContext page = page("/villages/" + villageId);
    Map<String, Object> model = new HashMap<>();
    model.put("village", village);
    model.put("township", district.township(village.township()).orElseThrow());
    model.put(
        "designations",
        village.designations().stream().map(VillageDesignation::name).sorted().toList());
    model.put("contact", regions.places().contactOf(village.id()).orElse(null));

    List<ProjectSummary> list =
        projects
            .projects(new ProjectFilter(null, villageId, null, null, null), PageRequest.ALL)
            .items();
    model.put("projects", list);
    Money money = money(list);
    model.put("money", money);
    model.put("moneyChart", moneyByYear(money));

    List<AssetSummary> owned = assets.assets(villageId, PageRequest.ALL).items();
    model.put("assets", owned);
    List<DistributionSummary> shared = new ArrayList<>();
    for (AssetSummary asset : owned) {
      shared.addAll(assets.distributions(asset.id(), null, PageRequest.ALL).items());
    }
    shared.sort(Comparator.comparing(DistributionSummary::periodFrom).reversed());
    model.put("distributions", shared);
    boolean keyVillage = village.is(VillageDesignation.KEY_SUPPORT);
    model.put("keyVillage", keyVillage);
    List<IncomeRow> income = incomeByYear(shared, keyVillage);
    model.put("income", income);
    model.put(
        "incomeChart",
        org.sunshineledger.portal.page.BarChart.of(
            income.stream().map(r -> String.valueOf(r.year())).toList(),
            income.stream().map(r -> new BigDecimal(r.collective())).toList(),
            income.stream().map(IncomeRow::collective).toList()));

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
    model.put("notices", notices);
    model.put("needs", board.needsOfVillage(villageId));
    return render("village/village", page, model);
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

  /** The money drawn for the village's projects by year, as bars. */
  private static org.sunshineledger.portal.page.BarChart moneyByYear(Money money) {
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    for (MoneyRow row : money.rows()) {
      byYear.merge(row.year(), new BigDecimal(row.allocated()), BigDecimal::add);
    }
    return org.sunshineledger.portal.page.BarChart.of(
        byYear.keySet().stream().map(String::valueOf).toList(),
        List.copyOf(byYear.values()),
        byYear.values().stream().map(v -> v.setScale(2).toPlainString()).toList());
  }

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
   * @param met whether the collective part reaches it
   */
  public record IncomeRow(
      int year, String income, String collective, String households, String target, boolean met) {}

  /**
   * By year, oldest first: for a key village 30,000 yuan from 2018; for another village whose first
   * year was below 30,000, twice that first year by 2020.
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
    BigDecimal first = byYear.isEmpty() ? null : byYear.values().iterator().next()[1];
    byYear.forEach(
        (year, sum) -> {
          BigDecimal target = null;
          if (keyVillage && year >= 2018) {
            target = KEY_VILLAGE_TARGET;
          } else if (!keyVillage && year >= 2020 && first.compareTo(KEY_VILLAGE_TARGET) < 0) {
            target = first.multiply(BigDecimal.valueOf(2));
          }
          rows.add(
              new IncomeRow(
                  year,
                  sum[0].setScale(2).toPlainString(),
                  sum[1].setScale(2).toPlainString(),
                  sum[2].setScale(2).toPlainString(),
                  target == null ? null : target.setScale(2).toPlainString(),
                  target == null || sum[1].compareTo(target) >= 0));
        });
    return rows;
  }
}

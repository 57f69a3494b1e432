package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sunshineledger.portal.fund.FundChainViews.FundView;
import org.sunshineledger.portal.fund.FundChainViews.ProjectSummary;
import org.sunshineledger.portal.fund.ProjectQueries.ProjectFilter;
import org.sunshineledger.portal.shared.DistrictFigures;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.project.ProjectStage;

/**
 * The fund chain's figures of the district: funds by year, the share paid out, projects by stage.
 */
@ApplicationScoped
class FundFigures implements DistrictFigures {
  @Inject FundQueries funds;
  @Inject ProjectQueries projects;

  @Override
  public List<Figure> figures() {
    List<Figure> figures = new ArrayList<>();
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    for (FundView fund : funds.funds(null, PageRequest.ALL).items()) {
      byYear.merge(fund.year(), new BigDecimal(fund.amount()), BigDecimal::add);
    }
    byYear.forEach(
        (year, amount) ->
            figures.add(
                new Figure(
                    "figure.fundsYear",
                    List.of(String.valueOf(year), amount),
                    "/flows?year=" + year)));
    BigDecimal allocated = BigDecimal.ZERO;
    BigDecimal disbursed = BigDecimal.ZERO;
    Map<ProjectStage, Integer> stages = new EnumMap<>(ProjectStage.class);
    List<ProjectSummary> all =
        projects.projects(new ProjectFilter(null, null, null, null, null), PageRequest.ALL).items();
    for (ProjectSummary p : all) {
      allocated = allocated.add(new BigDecimal(p.allocated()));
      disbursed = disbursed.add(new BigDecimal(p.disbursed()));
      stages.merge(ProjectStage.valueOf(p.stage()), 1, Integer::sum);
    }
    if (allocated.signum() > 0) {
      figures.add(
          new Figure(
              "figure.disbursed",
              List.of(
                  disbursed
                      .multiply(BigDecimal.valueOf(100))
                      .divide(allocated, 1, RoundingMode.HALF_EVEN)
                      .toPlainString(),
                  disbursed,
                  allocated),
              "/projects"));
    }
    stages.forEach(
        (stage, count) ->
            figures.add(
                new Figure(
                    "figure.stage." + stage.name(), List.of(count), "/projects?status=" + stage)));
    return figures;
  }
}

package org.sunshineledger.portal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.portal.fund.FundChainViews.ProjectSummary;
import org.sunshineledger.project.ProjectStage;

class StageFunnelTest {
  private static ProjectSummary at(String stage) {
    return new ProjectSummary(
        1,
        "项目",
        "INDUSTRY",
        "产业",
        "VILLAGE",
        stage,
        stage,
        2019,
        1,
        "峨山镇",
        List.of(),
        "1.00",
        "0.00",
        "0.00");
  }

  @Test
  void a_project_past_a_stage_counts_as_having_reached_it() {
    var funnel =
        FundChainPages.stageFunnel(
            List.of(at("RESERVE"), at("APPROVED"), at("APPROVED"), at("POST_EVALUATED")),
            ProjectStage::chineseName);
    assertEquals(ProjectStage.values().length, funnel.size());
    assertEquals(
        List.of(4L, 3L, 3L, 1L, 1L, 1L, 1L, 1L),
        funnel.stream().map(FundChainPages.StageRow::reached).toList());
    assertEquals(2, funnel.get(2).at());
    assertEquals("项目储备", funnel.get(0).stageName());
  }
}

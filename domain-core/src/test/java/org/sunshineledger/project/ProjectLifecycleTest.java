package org.sunshineledger.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sunshineledger.project.Fixtures.T0;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;

/** §5: 项目储备 → 论证评审 → 遴选立项 → 组织实施 → 竣工验收 → 资产移交 → 建后管护 → 后期评估问效. */
class ProjectLifecycleTest {

  @Test
  void a_project_goes_through_every_stage_of_policy_s5_and_each_step_is_recorded() {
    TownshipBlock block = Fixtures.eshanBlock(1, "1000000");
    Project project = Fixtures.projectAt(ProjectStage.POST_EVALUATED, block, Money.yuan("600000"));
    assertEquals(ProjectStage.POST_EVALUATED, project.stage());
    assertEquals(8, project.history().size());
    StageChange approval = project.history().get(2);
    assertEquals(ProjectStage.APPRAISAL, approval.from());
    assertEquals(ProjectStage.APPROVED, approval.to());
    assertEquals("eshan-officer", approval.by());
    assertEquals("文号-APPROVED", approval.documentRef());
  }

  @Test
  void an_illegal_transition_is_refused_naming_both_stages() {
    Project project =
        Project.propose(new ProjectId(7), Fixtures.pomegranateWorkshop(), "x", T0, "d");
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> project.advanceTo(ProjectStage.IMPLEMENTATION, "x", T0, "d"));
    assertEquals("project.illegal-transition", refused.rule());
    assertEquals("RESERVE", refused.figures().get("from"));
    assertEquals("IMPLEMENTATION", refused.figures().get("to"));
    assertEquals(ProjectStage.RESERVE, project.stage());
    assertEquals(1, project.history().size());
  }

  @Test
  void a_project_in_appraisal_may_be_sent_back_to_the_reserve_and_nothing_else_goes_backwards() {
    Project project =
        Project.propose(new ProjectId(7), Fixtures.pomegranateWorkshop(), "x", T0, "d");
    project.advanceTo(ProjectStage.APPRAISAL, "x", T0, "d");
    project.advanceTo(ProjectStage.RESERVE, "x", T0, "退回补充材料");
    assertEquals(ProjectStage.RESERVE, project.stage());
    Project done =
        Fixtures.projectAt(
            ProjectStage.OPERATION, Fixtures.eshanBlock(1, "1000000"), Money.yuan("1"));
    assertThrows(
        IllegalTransitionException.class,
        () -> done.advanceTo(ProjectStage.IMPLEMENTATION, "x", T0, "d"));
  }

  @Test
  void implementation_does_not_start_without_funding() {
    Project project =
        Fixtures.projectAt(ProjectStage.APPROVED, Fixtures.eshanBlock(1, "1"), Money.yuan("1"));
    assertEquals(
        "project.unfunded",
        assertThrows(
                DomainException.class,
                () -> project.advanceTo(ProjectStage.IMPLEMENTATION, "x", T0, "d"))
            .rule());
  }

  @Test
  void allocated_never_exceeds_the_block_balance() {
    TownshipBlock block = Fixtures.eshanBlock(1, "500000");
    Project project = Fixtures.projectAt(ProjectStage.APPROVED, block, Money.yuan("1"));
    project.fund(block, Money.yuan("300000"));
    DomainException refused =
        assertThrows(DomainException.class, () -> project.fund(block, Money.yuan("200000.01")));
    assertEquals("fund.block-balance-exceeded", refused.rule());
    assertEquals(new BigDecimal("200000.00"), refused.figures().get("balance"));
    assertEquals(new BigDecimal("200000.01"), refused.figures().get("requested"));
    assertEquals(Money.yuan("300000"), project.allocated());
    assertEquals(Money.yuan("300000"), block.committed());
  }

  @Test
  void disbursed_never_exceeds_allocated() {
    TownshipBlock block = Fixtures.eshanBlock(1, "1000000");
    Project project = Fixtures.projectAt(ProjectStage.IMPLEMENTATION, block, Money.yuan("600000"));
    project.disburse(block.id(), Money.yuan("400000"));
    DomainException refused =
        assertThrows(
            DomainException.class, () -> project.disburse(block.id(), Money.yuan("200000.01")));
    assertEquals("project.disbursement-exceeds-allocation", refused.rule());
    assertEquals(new BigDecimal("600000.00"), refused.figures().get("allocated"));
    assertEquals(new BigDecimal("400000.00"), refused.figures().get("disbursed"));
    project.disburse(block.id(), Money.yuan("200000"));
    assertEquals(Money.yuan("600000"), project.disbursed());
  }

  @Test
  void a_project_draws_only_on_blocks_of_its_own_townships() {
    TownshipBlock elsewhere =
        new TownshipBlock(
            new org.sunshineledger.fund.BlockId(9),
            new org.sunshineledger.fund.FundId(1),
            new TownshipId(1),
            Money.yuan("9"),
            Money.zero());
    Project project = Fixtures.projectAt(ProjectStage.APPROVED, elsewhere, Money.yuan("1"));
    assertEquals(
        "project.block-township",
        assertThrows(DomainException.class, () -> project.fund(elsewhere, Money.yuan("1"))).rule());
    assertEquals(Money.zero(), elsewhere.committed());
  }

  @Test
  void inspections_are_recorded_during_implementation_only() {
    TownshipBlock block = Fixtures.eshanBlock(1, "1000000");
    Project project = Fixtures.projectAt(ProjectStage.IMPLEMENTATION, block, Money.yuan("1"));
    project.recordInspection(new Inspection("区扶贫办", T0, "进度正常", "检查-1"));
    assertEquals(1, project.inspections().size());
    project.advanceTo(ProjectStage.COMPLETION_ACCEPTED, "x", T0, "验收");
    assertThrows(
        DomainException.class,
        () -> project.recordInspection(new Inspection("区扶贫办", T0, "x", "检查-2")));
  }

  @Test
  void the_scope_decides_how_many_places_a_project_spans() {
    ProjectPlan plan = Fixtures.pomegranateWorkshop();
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                new ProjectPlan(
                    plan.name(),
                    plan.description(),
                    plan.type(),
                    ProjectScope.MULTI_TOWNSHIP,
                    plan.townships(),
                    plan.villages(),
                    plan.year(),
                    plan.plannedInvestment(),
                    plan.implementingUnit(),
                    plan.benefitLinks()));
    assertEquals("project.scope-places", refused.rule());
    assertEquals(List.of(plan.leadTownship()), plan.townships());
  }

  @Test
  void a_plan_may_be_revised_until_implementation_but_never_moved_to_another_township_or_year() {
    Project approved =
        Fixtures.projectAt(
            ProjectStage.APPROVED, Fixtures.eshanBlock(1, "1000000"), Money.yuan("600000"));
    ProjectPlan p = Fixtures.pomegranateWorkshop();
    ProjectPlan renamed =
        new ProjectPlan(
            "黄泉村石榴汁加工扶贫车间",
            p.description(),
            p.type(),
            p.scope(),
            p.townships(),
            p.villages(),
            p.year(),
            Money.yuan("580000"),
            p.implementingUnit(),
            p.benefitLinks());
    approved.revisePlan(renamed);
    assertEquals("黄泉村石榴汁加工扶贫车间", approved.plan().name());
    ProjectPlan nextYear =
        new ProjectPlan(
            p.name(),
            p.description(),
            p.type(),
            p.scope(),
            p.townships(),
            p.villages(),
            java.time.Year.of(2019),
            p.plannedInvestment(),
            p.implementingUnit(),
            p.benefitLinks());
    assertEquals(
        "project.plan-owner",
        assertThrows(DomainException.class, () -> approved.revisePlan(nextYear)).rule());
    Project running =
        Fixtures.projectAt(
            ProjectStage.IMPLEMENTATION, Fixtures.eshanBlock(1, "1000000"), Money.yuan("600000"));
    assertEquals(
        "project.plan-frozen",
        assertThrows(DomainException.class, () -> running.revisePlan(renamed)).rule());
  }
}

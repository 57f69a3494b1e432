package org.sunshineledger.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.Inspection;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.project.Projects;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;

/**
 * What every implementation of the {@link Projects} port keeps, run against each of the guide's
 * implementations: the whole aggregate comes back as saved, a found project is a snapshot, the
 * township's plan lists its projects in id order, ids are never handed out twice.
 */
abstract class ProjectsContract {
  static final Village HUANGQUAN = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
  private static final Village ANOTHER =
      Yicheng.district().villages().stream()
          .filter(v -> !v.township().equals(HUANGQUAN.township()))
          .findFirst()
          .orElseThrow();
  static final Instant AT = Instant.parse("2019-03-01T08:00:00Z");

  private Projects projects;

  /** A fresh, empty implementation. */
  abstract Projects emptyProjects();

  @BeforeEach
  void empty() {
    projects = emptyProjects();
  }

  @Test
  void a_saved_project_comes_back_whole() {
    Project project = implemented(projects.nextId(), HUANGQUAN, Year.of(2019));
    projects.save(project);

    Project found = projects.find(project.id()).orElseThrow();

    assertSame(project, found);
    assertEquals(ProjectStage.IMPLEMENTATION, found.stage());
    assertEquals(4, found.history().size());
    assertEquals(Money.yuan("600000"), found.allocated());
    assertEquals(Money.yuan("250000.55"), found.disbursed());
  }

  @Test
  void a_found_project_changes_nothing_stored_until_it_is_saved() {
    Project project = implemented(projects.nextId(), HUANGQUAN, Year.of(2019));
    projects.save(project);

    Project found = projects.find(project.id()).orElseThrow();
    found.advanceTo(ProjectStage.COMPLETION_ACCEPTED, "eshan-officer", AT, "验收-1");
    assertEquals(ProjectStage.IMPLEMENTATION, projects.find(project.id()).orElseThrow().stage());

    projects.save(found);
    assertSame(found, projects.find(project.id()).orElseThrow());
  }

  @Test
  void a_second_save_replaces_every_part() {
    Project project = implemented(projects.nextId(), HUANGQUAN, Year.of(2019));
    projects.save(project);
    project.recordInspection(new Inspection("district-inspector", AT, "进度正常", "督查-2"));
    project.disburse(new BlockId(1), Money.yuan("100000"));
    projects.save(project);

    Project found = projects.find(project.id()).orElseThrow();

    assertSame(project, found);
    assertEquals(2, found.inspections().size());
    assertEquals(Money.yuan("350000.55"), found.disbursed());
  }

  @Test
  void a_township_plan_lists_the_projects_it_leads_that_year_in_id_order() {
    ProjectId first = projects.nextId();
    ProjectId second = projects.nextId();
    ProjectId otherYear = projects.nextId();
    ProjectId otherTownship = projects.nextId();
    projects.save(implemented(second, HUANGQUAN, Year.of(2019)));
    projects.save(implemented(first, HUANGQUAN, Year.of(2019)));
    projects.save(implemented(otherYear, HUANGQUAN, Year.of(2020)));
    projects.save(implemented(otherTownship, ANOTHER, Year.of(2019)));

    List<ProjectId> led =
        projects.ledBy(HUANGQUAN.township(), Year.of(2019)).stream().map(Project::id).toList();

    assertEquals(List.of(first, second), led);
    assertEquals(List.of(), projects.ledBy(HUANGQUAN.township(), Year.of(2018)));
  }

  @Test
  void an_unknown_id_finds_nothing_and_ids_are_never_handed_out_twice() {
    ProjectId id = projects.nextId();
    assertTrue(projects.find(id).isEmpty());
    assertNotEquals(id, projects.nextId());
  }

  static Project implemented(ProjectId id, Village village, Year year) {
    ProjectPlan plan =
        new ProjectPlan(
            village.name() + "光伏扶贫电站 " + id.value(),
            "建设村级光伏电站一座，收益用于公益岗位和小型公益事业",
            ProjectType.PHOTOVOLTAIC,
            ProjectScope.SINGLE_VILLAGE,
            List.of(village.township()),
            List.of(village.id()),
            year,
            Money.yuan("600000"),
            "区扶贫办",
            Set.of(BenefitLink.SHARE_COOPERATION, BenefitLink.EMPLOYMENT));
    Project project = Project.propose(id, plan, "eshan-officer", AT, "峨政发〔2019〕" + id.value());
    project.advanceTo(ProjectStage.APPRAISAL, "eshan-officer", AT.plusSeconds(60), "论证-1");
    project.advanceTo(ProjectStage.APPROVED, "district-admin", AT.plusSeconds(120), "立项-1");
    TownshipBlock block =
        new TownshipBlock(
            new BlockId(1), new FundId(1), village.township(), Money.yuan("1000000"), Money.zero());
    project.fund(block, Money.yuan("600000"));
    project.advanceTo(ProjectStage.IMPLEMENTATION, "eshan-officer", AT.plusSeconds(180), "开工-1");
    project.disburse(new BlockId(1), Money.yuan("250000.55"));
    project.recordInspection(new Inspection("district-inspector", AT, "已完成基础施工", "督查-1"));
    return project;
  }

  private static void assertSame(Project expected, Project actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.plan(), actual.plan());
    assertEquals(expected.stage(), actual.stage());
    assertEquals(expected.history(), actual.history());
    assertEquals(expected.inspections(), actual.inspections());
    assertEquals(expected.fundingLines(), actual.fundingLines());
  }
}

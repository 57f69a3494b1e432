package org.sunshineledger.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.charity.Assignment;
import org.sunshineledger.charity.MatchingPolicy;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.charity.OpenNeed;
import org.sunshineledger.charity.PooledDonation;
import org.sunshineledger.disclosure.MerkleHashing;
import org.sunshineledger.disclosure.MerkleLog;
import org.sunshineledger.disclosure.MerkleProofs;
import org.sunshineledger.disclosure.ProofException;
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FactorAllocation;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.IllegalTransitionException;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.project.Projects;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;
import org.sunshineledger.registry.ExitAssessment;
import org.sunshineledger.registry.ExitPolicy;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Member;
import org.sunshineledger.supervision.Complaint;
import org.sunshineledger.supervision.ComplaintCategory;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.IdleMoneyPolicy;
import org.sunshineledger.supervision.Lead;
import org.sunshineledger.supervision.LeadId;
import org.sunshineledger.supervision.RectificationPolicy;
import org.sunshineledger.supervision.TrackingCode;

/**
 * The embedding guide's examples ({@code api-docs/guide/embedding.md}), compiled and run: each
 * region between {@code tag::name[]} and {@code end::name[]} is quoted in the guide word for word
 * ({@link EmbeddingGuideTest} checks that), so the guide's code is code that works.
 */
class EmbeddingGuideExamplesTest {
  @Test
  void allocating_a_fund_over_townships_by_the_factor_method() {
    // tag::allocate[]
    District yicheng = Yicheng.district();
    List<TownshipFactors> townships =
        yicheng.townships().stream()
            .map(
                t ->
                    new TownshipFactors(
                        t.id(),
                        Map.of(
                            AllocationFactor.POOR_POPULATION, BigDecimal.valueOf(1000),
                            AllocationFactor.KEY_VILLAGES, BigDecimal.valueOf(t.focus() ? 3 : 1),
                            AllocationFactor.FOCUS_TOWNSHIP, BigDecimal.valueOf(t.focus() ? 1 : 0),
                            AllocationFactor.ASSESSMENT_SCORE, BigDecimal.valueOf(90))))
            .toList();
    FactorAllocation result =
        FactorAllocationPolicy.DEMO.allocate(new FundId(1), Money.yuan("6800000"), townships);
    Money total = Money.zero();
    for (FactorAllocation.TownshipShare share : result.shares()) {
      total = total.plus(share.amount()); // each share exact to the fen, weights recomputable
    }
    assertEquals(Money.yuan("6800000"), total);
    // end::allocate[]
  }

  @Test
  void taking_a_project_through_its_lifecycle() {
    // tag::lifecycle[]
    Village huangquan = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
    ProjectPlan plan =
        new ProjectPlan(
            "黄泉村石榴深加工扶贫车间",
            "建设石榴汁加工车间一处，吸纳本村贫困劳动力就业",
            ProjectType.POVERTY_WORKSHOP,
            ProjectScope.SINGLE_VILLAGE,
            List.of(huangquan.township()),
            List.of(huangquan.id()),
            Year.of(2019),
            Money.yuan("600000"),
            "峨山镇人民政府",
            Set.of(BenefitLink.EMPLOYMENT));
    Instant now = Instant.parse("2019-03-01T08:00:00Z");
    Project project = Project.propose(new ProjectId(1), plan, "eshan-officer", now, "峨政发〔2019〕1号");
    project.advanceTo(ProjectStage.APPRAISAL, "eshan-officer", now, "论证-1");
    project.advanceTo(ProjectStage.APPROVED, "eshan-officer", now, "立项-1");
    TownshipBlock block =
        new TownshipBlock(
            new BlockId(1),
            new FundId(1),
            huangquan.township(),
            Money.yuan("1000000"),
            Money.zero());
    project.fund(block, Money.yuan("600000")); // never more than the block still holds
    project.advanceTo(ProjectStage.IMPLEMENTATION, "eshan-officer", now, "开工-1");
    // the lifecycle of §5 refuses a step it does not allow, naming both stages
    assertThrows(
        IllegalTransitionException.class,
        () -> project.advanceTo(ProjectStage.OPERATION, "eshan-officer", now, "x"));
    // end::lifecycle[]
    assertEquals(ProjectStage.IMPLEMENTATION, project.stage());
  }

  @Test
  void distributing_an_assets_income() {
    // tag::distribute[]
    Village huangquan = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
    // §12: what a finished project leaves belongs to the village collective, five rights apart
    Asset plant =
        Asset.register(
            new AssetId(7),
            new ProjectId(3),
            ProjectStage.COMPLETION_ACCEPTED, // refused before completion acceptance
            "黄泉村光伏电站100kW",
            new AssetRights(
                new Ownership.Collective(huangquan.id()), // 所有权
                Optional.empty(), // 经营权: run by the collective itself
                "黄泉村村集体", // 收益权
                "黄泉村建档立卡贫困户", // 受益权
                "黄泉村精准扶贫理事会"), // 监督权
            Money.yuan("720000"),
            "eshan-officer",
            Instant.parse("2018-12-01T00:00:00Z"),
            "验收-3");
    Distribution distribution =
        DistributionPolicy.DEMO.distribute(
            plant.id(),
            IncomePeriod.year(2019),
            Money.yuan("10000.01"),
            List.of(
                new Beneficiary(new HouseholdId(1), false, 1, 0), // no labour, one vulnerable
                new Beneficiary(new HouseholdId(2), true, 0, 20))); // 20 days of work
    // the collective's part and the payouts add up to the income, to the fen
    assertEquals(
        Money.yuan("10000.01"), distribution.collectivePart().plus(distribution.householdPart()));
    // end::distribute[]
  }

  @Test
  void keeping_projects_in_your_own_storage() {
    // tag::storage[]
    JdbcDataSource database = new JdbcDataSource(); // your DataSource: PostgreSQL, H2, a pool
    database.setURL("jdbc:h2:mem:county;DB_CLOSE_DELAY=-1");
    JdbcProjects jdbc = new JdbcProjects(database);
    jdbc.createTables();
    Projects projects = jdbc; // or new InMemoryProjects() in your tests
    Village huangquan = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
    ProjectPlan plan =
        new ProjectPlan(
            "黄泉村光伏扶贫电站",
            "建设村级光伏电站一座，收益用于公益岗位和小型公益事业",
            ProjectType.PHOTOVOLTAIC,
            ProjectScope.SINGLE_VILLAGE,
            List.of(huangquan.township()),
            List.of(huangquan.id()),
            Year.of(2019),
            Money.yuan("720000"),
            "区扶贫办",
            Set.of(BenefitLink.SHARE_COOPERATION));
    Instant now = Instant.parse("2019-03-01T08:00:00Z");
    Project project = Project.propose(projects.nextId(), plan, "eshan-officer", now, "立项申请-7");
    projects.save(project);

    // one unit of work: load, run the command, save the whole aggregate
    Project stored = projects.find(project.id()).orElseThrow();
    stored.advanceTo(ProjectStage.APPRAISAL, "eshan-officer", now, "论证-7");
    projects.save(stored);
    assertEquals(
        List.of(project.id()),
        projects.ledBy(huangquan.township(), Year.of(2019)).stream().map(Project::id).toList());
    // end::storage[]
    assertEquals(ProjectStage.APPRAISAL, projects.find(project.id()).orElseThrow().stage());
  }

  @Test
  void evaluating_a_households_exit() {
    // tag::exit[]
    Household household =
        Household.identify(
            new HouseholdId(1),
            Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow().id(),
            "演示户主",
            "370404000000000001",
            "13800000001",
            List.of(new Member("演示户主", 1970, LabourAbility.FULL, false, false, false)),
            Set.of(),
            "2014年建档立卡",
            "huangquan-officer",
            LocalDate.of(2014, 10, 1));
    LocalDate day = LocalDate.of(2018, 11, 30);
    for (Guarantee guarantee : Guarantee.values()) {
      household.recordGuarantee(new GuaranteeCheck(guarantee, true, "入户核查", day));
    }
    household.recordIncome(Year.of(2018), Money.yuan("3000"));
    ExitAssessment assessment = ExitPolicy.SHANDONG.assess(household, Year.of(2018));
    assertFalse(assessment.allowed()); // every failing condition is listed: here the income
    // end::exit[]
  }

  @Test
  void matching_donations_to_needs() {
    // tag::match[]
    var eshan = Yicheng.district().townshipNamed("峨山镇").orElseThrow().id();
    Village huangquan = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
    List<OpenNeed> needs =
        List.of(
            new OpenNeed(
                1,
                huangquan.id(),
                eshan,
                NeedCategory.WINTER_SUPPLIES,
                40,
                5,
                LocalDate.of(2019, 1, 20),
                Instant.parse("2019-01-01T00:00:00Z"),
                true));
    List<PooledDonation> donations =
        List.of(
            new PooledDonation(
                9, NeedCategory.WINTER_SUPPLIES, 100, null, Instant.parse("2019-01-05T00:00:00Z")));
    // a bound of 1 lets one village take the whole batch; MatchingPolicy.DEMO bounds it at 30 %
    List<Assignment> batch =
        new MatchingPolicy(BigDecimal.ONE).match(needs, donations, LocalDate.of(2019, 1, 10));
    assertEquals(40, batch.get(0).units()); // never more than the need asked for
    // end::match[]
  }

  @Test
  void verifying_a_disclosures_inclusion_proof() {
    // tag::verify[]
    MerkleLog log = new MerkleLog();
    for (String notice : List.of("公示一", "公示二", "公示三")) {
      log.append(notice.getBytes(StandardCharsets.UTF_8));
    }
    // from the portal: GET /api/v1/transparency/proof/inclusion?version=1 gives these three
    byte[] leaf = MerkleHashing.leafHash("公示二".getBytes(StandardCharsets.UTF_8));
    List<byte[]> proof = log.inclusionProof(1, 3);
    byte[] root = log.root(); // from the signed checkpoint
    MerkleProofs.verifyInclusion(1, 3, leaf, proof, root); // throws ProofException if altered
    byte[] altered = MerkleHashing.leafHash("公示二（改）".getBytes(StandardCharsets.UTF_8));
    assertThrows(
        ProofException.class, () -> MerkleProofs.verifyInclusion(1, 3, altered, proof, root));
    // end::verify[]
    assertTrue(proof.size() > 0);
  }

  @Test
  void finding_a_problem_and_keeping_its_rectification_ledger() {
    // tag::supervise[]
    Village huangquan = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
    TownshipBlock block =
        new TownshipBlock(
            new BlockId(12),
            new FundId(1),
            huangquan.township(),
            Money.yuan("500000"),
            Money.zero());
    // six months after the allocation the block's money should be at work
    // (IdleMoneyPolicy.DISTRICT)
    Finding idle =
        IdleMoneyPolicy.DISTRICT
            .check(block, LocalDate.of(2019, 3, 15), LocalDate.of(2019, 10, 1))
            .orElseThrow();
    Lead lead = Lead.open(new LeadId(1), idle, idle.rule(), Instant.parse("2019-10-01T00:00:00Z"));
    Actor auditor = Actor.unscoped("audit-1", Role.AUDITOR);
    lead.confirm(auditor, Instant.parse("2019-10-08T00:00:00Z"), "切块资金未安排到项目");
    LocalDate deadline =
        lead.startRectification(
            Actor.townshipOfficer("eshan-1", huangquan.township()),
            Instant.parse("2019-10-09T00:00:00Z"),
            "安排到2020年项目库",
            null, // the district's three months
            RectificationPolicy.DISTRICT);
    lead.close(auditor, Instant.parse("2019-12-20T00:00:00Z"), "峨政发〔2019〕30号");
    assertEquals(LocalDate.of(2020, 1, 9), deadline);
    // end::supervise[]
    assertEquals(4, lead.history().size());
  }

  @Test
  void taking_a_complaint_without_giving_away_the_complainant() {
    // tag::complain[]
    Village huangquan = Yicheng.district().villageNamed("峨山镇", "黄泉村").orElseThrow();
    Complaint complaint =
        Complaint.about(
            7,
            Yicheng.district(),
            huangquan.township(),
            Optional.of(huangquan.id()),
            ComplaintCategory.ASSET_INCOME,
            "光伏电站去年的收益没有分到户，村里说还在账上。",
            "13800001234", // or null: anonymous
            Instant.parse("2019-05-06T02:00:00Z"));
    // the lead says what and where; the contact stays with the complaint, for auditors
    Finding reported = complaint.finding();
    Lead lead = Lead.open(new LeadId(2), reported, Complaint.RULE, complaint.filedAt());
    // the complainant keeps the code; you keep only its hash
    String code = TrackingCode.next(new SecureRandom());
    String kept = TrackingCode.hash(code).orElseThrow();
    assertEquals(Optional.of(kept), TrackingCode.hash(code.toLowerCase(Locale.ROOT)));
    // end::complain[]
    assertFalse(reported.figures().containsValue("13800001234"));
    assertEquals(1, lead.history().size());
  }
}

package org.sunshineledger.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.income.Payout;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.HandOverPolicy;
import org.sunshineledger.supervision.IdleMoneyPolicy;
import org.sunshineledger.supervision.KeyedIdNumber;
import org.sunshineledger.supervision.PayeePolicy;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKey;
import org.sunshineledger.supervision.ReferenceKind;
import org.sunshineledger.supervision.ReferenceMatchPolicy;

/**
 * The supervision rules' own cost at a province's scale, in one pass: 10,000,000 payouts in 1,000
 * distributions checked against the standings of 1,000,000 households, 100,000 projects checked for
 * hand-over and idle lines, 10,000 blocks, and 1,000,000 registered persons' keyed ID numbers
 * matched with a reference list of 100,000 lines. Reading the records from the database is not in
 * it. Run by {@code bench/domain.sh Supervision}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class SupervisionBenchmark {
  private static final int HOUSEHOLDS = 1_000_000;
  private static final int VILLAGES = 2_000;
  private static final LocalDate TODAY = LocalDate.of(2020, 12, 31);

  private final List<PayeePolicy.Paid> distributions = new ArrayList<>();
  private final Map<Long, PayeePolicy.Standing> standings = new HashMap<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<TownshipBlock> blocks = new ArrayList<>();
  private final List<KeyedIdNumber> persons = new ArrayList<>();
  private final Map<KeyedIdNumber, List<ReferenceEntry>> reference = new HashMap<>();

  /** Builds the same synthetic ledger on every run. */
  @Setup
  public void ledger() {
    Random random = new Random(2019);
    HouseholdStatus[] statuses = HouseholdStatus.values();
    for (long h = 1; h <= HOUSEHOLDS; h++) {
      standings.put(
          h,
          new PayeePolicy.Standing(
              new HouseholdId(h),
              new VillageId(1 + h % VILLAGES),
              statuses[random.nextInt(statuses.length)]));
    }
    Money share = Money.yuan("100.00");
    for (int d = 1; d <= 1_000; d++) {
      List<Payout> payouts = new ArrayList<>(10_000);
      long village = 1 + d % VILLAGES;
      for (int p = 0; p < 10_000; p++) {
        // mostly the village's own households, one in a hundred from elsewhere
        long household =
            random.nextInt(100) == 0
                ? 1 + random.nextInt(HOUSEHOLDS)
                : (village - 1) + (long) VILLAGES * (1 + random.nextInt(HOUSEHOLDS / VILLAGES - 1));
        payouts.add(new Payout(new HouseholdId(household), BigDecimal.ONE, share, "按人口"));
      }
      distributions.add(
          new PayeePolicy.Paid(
              new DistributionId(d),
              new Distribution(
                  new AssetId(d),
                  IncomePeriod.year(2019),
                  share.times(10_000),
                  DistributionPolicy.DEMO,
                  Money.zero(),
                  payouts),
              new TownshipId(1),
              Set.of(new VillageId(village))));
    }
    Instant start = Instant.parse("2019-01-02T00:00:00Z");
    for (int p = 1; p <= 100_000; p++) {
      TownshipBlock block =
          new TownshipBlock(
              new BlockId(p),
              new FundId(1),
              new TownshipId(1),
              Money.yuan("1000000"),
              Money.zero());
      Project project =
          Project.restore(
              new ProjectId(p),
              Projects.plan(p),
              ProjectStage.RESERVE,
              List.of(
                  new org.sunshineledger.project.StageChange(
                      null, ProjectStage.RESERVE, "bench", start, "d")),
              List.of(),
              List.of());
      for (ProjectStage stage : ProjectStage.values()) {
        if (stage.ordinal() == 0 || stage.ordinal() > 3 + p % 3) {
          continue;
        }
        if (stage == ProjectStage.IMPLEMENTATION) {
          project.fund(block, Money.yuan("500000"));
        }
        project.advanceTo(stage, "bench", start.plusSeconds(86_400L * stage.ordinal()), "d");
      }
      projects.add(project);
      if (p <= 10_000) {
        blocks.add(block);
      }
    }
    ReferenceKey key = new ReferenceKey("峄城区大数据比对密钥（压测用，长度足够）".getBytes(StandardCharsets.UTF_8));
    for (int person = 0; person < HOUSEHOLDS; person++) {
      persons.add(key.of(String.format("3704%014d", person)));
    }
    for (int line = 0; line < 100_000; line++) {
      KeyedIdNumber listed = key.of(String.format("3704%014d", random.nextInt(2 * HOUSEHOLDS)));
      reference
          .computeIfAbsent(listed, k -> new ArrayList<>())
          .add(
              new ReferenceEntry(
                  listed, ReferenceKind.VEHICLE_OWNER, "市车管所", LocalDate.of(2019, 6, 30)));
    }
  }

  /**
   * Every rule over the whole synthetic ledger, as the nightly pass runs them.
   *
   * @return the findings
   */
  @Benchmark
  public int allRulesOverTheLedger() {
    List<Finding> findings = new ArrayList<>();
    for (PayeePolicy.Paid paid : distributions) {
      findings.addAll(
          PayeePolicy.DISTRICT.check(paid, h -> Optional.ofNullable(standings.get(h.value()))));
    }
    findings.addAll(PayeePolicy.DISTRICT.paidTwice(distributions));
    for (Project project : projects) {
      HandOverPolicy.DISTRICT.check(project, TODAY).ifPresent(findings::add);
      for (FundingLine line : project.fundingLines()) {
        IdleMoneyPolicy.DISTRICT.check(project, line, TODAY).ifPresent(findings::add);
      }
    }
    for (TownshipBlock block : blocks) {
      IdleMoneyPolicy.DISTRICT
          .check(block, LocalDate.of(2019, 1, 2), TODAY)
          .ifPresent(findings::add);
    }
    for (int i = 0; i < persons.size(); i++) {
      findings.addAll(
          ReferenceMatchPolicy.DISTRICT.check(
              persons.get(i), "member:" + i, new TownshipId(1), Optional.empty(), reference));
    }
    return findings.size();
  }

  /** A project plan of the synthetic ledger. */
  private static final class Projects {
    private static org.sunshineledger.project.ProjectPlan plan(int p) {
      return new org.sunshineledger.project.ProjectPlan(
          "压测项目" + p,
          "压测",
          org.sunshineledger.project.ProjectType.POVERTY_WORKSHOP,
          org.sunshineledger.project.ProjectScope.SINGLE_VILLAGE,
          List.of(new TownshipId(1)),
          List.of(new VillageId(1 + p % VILLAGES)),
          java.time.Year.of(2019),
          Money.yuan("500000"),
          "镇政府",
          Set.of(org.sunshineledger.project.BenefitLink.EMPLOYMENT));
    }
  }
}

package org.sunshineledger.bench;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
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
import org.sunshineledger.money.Money;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.EarlyWarningPolicy;
import org.sunshineledger.registry.ExitPolicy;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.LabourAbility;
import org.sunshineledger.registry.Member;
import org.sunshineledger.registry.RiskEvent;

/**
 * The registry's rules over a million households: one pass assessing exit for every household and
 * one pass of early warning. Run by {@code bench/domain.sh Registry}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RegistryBenchmark {
  private static final Year YEAR = Year.of(2019);
  private static final LocalDate TODAY = LocalDate.of(2019, 12, 31);

  private List<Household> households;

  /** A million synthetic households: incomes around the line, some guarantees unmet, some risks. */
  @Setup
  public void households() {
    Random random = new Random(2018);
    households = new ArrayList<>(1_000_000);
    for (int i = 1; i <= 1_000_000; i++) {
      Household h =
          Household.identify(
              new HouseholdId(i),
              new VillageId(1 + random.nextInt(329)),
              "户主" + i,
              null,
              null,
              List.of(
                  new Member(
                      "户主" + i,
                      1950 + random.nextInt(50),
                      LabourAbility.FULL,
                      false,
                      random.nextInt(10) == 0,
                      false),
                  new Member(
                      "成员" + i,
                      1960 + random.nextInt(50),
                      LabourAbility.PARTIAL,
                      false,
                      false,
                      false)),
              Set.of(),
              "识别",
              "bench",
              LocalDate.of(2016, 10, 1));
      for (Guarantee g : Guarantee.values()) {
        h.recordGuarantee(new GuaranteeCheck(g, random.nextInt(50) != 0, "核查", TODAY));
      }
      h.recordIncome(YEAR, Money.ofFen(300_000 + random.nextInt(900_000)));
      if (random.nextInt(20) == 0) {
        h.recordRiskEvent(
            new RiskEvent(
                RiskEvent.Kind.ILLNESS,
                TODAY.minusDays(random.nextInt(700)),
                Money.yuan("10000"),
                "住院"));
      }
      if (i % 2 == 0 && ExitPolicy.SHANDONG.assess(h, YEAR).allowed()) {
        h.exit(ExitPolicy.SHANDONG, YEAR, "评议", "bench", TODAY);
      }
      households.add(h);
    }
  }

  /**
   * Assesses the exit of every household.
   *
   * @return how many may exit
   */
  @Benchmark
  public int assessExitOfAMillionHouseholds() {
    int allowed = 0;
    for (Household h : households) {
      if (ExitPolicy.SHANDONG.assess(h, YEAR).allowed()) {
        allowed++;
      }
    }
    return allowed;
  }

  /**
   * Evaluates the early warning of every household.
   *
   * @return how many are flagged
   */
  @Benchmark
  public int earlyWarningOverAMillionHouseholds() {
    int flagged = 0;
    for (Household h : households) {
      if (EarlyWarningPolicy.DEMO.evaluate(h, YEAR, TODAY).isPresent()) {
        flagged++;
      }
    }
    return flagged;
  }
}

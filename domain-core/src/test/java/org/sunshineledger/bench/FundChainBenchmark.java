package org.sunshineledger.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.FactorAllocation;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.registry.HouseholdId;

/**
 * The fund chain's splits at scale: one fund allocated by the factor method over 10,000 units
 * (villages), and one asset's income distributed over 100,000 households. Run by {@code
 * bench/domain.sh}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FundChainBenchmark {
  private List<TownshipFactors> villages;
  private List<Beneficiary> households;

  /** Builds the same synthetic inputs on every run. */
  @Setup
  public void inputs() {
    Random random = new Random(2018);
    villages = new ArrayList<>(10_000);
    for (int i = 1; i <= 10_000; i++) {
      Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
      values.put(AllocationFactor.POOR_POPULATION, BigDecimal.valueOf(random.nextInt(500)));
      values.put(AllocationFactor.KEY_VILLAGES, BigDecimal.valueOf(random.nextInt(2)));
      values.put(AllocationFactor.FOCUS_TOWNSHIP, BigDecimal.valueOf(random.nextInt(2)));
      values.put(AllocationFactor.ASSESSMENT_SCORE, BigDecimal.valueOf(60 + random.nextInt(41)));
      villages.add(new TownshipFactors(new TownshipId(i), values));
    }
    households = new ArrayList<>(100_000);
    for (int i = 1; i <= 100_000; i++) {
      boolean able = random.nextInt(3) > 0;
      households.add(
          new Beneficiary(
              new HouseholdId(i), able, random.nextInt(3), able ? random.nextInt(120) : 0));
    }
  }

  /**
   * One fund of 23,400,000 yuan over 10,000 villages.
   *
   * @return the allocation
   */
  @Benchmark
  public FactorAllocation allocateOneFundOverTenThousandVillages() {
    return FactorAllocationPolicy.DEMO.allocate(new FundId(1), Money.yuan("23400000"), villages);
  }

  /**
   * One income of 1,234,567.89 yuan over 100,000 households.
   *
   * @return the distribution
   */
  @Benchmark
  public Distribution distributeOneIncomeOverHundredThousandHouseholds() {
    return DistributionPolicy.DEMO.distribute(
        new AssetId(1), IncomePeriod.year(2019), Money.yuan("1234567.89"), households);
  }
}

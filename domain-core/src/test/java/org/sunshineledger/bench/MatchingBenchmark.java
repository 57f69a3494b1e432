package org.sunshineledger.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sunshineledger.charity.Assignment;
import org.sunshineledger.charity.MatchingPolicy;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.charity.OpenNeed;
import org.sunshineledger.charity.PooledDonation;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * Unified matching at 1k, 10k and 100k needs × the same number of donations, to see its growth. Run
 * by {@code bench/domain.sh Matching}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class MatchingBenchmark {
  /** Needs and donations each. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private List<OpenNeed> needs;
  private List<PooledDonation> donations;

  /**
   * Synthetic needs of the district's 329 villages and donations, some restricted to a township.
   */
  @Setup
  public void batch() {
    Random random = new Random(2018);
    NeedCategory[] categories = NeedCategory.values();
    LocalDate today = LocalDate.of(2019, 1, 10);
    needs = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      needs.add(
          new OpenNeed(
              i,
              new VillageId(1 + random.nextInt(329)),
              new TownshipId(1 + random.nextInt(7)),
              categories[random.nextInt(categories.length)],
              1 + random.nextInt(500),
              1 + random.nextInt(5),
              today.plusDays(random.nextInt(60)),
              Instant.parse("2018-10-01T00:00:00Z").plusSeconds(random.nextInt(8_000_000)),
              random.nextInt(4) == 0));
    }
    donations = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      donations.add(
          new PooledDonation(
              i,
              categories[random.nextInt(categories.length)],
              1 + random.nextInt(400),
              random.nextInt(4) == 0 ? new TownshipId(1 + random.nextInt(7)) : null,
              Instant.parse("2019-01-01T00:00:00Z").plusSeconds(i)));
    }
  }

  /**
   * One batch.
   *
   * @return the assignments
   */
  @Benchmark
  public List<Assignment> matchOneBatch() {
    return MatchingPolicy.DEMO.match(needs, donations, LocalDate.of(2019, 1, 10));
  }
}

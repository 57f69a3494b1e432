package org.sunshineledger.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** DOMAIN §3: every split is exact — the parts add up to the whole, to the fen. */
class MoneyAllocationProperties {

  @Property(tries = 2000)
  void parts_sum_to_the_total_exactly(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen,
      @ForAll("weights") List<BigDecimal> weights) {
    Assume.that(hasPositiveSum(weights));
    List<Money> parts = Money.ofFen(fen).allocate(weights);
    assertEquals(weights.size(), parts.size());
    assertEquals(Money.ofFen(fen), Money.sum(Money.CNY, parts));
  }

  @Property(tries = 2000)
  void no_part_has_the_opposite_sign_of_the_total(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen,
      @ForAll("weights") List<BigDecimal> weights) {
    Assume.that(hasPositiveSum(weights));
    for (Money part : Money.ofFen(fen).allocate(weights)) {
      assertTrue(fen >= 0 ? part.fen() >= 0 : part.fen() <= 0, () -> part + " of " + fen);
    }
  }

  @Property(tries = 1000)
  void the_same_input_always_gives_the_same_output(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long fen,
      @ForAll("weights") List<BigDecimal> weights) {
    Assume.that(hasPositiveSum(weights));
    assertEquals(
        Money.ofFen(fen).allocate(weights), Money.ofFen(fen).allocate(List.copyOf(weights)));
  }

  @Property(tries = 2000)
  void each_part_is_within_one_fen_of_its_exact_share(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen,
      @ForAll("weights") List<BigDecimal> weights) {
    Assume.that(hasPositiveSum(weights));
    List<Money> parts = Money.ofFen(fen).allocate(weights);
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < parts.size(); i++) {
      // |part − fen·w/Σw| < 1  ⇔  |part·Σw − fen·w| < Σw, exact in integers of the common scale
      BigDecimal difference =
          BigDecimal.valueOf(parts.get(i).fen())
              .multiply(sum)
              .subtract(BigDecimal.valueOf(fen).multiply(weights.get(i)))
              .abs();
      assertTrue(difference.compareTo(sum) < 0, "part " + i + " strays a fen or more");
    }
  }

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    Arbitrary<BigDecimal> weight =
        Arbitraries.oneOf(
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("1000000"))
                .ofScale(4),
            Arbitraries.longs().between(0, 3).map(BigDecimal::valueOf),
            Arbitraries.bigIntegers()
                .between(BigInteger.ZERO, BigInteger.TEN.pow(20))
                .map(BigDecimal::new));
    return weight.list().ofMinSize(1).ofMaxSize(40);
  }

  private static boolean hasPositiveSum(List<BigDecimal> weights) {
    return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0;
  }
}

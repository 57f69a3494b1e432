package org.sunshineledger.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;

/** The factor split is exact (DOMAIN §3): conservation, no negative block, determinism. */
class FactorAllocationProperties {

  @Property(tries = 500)
  void blocks_add_up_to_the_fund_none_is_negative_and_the_split_is_repeatable(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long fen,
      @ForAll("townships") List<TownshipFactors> townships) {
    Assume.that(
        townships.stream().anyMatch(t -> t.value(AllocationFactor.POOR_POPULATION).signum() > 0));
    FactorAllocation first =
        FactorAllocationPolicy.DEMO.allocate(new FundId(1), Money.ofFen(fen), townships);
    List<Money> amounts =
        first.shares().stream().map(FactorAllocation.TownshipShare::amount).toList();
    assertEquals(Money.ofFen(fen), Money.sum(Money.CNY, amounts));
    assertFalse(amounts.stream().anyMatch(Money::isNegative));
    assertEquals(
        amounts,
        FactorAllocationPolicy.DEMO
            .allocate(new FundId(1), Money.ofFen(fen), townships)
            .shares()
            .stream()
            .map(FactorAllocation.TownshipShare::amount)
            .toList());
  }

  @Provide
  Arbitrary<List<TownshipFactors>> townships() {
    Arbitrary<Map<AllocationFactor, BigDecimal>> values =
        Arbitraries.integers()
            .between(0, 5000)
            .list()
            .ofSize(4)
            .map(
                v ->
                    Map.of(
                        AllocationFactor.POOR_POPULATION, BigDecimal.valueOf(v.get(0)),
                        AllocationFactor.KEY_VILLAGES, BigDecimal.valueOf(v.get(1) % 10),
                        AllocationFactor.FOCUS_TOWNSHIP, BigDecimal.valueOf(v.get(2) % 2),
                        AllocationFactor.ASSESSMENT_SCORE, BigDecimal.valueOf(v.get(3) % 101, 0)));
    return values
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            list -> {
              List<TownshipFactors> result = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                result.add(new TownshipFactors(new TownshipId(i + 1), list.get(i)));
              }
              return result;
            });
  }
}

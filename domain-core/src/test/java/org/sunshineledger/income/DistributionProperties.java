package org.sunshineledger.income;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.money.Money;
import org.sunshineledger.registry.HouseholdId;

/** DOMAIN §7: payouts plus the collective part equal the income, to the fen. */
class DistributionProperties {

  @Property(tries = 1000)
  void payouts_plus_the_collective_part_equal_the_income_none_negative_and_repeatable(
      @ForAll @LongRange(min = 0, max = 10_000_000_000L) long fen,
      @ForAll("beneficiaries") List<Beneficiary> beneficiaries) {
    Distribution first =
        DistributionPolicy.DEMO.distribute(
            new AssetId(1), IncomePeriod.year(2019), Money.ofFen(fen), beneficiaries);
    assertEquals(Money.ofFen(fen), first.collectivePart().plus(first.householdPart()));
    assertFalse(first.payouts().stream().anyMatch(p -> p.amount().isNegative()));
    assertFalse(first.collectivePart().isNegative());
    assertEquals(
        first,
        DistributionPolicy.DEMO.distribute(
            new AssetId(1), IncomePeriod.year(2019), Money.ofFen(fen), beneficiaries));
  }

  @Provide
  Arbitrary<List<Beneficiary>> beneficiaries() {
    Arbitrary<int[]> figures =
        Combinators.combine(
                Arbitraries.of(true, false).map(b -> b ? 1 : 0),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 365))
            .as((able, vulnerable, days) -> new int[] {able, vulnerable, days});
    return figures
        .list()
        .ofMinSize(1)
        .ofMaxSize(60)
        .map(
            list -> {
              List<Beneficiary> result = new ArrayList<>();
              // the first is always entitled, so the household part always has a taker
              result.add(new Beneficiary(new HouseholdId(1), false, 0, 0));
              for (int i = 0; i < list.size(); i++) {
                int[] f = list.get(i);
                result.add(new Beneficiary(new HouseholdId(i + 2), f[0] == 1, f[1], f[2]));
              }
              return result;
            });
  }
}

package org.sunshineledger.income;

import java.util.List;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.money.Money;

/**
 * An asset's income for a period, distributed (收益分配方案): the collective part, the payouts, and the
 * policy that decided them. The collective part and the payouts add up to the income exactly.
 *
 * @param asset the asset that earned the income
 * @param period when it was earned
 * @param income the income
 * @param policy the policy applied
 * @param collectivePart the part kept by the collective, in {@code policy.collectiveFund()}
 * @param payouts one per household, in the order given
 */
public record Distribution(
    AssetId asset,
    IncomePeriod period,
    Money income,
    DistributionPolicy policy,
    Money collectivePart,
    List<Payout> payouts) {
  /**
   * Freezes the payouts.
   *
   * @param asset the asset that earned the income
   * @param period when it was earned
   * @param income the income
   * @param policy the policy applied
   * @param collectivePart the part kept by the collective, in {@code policy.collectiveFund()}
   * @param payouts one per household, in the order given
   */
  public Distribution {
    payouts = List.copyOf(payouts);
  }

  /**
   * The household part: the income less the collective part.
   *
   * @return the sum of the payouts
   */
  public Money householdPart() {
    return payouts.stream().map(Payout::amount).reduce(Money.zero(income.currency()), Money::plus);
  }
}

package org.sunshineledger.income;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.registry.HouseholdId;

/**
 * How an asset's income is shared (收益分配办法), with every figure as data.
 *
 * <p>First the collective part, {@code collectiveShare} of the income, goes to {@code
 * collectiveFund}. The household part is then split by weight: a household without labour ability
 * weighs {@code noLabourWeight}; a household with labour ability weighs {@code workDayWeight} per
 * recorded public-welfare work day, so that one with no recorded work gets nothing (有劳才有得、多劳多得);
 * every household adds {@code vulnerableMemberWeight} for each old, sick or disabled member (倾斜).
 * Both splits are exact ({@link Money#allocate(List)}), so the collective part and the payouts add
 * up to the income to the fen.
 *
 * @param collectiveShare the collective's share of the income, from 0 to 1
 * @param collectiveFund where the collective part goes
 * @param noLabourWeight the weight of a household without labour ability
 * @param vulnerableMemberWeight the weight added per old, sick or disabled member
 * @param workDayWeight the weight per public-welfare work day of a household with labour ability
 */
public record DistributionPolicy(
    BigDecimal collectiveShare,
    CollectiveFund collectiveFund,
    BigDecimal noLabourWeight,
    BigDecimal vulnerableMemberWeight,
    BigDecimal workDayWeight) {

  /** The demo programme's policy: 30 % to the village fund; 10 shares, +4 per member, 1 per day. */
  public static final DistributionPolicy DEMO =
      new DistributionPolicy(
          new BigDecimal("0.30"),
          CollectiveFund.VILLAGE_POVERTY_FUND,
          new BigDecimal("10"),
          new BigDecimal("4"),
          BigDecimal.ONE);

  /**
   * Validates the figures.
   *
   * @param collectiveShare the collective's share of the income, from 0 to 1
   * @param collectiveFund where the collective part goes
   * @param noLabourWeight the weight of a household without labour ability
   * @param vulnerableMemberWeight the weight added per old, sick or disabled member
   * @param workDayWeight the weight per public-welfare work day of a household with labour ability
   * @throws DomainException {@code income.policy} for a share outside [0, 1] or a negative weight
   */
  public DistributionPolicy {
    Objects.requireNonNull(collectiveFund, "collectiveFund");
    Objects.requireNonNull(collectiveShare, "collectiveShare");
    Objects.requireNonNull(noLabourWeight, "noLabourWeight");
    Objects.requireNonNull(vulnerableMemberWeight, "vulnerableMemberWeight");
    Objects.requireNonNull(workDayWeight, "workDayWeight");
    if (collectiveShare.signum() < 0
        || collectiveShare.compareTo(BigDecimal.ONE) > 0
        || noLabourWeight.signum() < 0
        || vulnerableMemberWeight.signum() < 0
        || workDayWeight.signum() < 0) {
      throw new DomainException(
          "income.policy",
          "the collective share is between 0 and 1 and every weight is non-negative",
          Map.of("collectiveShare", collectiveShare));
    }
  }

  /**
   * Distributes an income.
   *
   * @param asset the asset that earned it
   * @param period when
   * @param income the income, not negative
   * @param beneficiaries the households that share in it, each once
   * @return the distribution
   * @throws DomainException {@code income.no-eligible-household} when the household part is not
   *     zero and no household has any weight; {@code income.duplicate-household}; {@code
   *     income.negative}
   */
  public Distribution distribute(
      AssetId asset, IncomePeriod period, Money income, List<Beneficiary> beneficiaries) {
    if (income.isNegative()) {
      throw new DomainException(
          "income.negative",
          "an income cannot be negative: " + income,
          Map.of("income", income.toDecimal()));
    }
    requireDistinct(beneficiaries);
    List<Money> split =
        income.allocate(List.of(collectiveShare, BigDecimal.ONE.subtract(collectiveShare)));
    Money collective = split.get(0);
    Money householdPart = split.get(1);
    List<BigDecimal> weights = beneficiaries.stream().map(this::weightOf).toList();
    boolean anyWeight = weights.stream().anyMatch(w -> w.signum() > 0);
    if (!householdPart.isZero() && !anyWeight) {
      throw new DomainException(
          "income.no-eligible-household",
          "the household part of "
              + householdPart.toDecimal()
              + " yuan has no household with a weight to receive it",
          Map.of("householdPart", householdPart.toDecimal(), "households", beneficiaries.size()));
    }
    List<Money> amounts =
        anyWeight
            ? householdPart.allocate(weights)
            : beneficiaries.stream().map(b -> Money.zero(income.currency())).toList();
    List<Payout> payouts = new ArrayList<>(beneficiaries.size());
    for (int i = 0; i < beneficiaries.size(); i++) {
      Beneficiary beneficiary = beneficiaries.get(i);
      payouts.add(
          new Payout(beneficiary.household(), weights.get(i), amounts.get(i), basis(beneficiary)));
    }
    return new Distribution(asset, period, income, this, collective, payouts);
  }

  /**
   * A household's weight under this policy.
   *
   * @param beneficiary the household
   * @return its weight
   */
  public BigDecimal weightOf(Beneficiary beneficiary) {
    BigDecimal base =
        beneficiary.labourAble()
            ? workDayWeight.multiply(BigDecimal.valueOf(beneficiary.workDays()))
            : noLabourWeight;
    return base.add(
        vulnerableMemberWeight.multiply(BigDecimal.valueOf(beneficiary.vulnerableMembers())));
  }

  private static String basis(Beneficiary beneficiary) {
    String base = beneficiary.labourAble() ? "公益劳动 " + beneficiary.workDays() + " 天" : "无劳动能力";
    return beneficiary.vulnerableMembers() == 0
        ? base
        : base + "，老弱病残 " + beneficiary.vulnerableMembers() + " 人";
  }

  private static void requireDistinct(List<Beneficiary> beneficiaries) {
    Set<HouseholdId> seen = new HashSet<>();
    for (Beneficiary beneficiary : beneficiaries) {
      if (!seen.add(beneficiary.household())) {
        throw new DomainException(
            "income.duplicate-household",
            "household " + beneficiary.household().value() + " is listed twice",
            Map.of("household", beneficiary.household().value()));
      }
    }
  }
}

package org.sunshineledger.fund;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;

/**
 * The factor method (因素法) that cuts a fund into township blocks (切块到镇, §15).
 *
 * <p>Each factor has a weight (data, not code). A township's share of a factor is its value over
 * the sum of all townships' values of that factor; its share of the fund is the weighted sum of its
 * factor shares. The fund is then split by these shares exactly, to the fen, by {@link
 * Money#allocate(List)}. A factor that every township has at zero is left out and the others keep
 * their relative weights.
 *
 * <p>The arithmetic is exact: the shares are never rounded before the split. Each township's weight
 * is its weighted factor values scaled by the product of the other factors' sums, a common
 * denominator, so the published result can be recomputed by anyone to the fen.
 *
 * @param weights the weight of each factor, non-negative, not all zero
 */
public record FactorAllocationPolicy(Map<AllocationFactor, BigDecimal> weights) {
  /** The weights of 峄城区's demo programme: population first, then key villages, tilt, score. */
  public static final FactorAllocationPolicy DEMO =
      new FactorAllocationPolicy(
          Map.of(
              AllocationFactor.POOR_POPULATION, new BigDecimal("0.50"),
              AllocationFactor.KEY_VILLAGES, new BigDecimal("0.20"),
              AllocationFactor.FOCUS_TOWNSHIP, new BigDecimal("0.20"),
              AllocationFactor.ASSESSMENT_SCORE, new BigDecimal("0.10")));

  /**
   * Validates the weights.
   *
   * @param weights the weight of each factor, non-negative, not all zero
   * @throws DomainException {@code fund.factor-weights} for a negative weight or all zero
   */
  public FactorAllocationPolicy {
    EnumMap<AllocationFactor, BigDecimal> copy = new EnumMap<>(AllocationFactor.class);
    copy.putAll(weights);
    boolean negative = copy.values().stream().anyMatch(w -> w.signum() < 0);
    boolean allZero = copy.values().stream().allMatch(w -> w.signum() == 0);
    if (negative || allZero) {
      throw new DomainException(
          "fund.factor-weights",
          "factor weights must be non-negative and not all zero: " + copy,
          Map.of("weights", copy.toString()));
    }
    weights = Collections.unmodifiableMap(copy);
  }

  /**
   * Splits a fund over townships.
   *
   * @param fund the fund
   * @param amount how much of it to split (its whole amount, or the part cut by factor)
   * @param townships each township's factor values, one entry per township
   * @return the result, recording factors, weights, shares and amounts
   * @throws DomainException {@code fund.factor-townships} when there is no township or one appears
   *     twice; {@code fund.factor-all-zero} when no weighted factor has a value anywhere
   */
  public FactorAllocation allocate(FundId fund, Money amount, List<TownshipFactors> townships) {
    requireDistinctTownships(townships);
    Map<AllocationFactor, BigDecimal> sums = new EnumMap<>(AllocationFactor.class);
    for (AllocationFactor factor : weights.keySet()) {
      BigDecimal sum =
          townships.stream().map(t -> t.value(factor)).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (weights.get(factor).signum() > 0 && sum.signum() > 0) {
        sums.put(factor, sum);
      }
    }
    if (sums.isEmpty()) {
      throw new DomainException(
          "fund.factor-all-zero",
          "no weighted factor has a value in any township",
          Map.of("townships", townships.size()));
    }
    List<BigDecimal> exactWeights = new ArrayList<>(townships.size());
    for (TownshipFactors township : townships) {
      exactWeights.add(exactWeight(township, sums));
    }
    List<Money> parts = amount.allocate(exactWeights);
    BigDecimal total = exactWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<FactorAllocation.TownshipShare> shares = new ArrayList<>(townships.size());
    for (int i = 0; i < townships.size(); i++) {
      shares.add(
          new FactorAllocation.TownshipShare(
              townships.get(i),
              exactWeights.get(i),
              exactWeights.get(i).divide(total, new MathContext(12, RoundingMode.HALF_EVEN)),
              parts.get(i)));
    }
    Set<AllocationFactor> leftOut = new HashSet<>(weights.keySet());
    leftOut.removeAll(sums.keySet());
    return new FactorAllocation(fund, amount, this, Map.copyOf(sums), Set.copyOf(leftOut), shares);
  }

  /** Σ_f weight_f × value_f × Π_{g≠f} sum_g: the township's share times a common denominator. */
  private BigDecimal exactWeight(TownshipFactors township, Map<AllocationFactor, BigDecimal> sums) {
    BigDecimal weight = BigDecimal.ZERO;
    for (AllocationFactor factor : sums.keySet()) {
      BigDecimal term = weights.get(factor).multiply(township.value(factor));
      for (AllocationFactor other : sums.keySet()) {
        if (other != factor) {
          term = term.multiply(sums.get(other));
        }
      }
      weight = weight.add(term);
    }
    return weight;
  }

  private static void requireDistinctTownships(List<TownshipFactors> townships) {
    Set<TownshipId> seen = new HashSet<>();
    for (TownshipFactors township : townships) {
      if (!seen.add(township.township())) {
        throw new DomainException(
            "fund.factor-townships",
            "township " + township.township().value() + " appears twice",
            Map.of("township", township.township().value()));
      }
    }
    if (seen.isEmpty()) {
      throw new DomainException("fund.factor-townships", "there is no township to allocate to");
    }
  }
}

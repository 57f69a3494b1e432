package org.sunshineledger.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunshineledger.money.Money;

/**
 * The published result of a factor-method allocation (因素法分配结果): the factors, their weights, each
 * factor's district-wide sum, and for each township its factor values, its exact weight, its share
 * and its amount, so that anyone can recompute the split to the fen (§5: 一律公开).
 *
 * @param fund the fund split
 * @param amount the amount split
 * @param policy the weights used
 * @param factorSums the district-wide sum of each factor that took part
 * @param leftOut the weighted factors left out because every township had zero
 * @param shares one per township, in the order given
 */
public record FactorAllocation(
    FundId fund,
    Money amount,
    FactorAllocationPolicy policy,
    Map<AllocationFactor, BigDecimal> factorSums,
    Set<AllocationFactor> leftOut,
    List<TownshipShare> shares) {

  /**
   * Freezes the shares.
   *
   * @param fund the fund split
   * @param amount the amount split
   * @param policy the weights used
   * @param factorSums the district-wide sum of each factor that took part
   * @param leftOut the weighted factors left out because every township had zero
   * @param shares one per township, in the order given
   */
  public FactorAllocation {
    shares = List.copyOf(shares);
  }

  /**
   * One township's part.
   *
   * @param factors the township's factor values
   * @param exactWeight its exact weight (its share times a common denominator)
   * @param share its share of the amount, to 12 significant digits, for reading
   * @param amount its block, exact to the fen
   */
  public record TownshipShare(
      TownshipFactors factors, BigDecimal exactWeight, BigDecimal share, Money amount) {}
}

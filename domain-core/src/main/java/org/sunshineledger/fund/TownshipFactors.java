package org.sunshineledger.fund;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.TownshipId;

/**
 * A township's value of each allocation factor, as entered for one allocation.
 *
 * @param township the township
 * @param values the value of each factor; a factor left out counts as zero
 */
public record TownshipFactors(TownshipId township, Map<AllocationFactor, BigDecimal> values) {
  /**
   * Validates the values.
   *
   * @param township the township
   * @param values the value of each factor; a factor left out counts as zero
   * @throws DomainException {@code fund.factor-negative} for a negative value
   */
  public TownshipFactors {
    Objects.requireNonNull(township, "township");
    EnumMap<AllocationFactor, BigDecimal> copy = new EnumMap<>(AllocationFactor.class);
    values.forEach(
        (factor, value) -> {
          if (value.signum() < 0) {
            throw new DomainException(
                "fund.factor-negative",
                factor + " of township " + township.value() + " is negative: " + value,
                Map.of("township", township.value(), "factor", factor.name(), "value", value));
          }
          copy.put(factor, value);
        });
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The value of one factor.
   *
   * @param factor the factor
   * @return its value, zero when absent
   */
  public BigDecimal value(AllocationFactor factor) {
    return values.getOrDefault(factor, BigDecimal.ZERO);
  }
}

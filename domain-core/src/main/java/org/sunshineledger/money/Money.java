package org.sunshineledger.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * An amount of money (金额) held exactly in the minor unit of its currency — for 人民币 (CNY), the fen
 * (分).
 *
 * <p>Immutable and final. There is no {@code double} entry point: amounts come from whole fen, from
 * a decimal string such as {@code "1234.56"} or from a {@link BigDecimal} that has no more decimals
 * than the currency allows. Arithmetic never rounds silently and fails on overflow. Combining two
 * currencies throws {@link CurrencyMismatchException}.
 *
 * <p>{@link #allocate(List)} splits an amount by weights exactly: the parts add up to the whole to
 * the minor unit (DOMAIN §3, the first invariant of the ledger).
 */
public final class Money implements Comparable<Money> {
  /** 人民币, the currency of the campaign's funds. */
  public static final Currency CNY = Currency.getInstance("CNY");

  private final long minorUnits;
  private final Currency currency;

  private Money(long minorUnits, Currency currency) {
    this.minorUnits = minorUnits;
    this.currency = currency;
  }

  /**
   * An amount of CNY in fen.
   *
   * @param fen the amount in fen (分); may be negative for corrections
   * @return the amount
   */
  public static Money ofFen(long fen) {
    return new Money(fen, CNY);
  }

  /**
   * An amount of CNY from its decimal form in yuan (元), for example {@code "3000000"} or {@code
   * "12.50"}.
   *
   * @param yuan the amount in yuan with at most two decimals
   * @return the amount
   * @throws DomainException {@code money.too-precise} when the text has more than two decimals
   * @throws NumberFormatException when the text is not a decimal number
   */
  public static Money yuan(String yuan) {
    return of(new BigDecimal(yuan), CNY);
  }

  /**
   * An amount in a currency, from a decimal of at most the currency's minor-unit scale.
   *
   * @param amount the amount in the major unit
   * @param currency the currency
   * @return the amount
   * @throws DomainException {@code money.too-precise} when the amount has more decimals than the
   *     currency allows, {@code money.overflow} when it does not fit
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException tooPrecise) {
      throw new DomainException(
          "money.too-precise",
          amount.toPlainString() + " has more than " + scale + " decimals for " + currency,
          Map.of("amount", amount.toPlainString(), "decimals", scale));
    }
    try {
      return new Money(scaled.unscaledValue().longValueExact(), currency);
    } catch (ArithmeticException overflow) {
      throw overflow(amount.toPlainString());
    }
  }

  /**
   * An amount in a currency from its minor units.
   *
   * @param minorUnits the amount in the currency's minor unit
   * @param currency the currency
   * @return the amount
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(minorUnits, Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Nothing, in CNY.
   *
   * @return zero fen
   */
  public static Money zero() {
    return ofFen(0);
  }

  /**
   * Nothing, in the given currency.
   *
   * @param currency the currency
   * @return zero in that currency
   */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /**
   * Returns the amount in minor units (fen for CNY).
   *
   * @return the amount in minor units
   */
  public long minorUnits() {
    return minorUnits;
  }

  /**
   * Returns the amount in fen.
   *
   * @return the amount in fen
   * @throws CurrencyMismatchException when this amount is not in CNY
   */
  public long fen() {
    requireSameCurrency(zero());
    return minorUnits;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the amount as a decimal in the major unit, at the currency's scale ({@code 12.50}).
   *
   * @return the decimal amount
   */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    } catch (ArithmeticException e) {
      throw overflow(toDecimal() + " + " + other.toDecimal());
    }
  }

  /**
   * Subtracts an amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference, possibly negative
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    } catch (ArithmeticException e) {
      throw overflow(toDecimal() + " - " + other.toDecimal());
    }
  }

  /**
   * Multiplies by a whole number, such as a quantity.
   *
   * @param factor the multiplier
   * @return the product
   */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(minorUnits, factor), currency);
    } catch (ArithmeticException e) {
      throw overflow(toDecimal() + " × " + factor);
    }
  }

  /**
   * Returns the amount with its sign reversed.
   *
   * @return the negated amount
   */
  public Money negate() {
    return times(-1);
  }

  /**
   * Whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Whether this is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return minorUnits < 0;
  }

  /**
   * Whether this exceeds another amount of the same currency.
   *
   * @param other the amount to compare with
   * @return true when this is strictly greater
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Sums amounts of one currency.
   *
   * @param currency the currency of the sum (and of the empty sum)
   * @param amounts the amounts
   * @return their sum
   */
  public static Money sum(Currency currency, Iterable<Money> amounts) {
    Money total = zero(currency);
    for (Money amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Splits this amount by whole-number weights; see {@link #allocate(List)}.
   *
   * @param weights non-negative weights with a positive sum
   * @return one part per weight, in the same order
   */
  public List<Money> allocate(long... weights) {
    List<BigDecimal> decimals = new ArrayList<>(weights.length);
    for (long weight : weights) {
      decimals.add(BigDecimal.valueOf(weight));
    }
    return allocate(decimals);
  }

  /**
   * Splits this amount by weights, exactly, by the largest-remainder method (最大余额法).
   *
   * <p>Each part first receives its exact share {@code amount × weight ÷ Σweights} rounded toward
   * zero, in minor units; the minor units left over then go, one each, to the parts with the
   * largest remainders, and among equal remainders to the part that comes first. So the parts add
   * up to this amount exactly, no part is of the opposite sign, every part is within one minor unit
   * of its exact share, a zero weight gets zero, and the same input always gives the same output.
   *
   * @param weights non-negative decimal weights with a positive sum, one per part
   * @return one part per weight, in the same order
   * @throws DomainException {@code money.allocation-weights} when there is no weight, a weight is
   *     negative, or all weights are zero
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    BigInteger[] integral = integralWeights(weights);
    BigInteger totalWeight = Arrays.stream(integral).reduce(BigInteger.ZERO, BigInteger::add);
    if (totalWeight.signum() <= 0) {
      throw badWeights("the weights sum to zero", weights);
    }
    BigInteger whole = BigInteger.valueOf(minorUnits).abs();
    long[] parts = new long[integral.length];
    BigInteger[] remainders = new BigInteger[integral.length];
    long handedOut = 0;
    for (int i = 0; i < integral.length; i++) {
      BigInteger[] quotientAndRemainder =
          whole.multiply(integral[i]).divideAndRemainder(totalWeight);
      parts[i] = quotientAndRemainder[0].longValueExact();
      remainders[i] = quotientAndRemainder[1];
      handedOut += parts[i];
    }
    long leftOver = Math.abs(minorUnits) - handedOut;
    List<Integer> byRemainder = new ArrayList<>(integral.length);
    for (int i = 0; i < integral.length; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort(
        Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < leftOver; k++) {
      parts[byRemainder.get(k)]++;
    }
    long sign = Long.signum(minorUnits);
    List<Money> result = new ArrayList<>(parts.length);
    for (long part : parts) {
      result.add(new Money(sign * part, currency));
    }
    return Collections.unmodifiableList(result);
  }

  private static BigInteger[] integralWeights(List<BigDecimal> weights) {
    if (weights == null || weights.isEmpty()) {
      throw badWeights("there is no weight", List.of());
    }
    int scale = 0;
    for (BigDecimal weight : weights) {
      Objects.requireNonNull(weight, "weight");
      if (weight.signum() < 0) {
        throw badWeights("a weight is negative", weights);
      }
      scale = Math.max(scale, weight.stripTrailingZeros().scale());
    }
    BigInteger[] integral = new BigInteger[weights.size()];
    for (int i = 0; i < integral.length; i++) {
      integral[i] = weights.get(i).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
    }
    return integral;
  }

  private static DomainException badWeights(String why, List<BigDecimal> weights) {
    return new DomainException(
        "money.allocation-weights",
        "cannot allocate: " + why + " " + weights,
        Map.of("weights", weights.toString()));
  }

  private static DomainException overflow(String expression) {
    return new DomainException(
        "money.overflow",
        expression + " does not fit in the ledger's range",
        Map.of("expression", expression));
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other
        && minorUnits == other.minorUnits
        && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minorUnits) * 31 + currency.hashCode();
  }

  /** Returns the amount as {@code CNY 12.50}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toDecimal().toPlainString();
  }
}

package org.sunshineledger.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;

class MoneyTest {

  @Test
  void holds_yuan_exactly_to_the_fen() {
    Money amount = Money.yuan("3000000.01");
    assertEquals(300_000_001L, amount.fen());
    assertEquals("CNY 3000000.01", amount.toString());
    assertEquals(new BigDecimal("3000000.01"), amount.toDecimal());
  }

  @Test
  void refuses_amounts_finer_than_a_fen() {
    DomainException refused = assertThrows(DomainException.class, () -> Money.yuan("0.001"));
    assertEquals("money.too-precise", refused.rule());
    assertEquals("0.001", refused.figures().get("amount"));
  }

  @Test
  void refuses_to_combine_two_currencies() {
    Money usd = Money.of(new BigDecimal("1.00"), Currency.getInstance("USD"));
    CurrencyMismatchException refused =
        assertThrows(CurrencyMismatchException.class, () -> Money.yuan("1").plus(usd));
    assertEquals("money.currency-mismatch", refused.rule());
    assertEquals("CNY", refused.figures().get("left"));
    assertEquals("USD", refused.figures().get("right"));
    assertThrows(CurrencyMismatchException.class, () -> Money.yuan("1").compareTo(usd));
  }

  @Test
  void refuses_arithmetic_that_overflows() {
    DomainException refused =
        assertThrows(DomainException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
    assertEquals("money.overflow", refused.rule());
  }

  @Test
  void allocates_one_yuan_in_three_by_largest_remainder_with_ties_to_the_first() {
    assertEquals(
        List.of(Money.ofFen(34), Money.ofFen(33), Money.ofFen(33)),
        Money.yuan("1").allocate(1, 1, 1));
  }

  @Test
  void allocates_by_decimal_weights_exactly() {
    List<Money> parts =
        Money.yuan("100")
            .allocate(
                List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.25")));
    assertEquals(List.of(Money.yuan("50"), Money.yuan("25"), Money.yuan("25")), parts);
  }

  @Test
  void gives_the_left_over_fen_to_the_largest_remainder_not_the_first() {
    // exact shares 3.3333, 6.6667 fen: the second part has the larger remainder
    assertEquals(List.of(Money.ofFen(3), Money.ofFen(7)), Money.ofFen(10).allocate(1, 2));
  }

  @Test
  void gives_nothing_to_a_zero_weight() {
    assertEquals(
        List.of(Money.ofFen(0), Money.ofFen(5), Money.ofFen(0), Money.ofFen(5)),
        Money.ofFen(10).allocate(0, 1, 0, 1));
  }

  @Test
  void allocates_a_negative_correction_with_the_same_shape() {
    assertEquals(
        List.of(Money.ofFen(-34), Money.ofFen(-33), Money.ofFen(-33)),
        Money.ofFen(-100).allocate(1, 1, 1));
  }

  @Test
  void refuses_weights_that_are_negative_or_sum_to_zero() {
    assertEquals(
        "money.allocation-weights",
        assertThrows(DomainException.class, () -> Money.yuan("1").allocate(0, 0)).rule());
    assertEquals(
        "money.allocation-weights",
        assertThrows(DomainException.class, () -> Money.yuan("1").allocate(2, -1)).rule());
    assertEquals(
        "money.allocation-weights",
        assertThrows(DomainException.class, () -> Money.yuan("1").allocate(new long[0])).rule());
  }
}

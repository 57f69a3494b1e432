package org.sunshineledger.income;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * The period an income was earned in.
 *
 * @param from the first day
 * @param to the last day
 */
public record IncomePeriod(LocalDate from, LocalDate to) {
  /**
   * Validates the period.
   *
   * @param from the first day
   * @param to the last day
   */
  public IncomePeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new DomainException(
          "income.period",
          "the period ends (" + to + ") before it starts (" + from + ")",
          Map.of("from", from.toString(), "to", to.toString()));
    }
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return 1 January to 31 December
   */
  public static IncomePeriod year(int year) {
    return new IncomePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}

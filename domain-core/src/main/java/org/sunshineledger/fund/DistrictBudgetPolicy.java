package org.sunshineledger.fund;

import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * §15: the district's own yearly budget for the campaign is not less than the year before
 * (区级财政专项扶贫资金投入只增不减). The district's budget of a year is its one {@link FundSourceKind#DISTRICT}
 * appropriation for that year.
 */
public final class DistrictBudgetPolicy {
  /** The rule's code in refusals. */
  public static final String RULE = "fund.district-budget-not-below-last-year";

  private DistrictBudgetPolicy() {}

  /**
   * Checks a new appropriation against those already planned.
   *
   * @param planned the appropriations already in the ledger
   * @param proposed the new one
   * @throws DomainException {@value #RULE} naming this year's and last year's amounts when a
   *     district appropriation falls below last year's; {@code fund.district-budget-once-a-year}
   *     when the year already has one
   */
  public static void check(Collection<Fund> planned, Fund proposed) {
    if (proposed.source() != FundSourceKind.DISTRICT) {
      return;
    }
    if (districtBudget(planned, proposed.year()).isPresent()) {
      throw new DomainException(
          "fund.district-budget-once-a-year",
          "the district's budget for "
              + proposed.year()
              + " is already planned; correct it instead",
          Map.of("year", proposed.year().getValue()));
    }
    Year lastYear = proposed.year().minusYears(1);
    Optional<Money> previous = districtBudget(planned, lastYear);
    if (previous.isPresent() && previous.get().isGreaterThan(proposed.amount())) {
      throw new DomainException(
          RULE,
          "the district's budget for "
              + proposed.year()
              + " ("
              + proposed.amount().toDecimal()
              + " yuan) is below "
              + lastYear
              + "'s ("
              + previous.get().toDecimal()
              + " yuan); §15 says it must not fall",
          Map.of(
              "year", proposed.year().getValue(),
              "amount", proposed.amount().toDecimal(),
              "previousYear", lastYear.getValue(),
              "previousAmount", previous.get().toDecimal()));
    }
  }

  /**
   * The district's own budget of a year.
   *
   * @param planned the appropriations
   * @param year the year
   * @return the amount, or empty when the year has none
   */
  public static Optional<Money> districtBudget(Collection<Fund> planned, Year year) {
    return planned.stream()
        .filter(f -> f.source() == FundSourceKind.DISTRICT && f.year().equals(year))
        .map(Fund::amount)
        .findFirst();
  }
}

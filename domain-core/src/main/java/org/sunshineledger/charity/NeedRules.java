package org.sunshineledger.charity;

import java.util.Collection;
import java.util.Map;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * The reasonableness rules of the board, as data: a price cap per unit for each category (from the
 * catalogue), a yearly cap per household across its needs, and no second open need of the same
 * household, category and item.
 *
 * @param priceCaps the highest unit price per category
 * @param yearlyCapPerHousehold the most one household may ask for in a year
 */
public record NeedRules(Map<NeedCategory, Money> priceCaps, Money yearlyCapPerHousehold) {
  /** The demo district's rules. */
  public static final NeedRules DEMO =
      new NeedRules(
          Map.of(
              NeedCategory.DAILY_NECESSITIES, Money.yuan("300"),
              NeedCategory.WINTER_SUPPLIES, Money.yuan("500"),
              NeedCategory.MEDICAL, Money.yuan("2000"),
              NeedCategory.EDUCATION, Money.yuan("3000"),
              NeedCategory.HOUSING_REPAIR, Money.yuan("5000"),
              NeedCategory.CASH, Money.ofFen(1)),
          Money.yuan("10000"));

  /**
   * Freezes the caps.
   *
   * @param priceCaps the highest unit price per category
   * @param yearlyCapPerHousehold the most one household may ask for in a year
   */
  public NeedRules {
    priceCaps = Map.copyOf(priceCaps);
  }

  /**
   * Checks a new need against the rules.
   *
   * @param need the new need
   * @param householdNeedsThisYear the same household's other needs posted this year (empty for a
   *     village need)
   * @throws DomainException {@code charity.price-cap}, {@code charity.yearly-cap} or {@code
   *     charity.duplicate-need}, each with its figures
   */
  public void check(Need need, Collection<Need> householdNeedsThisYear) {
    Money cap = priceCaps.get(need.category());
    if (cap != null && need.unitPrice().isGreaterThan(cap)) {
      throw new DomainException(
          "charity.price-cap",
          "a unit of "
              + need.category()
              + " may cost at most "
              + cap.toDecimal()
              + " yuan, not "
              + need.unitPrice().toDecimal(),
          Map.of(
              "field",
              "unitPrice",
              "cap",
              cap.toDecimal(),
              "unitPrice",
              need.unitPrice().toDecimal()));
    }
    if (need.household() == null) {
      return;
    }
    for (Need other : householdNeedsThisYear) {
      boolean open = other.state() == Need.State.POSTED || other.state() == Need.State.VERIFIED;
      if (open && other.category() == need.category() && other.item().equals(need.item())) {
        throw new DomainException(
            "charity.duplicate-need",
            "household "
                + need.household().value()
                + " already has need "
                + other.id()
                + " open for "
                + need.item(),
            Map.of("field", "item", "openNeed", other.id()));
      }
    }
    Money total =
        householdNeedsThisYear.stream()
            .filter(n -> n.state() != Need.State.CANCELLED)
            .map(Need::value)
            .reduce(need.value(), Money::plus);
    if (total.isGreaterThan(yearlyCapPerHousehold)) {
      throw new DomainException(
          "charity.yearly-cap",
          "household "
              + need.household().value()
              + " would ask for "
              + total.toDecimal()
              + " yuan this year; the cap is "
              + yearlyCapPerHousehold.toDecimal(),
          Map.of(
              "field",
              "quantity",
              "total",
              total.toDecimal(),
              "cap",
              yearlyCapPerHousehold.toDecimal()));
    }
  }
}

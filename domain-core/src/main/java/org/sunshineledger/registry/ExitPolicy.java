package org.sunshineledger.registry;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * When a household may exit poverty (贫困户退出标准, §3): all six guarantees hold — 两不愁三保障 and safe
 * drinking water — and the per-capita income of the year is above the year's poverty line. A
 * household whose income reaches the rural per-capita disposable income level leaves without
 * continued policy; otherwise it keeps the policy (已脱贫享受政策). The lines are data.
 *
 * @param povertyLines the poverty line per person, by year
 * @param ruralIncomeLevels the rural per-capita disposable income level, by year
 */
public record ExitPolicy(Map<Year, Money> povertyLines, Map<Year, Money> ruralIncomeLevels) {
  /**
   * Shandong's provincial line and Zaozhuang's rural level for the campaign years (demo figures).
   */
  public static final ExitPolicy SHANDONG =
      new ExitPolicy(
          Map.of(
              Year.of(2018), Money.yuan("3609"),
              Year.of(2019), Money.yuan("3747"),
              Year.of(2020), Money.yuan("4000"),
              Year.of(2021), Money.yuan("4200")),
          Map.of(
              Year.of(2018), Money.yuan("15000"),
              Year.of(2019), Money.yuan("16300"),
              Year.of(2020), Money.yuan("17300"),
              Year.of(2021), Money.yuan("18500")));

  /**
   * Freezes the tables.
   *
   * @param povertyLines the poverty line per person, by year
   * @param ruralIncomeLevels the rural per-capita disposable income level, by year
   */
  public ExitPolicy {
    povertyLines = Map.copyOf(povertyLines);
    ruralIncomeLevels = Map.copyOf(ruralIncomeLevels);
  }

  /**
   * The poverty line of a year.
   *
   * @param year the year
   * @return the line per person
   * @throws DomainException {@code registry.no-poverty-line} when the year has none
   */
  public Money povertyLine(Year year) {
    return Optional.ofNullable(povertyLines.get(year))
        .orElseThrow(
            () ->
                new DomainException(
                    "registry.no-poverty-line",
                    "no poverty line is set for " + year,
                    Map.of("year", year.getValue())));
  }

  /**
   * Assesses a household's exit in a year, listing every condition that fails.
   *
   * @param household the household
   * @param year the year
   * @return the assessment
   */
  public ExitAssessment assess(Household household, Year year) {
    List<ExitCondition> failures = new ArrayList<>();
    for (Guarantee guarantee : Guarantee.values()) {
      GuaranteeCheck check = household.guarantees().get(guarantee);
      if (check == null) {
        failures.add(
            new ExitCondition("guarantee." + guarantee.name(), guarantee.chineseName() + "：尚未核查"));
      } else if (!check.met()) {
        failures.add(
            new ExitCondition(
                "guarantee." + guarantee.name(),
                guarantee.chineseName() + "：未达标（" + check.evidence() + "）"));
      }
    }
    Money line = povertyLine(year);
    Optional<Money> income = household.incomeIn(year);
    if (income.isEmpty()) {
      failures.add(new ExitCondition("income.missing", year + "年人均纯收入未录入"));
    } else if (!income.get().isGreaterThan(line)) {
      failures.add(
          new ExitCondition(
              "income.below-line",
              year
                  + "年人均纯收入 "
                  + income.get().toDecimal()
                  + " 元，未超过贫困线 "
                  + line.toDecimal()
                  + " 元"));
    }
    HouseholdStatus outcome =
        reachesRuralIncomeLevel(household, year)
            ? HouseholdStatus.LIFTED_WITHOUT_POLICY
            : HouseholdStatus.LIFTED_WITH_POLICY;
    return new ExitAssessment(failures, outcome);
  }

  /**
   * Whether a household's income reaches the rural per-capita disposable income level of a year.
   *
   * @param household the household
   * @param year the year
   * @return true when it does
   */
  public boolean reachesRuralIncomeLevel(Household household, Year year) {
    Money level = ruralIncomeLevels.get(year);
    return level != null
        && household.incomeIn(year).map(i -> !level.isGreaterThan(i)).orElse(false);
  }
}

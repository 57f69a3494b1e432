package org.sunshineledger.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * Return-to-poverty early warning (返贫预警, §10): flags households before they fall back.
 *
 * <ul>
 *   <li>A city-marked household is flagged red the moment it is recorded (即时出现，即时标注，即时纳入).
 *   <li>A lifted household whose per-capita income is below the line is red; within {@code margin}
 *       above it (临界), yellow; within half the margin, orange.
 *   <li>A lifted household hit by a risk event within {@code riskWindowMonths} is orange.
 * </ul>
 *
 * @param exitPolicy the policy with the poverty lines
 * @param margin how far above the line still counts as near it, as a fraction (0.3 = 30 %)
 * @param riskWindowMonths how long a risk event keeps a household flagged
 */
public record EarlyWarningPolicy(ExitPolicy exitPolicy, BigDecimal margin, int riskWindowMonths) {
  /** The demo district's thresholds: 30 % above the line, risk events of the last 12 months. */
  public static final EarlyWarningPolicy DEMO =
      new EarlyWarningPolicy(ExitPolicy.SHANDONG, new BigDecimal("0.30"), 12);

  /**
   * Validates the thresholds.
   *
   * @param exitPolicy the policy with the poverty lines
   * @param margin how far above the line still counts as near it, as a fraction (0.3 = 30 %)
   * @param riskWindowMonths how long a risk event keeps a household flagged
   */
  public EarlyWarningPolicy {
    if (margin.signum() < 0 || riskWindowMonths < 0) {
      throw new DomainException(
          "registry.warning-thresholds",
          "the margin and the window are not negative",
          Map.of("margin", margin, "riskWindowMonths", riskWindowMonths));
    }
  }

  /**
   * Evaluates one household.
   *
   * @param household the household
   * @param year the income year to compare with the line
   * @param today the day of the evaluation, for the risk window
   * @return the warning, or empty when none is due
   */
  public Optional<EarlyWarning> evaluate(Household household, Year year, LocalDate today) {
    List<String> reasons = new ArrayList<>();
    EarlyWarning.Level level = null;
    if (household.markers().contains(Marker.CITY_MARKED)) {
      reasons.add("市标贫困人口，即时纳入帮扶");
      level = EarlyWarning.Level.RED;
    }
    if (household.status() != HouseholdStatus.POOR) {
      Optional<Money> income = household.incomeIn(year);
      Money line = exitPolicy.povertyLine(year);
      if (income.isPresent()) {
        Money near = above(line, margin);
        Money veryNear =
            above(line, margin.divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN));
        if (line.isGreaterThan(income.get())) {
          reasons.add(
              year + "年人均纯收入 " + income.get().toDecimal() + " 元，低于贫困线 " + line.toDecimal() + " 元");
          level = max(level, EarlyWarning.Level.RED);
        } else if (!income.get().isGreaterThan(veryNear)) {
          reasons.add(
              year
                  + "年人均纯收入 "
                  + income.get().toDecimal()
                  + " 元，贴近贫困线（不高于 "
                  + veryNear.toDecimal()
                  + " 元）");
          level = max(level, EarlyWarning.Level.ORANGE);
        } else if (!income.get().isGreaterThan(near)) {
          reasons.add(
              year
                  + "年人均纯收入 "
                  + income.get().toDecimal()
                  + " 元，处于临界（不高于 "
                  + near.toDecimal()
                  + " 元）");
          level = max(level, EarlyWarning.Level.YELLOW);
        }
      }
      LocalDate since = today.minusMonths(riskWindowMonths);
      for (RiskEvent event : household.riskEvents()) {
        if (!event.on().isBefore(since) && !event.on().isAfter(today)) {
          reasons.add(event.on() + " " + event.kind().chineseName() + "：" + event.description());
          level = max(level, EarlyWarning.Level.ORANGE);
        }
      }
    }
    return level == null
        ? Optional.empty()
        : Optional.of(new EarlyWarning(household.id(), level, reasons));
  }

  private static Money above(Money line, BigDecimal fraction) {
    BigDecimal fen =
        BigDecimal.valueOf(line.fen())
            .multiply(BigDecimal.ONE.add(fraction))
            .setScale(0, RoundingMode.FLOOR);
    return Money.ofFen(fen.longValueExact());
  }

  private static EarlyWarning.Level max(EarlyWarning.Level a, EarlyWarning.Level b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }
}

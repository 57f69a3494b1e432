package org.sunshineledger.registry;

import java.util.List;

/**
 * A return-to-poverty early warning (返贫预警) on one household.
 *
 * @param household the household
 * @param level how urgent
 * @param reasons why, in Chinese, with the figures
 */
public record EarlyWarning(HouseholdId household, Level level, List<String> reasons) {
  /** How urgent a warning is. */
  public enum Level {
    /** 黄色: near the line. */
    YELLOW,
    /** 橙色: very near the line, or hit by a risk event. */
    ORANGE,
    /** 红色: below the line, or city-marked: act now. */
    RED
  }

  /**
   * Freezes the reasons.
   *
   * @param household the household
   * @param level how urgent
   * @param reasons why, in Chinese, with the figures
   */
  public EarlyWarning {
    reasons = List.copyOf(reasons);
  }
}

package org.sunshineledger.registry;

import java.util.List;

/**
 * The exit policy's verdict on one household in one year.
 *
 * @param failures the conditions that fail, empty when exit is allowed
 * @param outcome the status exit leads to when allowed (with or without continued policy)
 */
public record ExitAssessment(List<ExitCondition> failures, HouseholdStatus outcome) {
  /**
   * Freezes the failures.
   *
   * @param failures the conditions that fail, empty when exit is allowed
   * @param outcome the status exit leads to when allowed (with or without continued policy)
   */
  public ExitAssessment {
    failures = List.copyOf(failures);
  }

  /**
   * Whether exit is allowed.
   *
   * @return true when no condition fails
   */
  public boolean allowed() {
    return failures.isEmpty();
  }
}

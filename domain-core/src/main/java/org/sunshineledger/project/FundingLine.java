package org.sunshineledger.project;

import java.util.Objects;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.money.Money;

/**
 * What a project draws from one township block: allocated, and of that, disbursed (已拨付).
 *
 * @param block the township block
 * @param allocated the amount committed from the block
 * @param disbursed the amount paid out so far, never more than allocated
 */
public record FundingLine(BlockId block, Money allocated, Money disbursed) {
  /**
   * Validates the line.
   *
   * @param block the township block
   * @param allocated the amount committed from the block
   * @param disbursed the amount paid out so far, never more than allocated
   */
  public FundingLine {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(disbursed, "disbursed");
    if (disbursed.isNegative() || disbursed.isGreaterThan(allocated)) {
      throw new IllegalArgumentException("disbursed " + disbursed + " of " + allocated);
    }
  }
}

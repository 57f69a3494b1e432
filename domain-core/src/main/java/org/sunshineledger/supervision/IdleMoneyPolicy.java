package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectStage;

/**
 * Money idle (资金滞留): a township block whose money is not assigned to projects, or a project's
 * funding line not paid out, a while after it could have been. The audits of 2017–2018 found
 * hundreds of millions of yuan of poverty funds idle for over a year; the district's default looks
 * at six months, half that, so that a lead comes while the money can still be used in the year.
 *
 * @param idleAfter how long money may wait after it could have been used
 */
public record IdleMoneyPolicy(Period idleAfter) {
  /** Rule code of a township block not assigned. */
  public static final String IDLE_BLOCK = "supervision.idle-block";

  /** Rule code of a funding line not paid out. */
  public static final String IDLE_LINE = "supervision.idle-line";

  /** The district's default: six months. */
  public static final IdleMoneyPolicy DISTRICT = new IdleMoneyPolicy(Period.ofMonths(6));

  /**
   * Validates the period.
   *
   * @param idleAfter how long money may wait
   */
  public IdleMoneyPolicy {
    Objects.requireNonNull(idleAfter, "idleAfter");
    if (idleAfter.isNegative() || idleAfter.isZero()) {
      throw new IllegalArgumentException("money waits a positive period: " + idleAfter);
    }
  }

  /**
   * A block with money not assigned to any project, {@link #idleAfter} after its allocation.
   *
   * @param block the block as it stands
   * @param allocatedOn the day the allocation cut it
   * @param today the day of the check
   * @return the finding, or empty when the block is assigned in full or not yet idle
   */
  public Optional<Finding> check(TownshipBlock block, LocalDate allocatedOn, LocalDate today) {
    Money idle = block.balance();
    if (idle.isZero() || !today.isAfter(allocatedOn.plus(idleAfter))) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("block", block.id().value());
    figures.put("amount", block.amount().toDecimal());
    figures.put("idle", idle.toDecimal());
    figures.put("allocatedOn", allocatedOn);
    figures.put("idleSince", allocatedOn.plus(idleAfter));
    return Optional.of(
        new Finding(
            IDLE_BLOCK,
            "block:" + block.id().value(),
            Optional.of(block.township()),
            Optional.empty(),
            figures));
  }

  /**
   * A project's funding line not paid out in full, {@link #idleAfter} after the project entered
   * implementation (组织实施), from which its money may be paid; a project past completion has had its
   * chance too.
   *
   * @param project the project as it stands
   * @param line one of its funding lines
   * @param today the day of the check
   * @return the finding, or empty when paid in full, not yet payable or not yet idle
   */
  public Optional<Finding> check(Project project, FundingLine line, LocalDate today) {
    Money unpaid = line.allocated().minus(line.disbursed());
    Optional<LocalDate> payableSince =
        project.history().stream()
            .filter(change -> change.to() == ProjectStage.IMPLEMENTATION)
            .map(change -> change.at().atZone(Supervision.DISTRICT_ZONE).toLocalDate())
            .findFirst();
    if (unpaid.isZero()
        || payableSince.isEmpty()
        || !today.isAfter(payableSince.get().plus(idleAfter))) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("project", project.id().value());
    figures.put("block", line.block().value());
    figures.put("allocated", line.allocated().toDecimal());
    figures.put("disbursed", line.disbursed().toDecimal());
    figures.put("unpaid", unpaid.toDecimal());
    figures.put("payableSince", payableSince.get());
    return Optional.of(
        new Finding(
            IDLE_LINE,
            "line:" + project.id().value() + ":" + line.block().value(),
            Optional.of(project.plan().leadTownship()),
            Supervision.singleVillage(project),
            figures));
  }
}

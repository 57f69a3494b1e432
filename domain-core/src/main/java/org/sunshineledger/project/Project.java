package org.sunshineledger.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * A poverty-alleviation project (扶贫项目): the aggregate of its plan, its place in the lifecycle of §5
 * with the full history of who moved it when under which document, its mid-term inspections, and
 * its funding lines — what it draws from which township block and how much of that was paid.
 *
 * <p>Other aggregates (blocks, assets) are referred to by id. Committing a block's money is done
 * through {@link #fund(TownshipBlock, Money)}, which asks the block first, so the block's balance
 * and the project's lines change together in one unit of work.
 */
public final class Project {
  private final ProjectId id;
  private ProjectPlan plan;
  private ProjectStage stage;
  private final List<StageChange> history;
  private final List<Inspection> inspections;
  private final Map<BlockId, FundingLine> lines;

  private Project(
      ProjectId id,
      ProjectPlan plan,
      ProjectStage stage,
      List<StageChange> history,
      List<Inspection> inspections,
      Collection<FundingLine> lines) {
    this.id = Objects.requireNonNull(id, "id");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.history = new ArrayList<>(history);
    this.inspections = new ArrayList<>(inspections);
    this.lines = new LinkedHashMap<>();
    lines.forEach(line -> this.lines.put(line.block(), line));
  }

  /**
   * Enters a new project into the reserve (项目储备).
   *
   * @param id its id
   * @param plan what it is
   * @param by who entered it
   * @param at when
   * @param documentRef the proposal's reference
   * @return the project, in the reserve
   */
  public static Project propose(
      ProjectId id, ProjectPlan plan, String by, Instant at, String documentRef) {
    return new Project(
        id,
        plan,
        ProjectStage.RESERVE,
        List.of(new StageChange(null, ProjectStage.RESERVE, by, at, documentRef)),
        List.of(),
        List.of());
  }

  /**
   * A project as stored.
   *
   * @param id its id
   * @param plan what it is
   * @param stage where it is
   * @param history its stage changes, oldest first
   * @param inspections its inspections, oldest first
   * @param lines its funding lines
   * @return the project
   */
  public static Project restore(
      ProjectId id,
      ProjectPlan plan,
      ProjectStage stage,
      List<StageChange> history,
      List<Inspection> inspections,
      Collection<FundingLine> lines) {
    return new Project(id, plan, stage, history, inspections, lines);
  }

  /**
   * Moves the project to the next stage of its lifecycle (or from appraisal back to the reserve).
   *
   * @param to the stage
   * @param by who records it
   * @param at when
   * @param documentRef the document that decides it
   * @return the recorded change
   * @throws IllegalTransitionException naming both stages when the lifecycle does not allow it
   * @throws DomainException {@code project.unfunded} when implementation would start without any
   *     funding line
   */
  public StageChange advanceTo(ProjectStage to, String by, Instant at, String documentRef) {
    if (!stage.mayMoveTo(to)) {
      throw new IllegalTransitionException(id, stage, to);
    }
    if (to == ProjectStage.IMPLEMENTATION && lines.isEmpty()) {
      throw new DomainException(
          "project.unfunded",
          "project " + id.value() + " has no funding line; fund it before implementation starts",
          Map.of("project", id.value()));
    }
    StageChange change = new StageChange(stage, to, by, at, documentRef);
    history.add(change);
    stage = to;
    return change;
  }

  /**
   * Revises the plan before implementation starts (项目调整): its name, description, investment,
   * implementing unit and the like may change while the project is in the reserve, under appraisal
   * or approved; its leading township and year may not, since they decide who answers for it and
   * whose budget it draws on.
   *
   * @param revised the revised plan
   * @throws DomainException {@code project.plan-frozen} once implementation has started, {@code
   *     project.plan-owner} when the leading township or the year would change
   */
  public void revisePlan(ProjectPlan revised) {
    if (stage.hasReached(ProjectStage.IMPLEMENTATION)) {
      throw new DomainException(
          "project.plan-frozen",
          "project "
              + id.value()
              + " is "
              + stage
              + "; its plan is fixed once implementation starts",
          Map.of("project", id.value(), "stage", stage.name()));
    }
    if (!revised.leadTownship().equals(plan.leadTownship())
        || !revised.year().equals(plan.year())) {
      throw new DomainException(
          "project.plan-owner",
          "project "
              + id.value()
              + " stays with township "
              + plan.leadTownship().value()
              + " and year "
              + plan.year()
              + "; propose a new project instead",
          Map.of(
              "project", id.value(),
              "township", plan.leadTownship().value(),
              "year", plan.year().getValue()));
    }
    plan = revised;
  }

  /**
   * Records a mid-term inspection (中期检查监督).
   *
   * @param inspection the inspection
   * @throws DomainException {@code project.inspection-stage} outside implementation
   */
  public void recordInspection(Inspection inspection) {
    if (stage != ProjectStage.IMPLEMENTATION) {
      throw new DomainException(
          "project.inspection-stage",
          "inspections are recorded during implementation; project " + id.value() + " is " + stage,
          Map.of("project", id.value(), "stage", stage.name()));
    }
    inspections.add(Objects.requireNonNull(inspection, "inspection"));
  }

  /**
   * Draws money from a township block of one of the project's townships.
   *
   * @param block the block; its balance is reduced
   * @param amount the amount, positive
   * @return the funding line after the change
   * @throws DomainException {@code project.funding-stage} before approval or after completion;
   *     {@code project.block-township} for a block of another township; {@code
   *     fund.block-balance-exceeded} when the block cannot cover it
   */
  public FundingLine fund(TownshipBlock block, Money amount) {
    if (!stage.hasReached(ProjectStage.APPROVED)
        || stage.hasReached(ProjectStage.COMPLETION_ACCEPTED)) {
      throw new DomainException(
          "project.funding-stage",
          "project "
              + id.value()
              + " is "
              + stage
              + "; funding is allocated between approval and completion",
          Map.of("project", id.value(), "stage", stage.name()));
    }
    if (!plan.townships().contains(block.township())) {
      throw new DomainException(
          "project.block-township",
          "block "
              + block.id().value()
              + " belongs to township "
              + block.township().value()
              + ", which project "
              + id.value()
              + " does not span",
          Map.of(
              "project",
              id.value(),
              "block",
              block.id().value(),
              "township",
              block.township().value()));
    }
    block.commit(amount);
    FundingLine before = lines.get(block.id());
    FundingLine after =
        before == null
            ? new FundingLine(block.id(), amount, Money.zero(amount.currency()))
            : new FundingLine(block.id(), before.allocated().plus(amount), before.disbursed());
    lines.put(block.id(), after);
    return after;
  }

  /**
   * Records a payment (拨付) against a funding line.
   *
   * @param block the line's block
   * @param amount the amount paid, positive
   * @return the funding line after the change
   * @throws DomainException {@code project.disbursement-stage} before implementation; {@code
   *     project.no-such-line} when the project does not draw on that block; {@code
   *     project.disbursement-exceeds-allocation} naming allocated, disbursed and requested
   */
  public FundingLine disburse(BlockId block, Money amount) {
    if (!stage.hasReached(ProjectStage.IMPLEMENTATION)) {
      throw new DomainException(
          "project.disbursement-stage",
          "project " + id.value() + " is " + stage + "; money is paid from implementation on",
          Map.of("project", id.value(), "stage", stage.name()));
    }
    FundingLine line = lines.get(block);
    if (line == null) {
      throw new DomainException(
          "project.no-such-line",
          "project " + id.value() + " draws nothing from block " + block.value(),
          Map.of("project", id.value(), "block", block.value()));
    }
    if (amount.isNegative() || amount.isZero()) {
      throw new DomainException(
          "project.disbursement-not-positive",
          "a disbursement must be positive, not " + amount,
          Map.of("requested", amount.toDecimal()));
    }
    Money after = line.disbursed().plus(amount);
    if (after.isGreaterThan(line.allocated())) {
      throw new DomainException(
          "project.disbursement-exceeds-allocation",
          "block "
              + block.value()
              + " line of project "
              + id.value()
              + ": allocated "
              + line.allocated().toDecimal()
              + ", disbursed "
              + line.disbursed().toDecimal()
              + ", requested "
              + amount.toDecimal(),
          Map.of(
              "project", id.value(),
              "block", block.value(),
              "allocated", line.allocated().toDecimal(),
              "disbursed", line.disbursed().toDecimal(),
              "requested", amount.toDecimal()));
    }
    FundingLine updated = new FundingLine(block, line.allocated(), after);
    lines.put(block, updated);
    return updated;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ProjectId id() {
    return id;
  }

  /**
   * Returns the plan.
   *
   * @return the plan
   */
  public ProjectPlan plan() {
    return plan;
  }

  /**
   * Returns the current stage.
   *
   * @return the stage
   */
  public ProjectStage stage() {
    return stage;
  }

  /**
   * Returns the stage changes, oldest first.
   *
   * @return the history
   */
  public List<StageChange> history() {
    return Collections.unmodifiableList(history);
  }

  /**
   * Returns the inspections, oldest first.
   *
   * @return the inspections
   */
  public List<Inspection> inspections() {
    return Collections.unmodifiableList(inspections);
  }

  /**
   * Returns the funding lines in the order they were opened.
   *
   * @return the lines
   */
  public List<FundingLine> fundingLines() {
    return List.copyOf(lines.values());
  }

  /**
   * The total drawn from all blocks.
   *
   * @return the allocated total, zero CNY when unfunded
   */
  public Money allocated() {
    return lines.values().stream().map(FundingLine::allocated).reduce(Money.zero(), Money::plus);
  }

  /**
   * The total paid out.
   *
   * @return the disbursed total
   */
  public Money disbursed() {
    return lines.values().stream().map(FundingLine::disbursed).reduce(Money.zero(), Money::plus);
  }
}

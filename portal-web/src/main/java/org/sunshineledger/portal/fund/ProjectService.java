package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainWrites.day;
import static org.sunshineledger.portal.fund.FundChainWrites.deny;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.disclosure.Publishable;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.ConcurrentChangeException;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.project.Inspection;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * The township officers' writes to the projects of their township (and the district admin's): the
 * reserve, plan revisions, stages, inspections, funding from township blocks and payments. Each
 * method is one transaction and checks the actor's scope before it changes anything; each change
 * raises the project's version, so two concurrent edits of one project give one success and one
 * conflict.
 */
@ApplicationScoped
public class ProjectService {
  private static final Logger LOG = Logger.getLogger(ProjectService.class.getName());

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  @Inject Event<ProjectChanged> projectChanged;
  @Inject Event<Publishable> publishable;

  /**
   * Enters a project into the reserve (township officer of its leading township, district admin).
   *
   * @param actor who
   * @param plan the plan
   * @param documentRef the proposal's document
   * @param at when the command is given
   * @return the project's id
   */
  @Transactional
  public long proposeProject(Actor actor, ProjectPlan plan, String documentRef, Instant at) {
    long id = propose(actor, plan, documentRef, at);
    em.flush();
    return id;
  }

  /**
   * Enters a project into the reserve within the caller's transaction, leaving the insert to the
   * next flush: a plan of many projects goes to the database in JDBC batches.
   *
   * @param actor who
   * @param plan the plan
   * @param documentRef the proposal's document
   * @param at when the command is given
   * @return the project's id
   */
  long propose(Actor actor, ProjectPlan plan, String documentRef, Instant at) {
    District district = regions.places().district();
    for (TownshipId township : plan.townships()) {
      if (district.township(township).isEmpty()) {
        throw new DomainException(
            "project.unknown-township",
            "there is no township " + township.value(),
            Map.of("field", "townships", "township", township.value()));
      }
    }
    for (VillageId villageId : plan.villages()) {
      Village village =
          district
              .village(villageId)
              .orElseThrow(
                  () ->
                      new DomainException(
                          "project.unknown-village",
                          "there is no village " + villageId.value(),
                          Map.of("field", "villages", "village", villageId.value())));
      if (!plan.townships().contains(village.township())) {
        throw new DomainException(
            "project.village-outside-townships",
            village.name() + " is not in the project's townships",
            Map.of("field", "villages", "village", villageId.value()));
      }
    }
    requireWrite(
        actor,
        plan.leadTownship(),
        "propose a project for township " + plan.leadTownship().value());
    ProjectEntity entity = new ProjectEntity(plan, false);
    // the id comes from the sequence's preallocated block at persist, without a round trip
    em.persist(entity);
    Project project =
        Project.propose(new ProjectId(entity.id()), plan, actor.username(), at, documentRef);
    entity.apply(project);
    projectChanged.fire(new ProjectChanged(entity.id()));
    return entity.id();
  }

  /**
   * Moves a project to another stage (township officer of its leading township, district admin).
   *
   * @param actor who
   * @param projectId the project
   * @param to the stage
   * @param documentRef the deciding document
   * @param expectedVersion the version the caller last saw, if it sent one
   * @param at when the command is given
   * @return the project's version after the change
   */
  @Transactional
  public long transition(
      Actor actor,
      long projectId,
      ProjectStage to,
      String documentRef,
      OptionalLong expectedVersion,
      Instant at) {
    ProjectEntity entity = projectForWrite(actor, projectId, expectedVersion);
    Project project = entity.toDomain();
    project.advanceTo(to, actor.username(), at, documentRef);
    if (to == ProjectStage.APPROVED) {
      publishable.fire(
          Publishable.projectPlan(
              projectId,
              entity.leadTownshipId(),
              project.plan().year() + "年" + project.plan().name(),
              day(at)));
    } else if (to == ProjectStage.COMPLETION_ACCEPTED) {
      publishable.fire(
          Publishable.projectCompletion(
              projectId, entity.leadTownshipId(), project.plan().name(), day(at)));
    }
    return save(entity, project);
  }

  /**
   * Revises a project's plan before implementation (township officer of its leading township,
   * district admin).
   *
   * @param actor who
   * @param projectId the project
   * @param plan the revised plan
   * @param documentRef the revision's document
   * @param expectedVersion the version the caller last saw, if it sent one
   * @param at when the command is given
   * @return the project's version after the change
   */
  @Transactional
  public long revisePlan(
      Actor actor,
      long projectId,
      ProjectPlan plan,
      String documentRef,
      OptionalLong expectedVersion,
      Instant at) {
    ProjectEntity entity = projectForWrite(actor, projectId, expectedVersion);
    Project project = entity.toDomain();
    project.revisePlan(plan);
    LOG.info(
        () ->
            actor.username()
                + " revised the plan of project "
                + projectId
                + " ("
                + documentRef
                + ") at "
                + at);
    return save(entity, project);
  }

  /**
   * Records a mid-term inspection.
   *
   * @param actor who
   * @param projectId the project
   * @param findings what was found
   * @param documentRef the report
   * @param expectedVersion the version the caller last saw, if it sent one
   * @param at when the command is given
   * @return the project's version after the change
   */
  @Transactional
  public long inspect(
      Actor actor,
      long projectId,
      String findings,
      String documentRef,
      OptionalLong expectedVersion,
      Instant at) {
    ProjectEntity entity = projectForWrite(actor, projectId, expectedVersion);
    Project project = entity.toDomain();
    project.recordInspection(new Inspection(actor.username(), at, findings, documentRef));
    return save(entity, project);
  }

  /**
   * Draws money from a township block for a project.
   *
   * @param actor who; must be allowed to write to the block's township
   * @param projectId the project
   * @param blockId the block
   * @param amount the amount
   * @param expectedVersion the version the caller last saw, if it sent one
   * @return the project's version after the change
   */
  @Transactional
  public long fund(
      Actor actor, long projectId, long blockId, Money amount, OptionalLong expectedVersion) {
    ProjectEntity entity = projectForWrite(actor, projectId, expectedVersion);
    TownshipBlockEntity blockEntity = em.find(TownshipBlockEntity.class, blockId);
    if (blockEntity == null) {
      throw new UnknownResourceException("block", blockId);
    }
    TownshipBlock block = blockEntity.toDomain();
    requireWrite(actor, block.township(), "draw on block " + blockId);
    Project project = entity.toDomain();
    project.fund(block, amount);
    blockEntity.apply(block);
    em.lock(blockEntity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return save(entity, project);
  }

  /**
   * Records a payment against a funding line.
   *
   * @param actor who
   * @param projectId the project
   * @param blockId the line's block
   * @param amount the amount
   * @param expectedVersion the version the caller last saw, if it sent one
   * @return the project's version after the change
   */
  @Transactional
  public long disburse(
      Actor actor, long projectId, long blockId, Money amount, OptionalLong expectedVersion) {
    ProjectEntity entity = projectForWrite(actor, projectId, expectedVersion);
    Project project = entity.toDomain();
    project.disburse(new BlockId(blockId), amount);
    return save(entity, project);
  }

  private ProjectEntity projectForWrite(Actor actor, long projectId, OptionalLong expectedVersion) {
    ProjectEntity entity = em.find(ProjectEntity.class, projectId);
    if (entity == null) {
      throw new UnknownResourceException("project", projectId);
    }
    requireWrite(actor, new TownshipId(entity.leadTownshipId()), "change project " + projectId);
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version()) {
      throw new ConcurrentChangeException(
          "project", projectId, expectedVersion.getAsLong(), entity.version());
    }
    return entity;
  }

  private long save(ProjectEntity entity, Project project) {
    entity.apply(project);
    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    projectChanged.fire(new ProjectChanged(entity.id()));
    return entity.version();
  }

  private void requireWrite(Actor actor, TownshipId township, String what) {
    if (!actor.mayWriteTo(township)) {
      deny(actor, what);
    }
  }
}

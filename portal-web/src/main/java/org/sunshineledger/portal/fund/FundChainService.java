package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.DistrictBudgetPolicy;
import org.sunshineledger.fund.FactorAllocation;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.disclosure.Publishable;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.ConcurrentChangeException;
import org.sunshineledger.portal.shared.DistrictClock;
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
 * The officials' writes along the fund chain: appropriations and factor allocations (district
 * admin), projects, their stages and funding (township officers for their township), assets and
 * income distributions (village officers for their village). Each method is one transaction; each
 * checks the actor's scope before it changes anything, and each aggregate it changes has its
 * version raised, so two concurrent edits of one aggregate give one success and one conflict.
 */
@ApplicationScoped
public class FundChainService {
  private static final Logger LOG = Logger.getLogger(FundChainService.class.getName());

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  @Inject Event<ProjectChanged> projectChanged;
  @Inject Event<Publishable> publishable;

  /**
   * Plans a yearly appropriation (district admin).
   *
   * @param actor who
   * @param source the source
   * @param name the name
   * @param year the year
   * @param amount the amount
   * @param documentRef the document
   * @param at when the command is given
   * @return the fund's id
   */
  @Transactional
  public long createFund(
      Actor actor,
      FundSourceKind source,
      String name,
      Year year,
      Money amount,
      String documentRef,
      Instant at) {
    requireDistrictAdmin(actor, "plan an appropriation");
    List<Fund> planned =
        em.createQuery("SELECT f FROM FundEntity f", FundEntity.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .map(FundEntity::toDomain)
            .toList();
    // validate as a domain object before anything is stored (the id is provisional)
    Fund proposed = new Fund(new FundId(Long.MAX_VALUE), source, name, year, amount, documentRef);
    DistrictBudgetPolicy.check(planned, proposed);
    FundEntity entity =
        new FundEntity(
            source,
            name,
            year,
            amount,
            documentRef,
            actor.username(),
            at.atOffset(ZoneOffset.UTC),
            false);
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /**
   * Cuts a fund into township blocks by the factor method (district admin).
   *
   * @param actor who
   * @param fundId the fund
   * @param amount how much to cut, at most what is not yet allocated; null for all of that
   * @param policy the weights
   * @param townships each township's factor values
   * @param documentRef the decision's document
   * @param at when the command is given
   * @return the allocation's id
   */
  @Transactional
  public long allocate(
      Actor actor,
      long fundId,
      Money amount,
      FactorAllocationPolicy policy,
      List<TownshipFactors> townships,
      String documentRef,
      Instant at) {
    requireDistrictAdmin(actor, "allocate a fund");
    FundEntity fundEntity = em.find(FundEntity.class, fundId, LockModeType.PESSIMISTIC_WRITE);
    if (fundEntity == null) {
      throw new UnknownResourceException("fund", fundId);
    }
    District district = regions.places().district();
    for (TownshipFactors factors : townships) {
      if (district.township(factors.township()).isEmpty()) {
        throw new DomainException(
            "fund.unknown-township",
            "there is no township " + factors.township().value(),
            Map.of("field", "townships", "township", factors.township().value()));
      }
    }
    Fund fund = fundEntity.toDomain();
    Money unallocated = fund.amount().minus(allocatedOf(fundId));
    Money toSplit = amount == null ? unallocated : amount;
    if (toSplit.isNegative() || toSplit.isZero() || toSplit.isGreaterThan(unallocated)) {
      throw new DomainException(
          "fund.allocation-exceeds-fund",
          "fund "
              + fundId
              + " has "
              + unallocated.toDecimal()
              + " yuan not yet allocated; "
              + toSplit.toDecimal()
              + " yuan were asked for",
          Map.of(
              "fund",
              fundId,
              "unallocated",
              unallocated.toDecimal(),
              "requested",
              toSplit.toDecimal()));
    }
    FactorAllocation result = policy.allocate(fund.id(), toSplit, townships);
    AllocationEntity allocation =
        new AllocationEntity(result, documentRef, actor.username(), at.atOffset(ZoneOffset.UTC));
    em.persist(allocation);
    em.flush();
    for (FactorAllocation.TownshipShare share : result.shares()) {
      if (!share.amount().isZero()) {
        em.persist(
            new TownshipBlockEntity(
                fund.id(), allocation.id(), share.factors().township(), share.amount()));
      }
    }
    em.lock(fundEntity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    publishable.fire(Publishable.allocation(allocation.id(), fund.name(), day(at)));
    return allocation.id();
  }

  private Money allocatedOf(long fundId) {
    // SUM of a BIGINT column is a NUMERIC on H2 and a BIGINT on PostgreSQL: read it as a Number
    Number fen =
        (Number)
            em.createQuery(
                    "SELECT SUM(b.amountFen) FROM TownshipBlockEntity b WHERE b.fundId = :fund")
                .setParameter("fund", fundId)
                .getSingleResult();
    return Money.ofFen(fen == null ? 0 : new java.math.BigDecimal(fen.toString()).longValueExact());
  }

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
    em.persist(entity);
    em.flush();
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

  /**
   * Registers an asset formed by a project that passed completion acceptance.
   *
   * @param actor who; must be allowed to write to the owning village(s)
   * @param projectId the project
   * @param name the asset's name
   * @param rights its rights
   * @param value its value
   * @param documentRef the acceptance or valuation document
   * @param at when the command is given
   * @return the asset's id
   */
  @Transactional
  public long registerAsset(
      Actor actor,
      long projectId,
      String name,
      AssetRights rights,
      Money value,
      String documentRef,
      Instant at) {
    ProjectEntity project = em.find(ProjectEntity.class, projectId);
    if (project == null) {
      throw new UnknownResourceException("project", projectId);
    }
    requireWriteToOwners(actor, rights.ownership(), "register an asset");
    Asset asset =
        Asset.register(
            new AssetId(Long.MAX_VALUE),
            new ProjectId(projectId),
            project.stage(),
            name,
            rights,
            value,
            actor.username(),
            at,
            documentRef);
    AssetEntity entity = new AssetEntity(asset);
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /**
   * Hands an asset over to its custodian.
   *
   * @param actor who
   * @param assetId the asset
   * @param custodian the custodian
   * @param personInCharge the person in charge
   * @param documentRef the hand-over record
   * @param at when the command is given
   * @return the asset's version after the change
   */
  @Transactional
  public long handOver(
      Actor actor,
      long assetId,
      String custodian,
      String personInCharge,
      String documentRef,
      Instant at) {
    AssetEntity entity = assetForWrite(actor, assetId);
    Asset asset = entity.toDomain();
    asset.handOver(custodian, personInCharge, actor.username(), at, documentRef);
    entity.apply(asset);
    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return entity.version();
  }

  private AssetEntity assetForWrite(Actor actor, long assetId) {
    AssetEntity entity = em.find(AssetEntity.class, assetId);
    if (entity == null) {
      throw new UnknownResourceException("asset", assetId);
    }
    requireWriteToOwners(actor, entity.toDomain().rights().ownership(), "change asset " + assetId);
    return entity;
  }

  /**
   * Distributes an asset's income for a period.
   *
   * @param actor who; must be allowed to write to the owning village(s)
   * @param assetId the asset
   * @param period the period
   * @param income the income
   * @param policy the policy's figures
   * @param beneficiaries the households, each an existing household
   * @param documentRef the decision (村民代表会议决议)
   * @param at when the command is given
   * @return the distribution's id
   */
  @Transactional
  public long distribute(
      Actor actor,
      long assetId,
      IncomePeriod period,
      Money income,
      DistributionPolicy policy,
      List<Beneficiary> beneficiaries,
      String documentRef,
      Instant at) {
    AssetEntity asset = assetForWrite(actor, assetId);
    for (Beneficiary beneficiary : beneficiaries) {
      if (households.find(beneficiary.household().value()).isEmpty()) {
        throw new DomainException(
            "income.unknown-household",
            "there is no household " + beneficiary.household().value(),
            Map.of("field", "beneficiaries", "household", beneficiary.household().value()));
      }
    }
    Distribution distribution =
        policy.distribute(new AssetId(asset.id()), period, income, new ArrayList<>(beneficiaries));
    DistributionEntity entity =
        new DistributionEntity(
            distribution,
            beneficiaries,
            documentRef,
            actor.username(),
            at.atOffset(ZoneOffset.UTC));
    em.persist(entity);
    em.flush();
    Village owner = ownerVillage(asset.toDomain().rights().ownership());
    publishable.fire(
        Publishable.distribution(
            entity.id(),
            owner == null ? null : owner.township().value(),
            owner == null ? null : owner.id().value(),
            asset.toDomain().name() + "（" + period.from() + "至" + period.to() + "）",
            day(at)));
    return entity.id();
  }

  /** The village that owns an asset (the first of joint owners), or null for none. */
  public Village ownerVillage(Ownership ownership) {
    District district = regions.places().district();
    VillageId id = null;
    if (ownership instanceof Ownership.Collective collective) {
      id = collective.village();
    } else if (ownership instanceof Ownership.Joint joint && !joint.shares().isEmpty()) {
      id = joint.shares().get(0).village();
    } else if (ownership instanceof Ownership.Household household) {
      id =
          households
              .find(household.household().value())
              .map(owner -> new VillageId(owner.villageId()))
              .orElse(null);
    }
    return id == null ? null : district.village(id).orElse(null);
  }

  private static java.time.LocalDate day(Instant at) {
    return java.time.LocalDate.ofInstant(at, DistrictClock.ZONE);
  }

  private void requireWriteToOwners(Actor actor, Ownership ownership, String what) {
    District district = regions.places().district();
    List<VillageId> villages = new ArrayList<>();
    if (ownership instanceof Ownership.Collective collective) {
      villages.add(collective.village());
    } else if (ownership instanceof Ownership.Joint joint) {
      joint.shares().forEach(s -> villages.add(s.village()));
    } else if (ownership instanceof Ownership.Household household) {
      HouseholdDirectory.HouseholdCard owner =
          households
              .find(household.household().value())
              .orElseThrow(
                  () ->
                      new DomainException(
                          "asset.unknown-household",
                          "there is no household " + household.household().value(),
                          Map.of(
                              "field", "ownership", "household", household.household().value())));
      villages.add(new VillageId(owner.villageId()));
    }
    for (VillageId id : villages) {
      Village village =
          district
              .village(id)
              .orElseThrow(
                  () ->
                      new DomainException(
                          "asset.unknown-village",
                          "there is no village " + id.value(),
                          Map.of("field", "ownership", "village", id.value())));
      if (!actor.mayWriteTo(village)) {
        deny(actor, what + " of village " + id.value());
      }
    }
  }

  private void requireWrite(Actor actor, TownshipId township, String what) {
    if (!actor.mayWriteTo(township)) {
      deny(actor, what);
    }
  }

  private static void requireDistrictAdmin(Actor actor, String what) {
    if (actor.role() != Role.DISTRICT_ADMIN) {
      deny(actor, what);
    }
  }

  private static void deny(Actor actor, String what) {
    throw new AccessDeniedException(actor.username() + " may not " + what);
  }
}

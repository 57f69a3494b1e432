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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sunshineledger.access.Actor;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.disclosure.Publishable;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.LedgerWritten;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * The village officers' writes to the assets their village owns: registering an asset a project
 * formed, handing it over, and distributing its income. Each method is one transaction and checks
 * that the actor may write to every owning village before it changes anything; a hand-over raises
 * the asset's version, so two concurrent hand-overs give one success and one conflict.
 */
@ApplicationScoped
public class AssetService {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  @Inject Event<Publishable> publishable;
  @Inject Event<LedgerWritten> written;

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
    Distribution distribution = divide(asset, period, income, policy, beneficiaries);
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
    written.fire(new LedgerWritten("distribution:" + entity.id()));
    return entity.id();
  }

  /**
   * The payouts a distribution would make, to the fen, with every check the distribution makes, and
   * nothing stored: the form shows them before the village confirms.
   *
   * @param actor who; must be allowed to write to the owning village(s)
   * @param assetId the asset
   * @param period the period
   * @param income the income
   * @param policy the policy's figures
   * @param beneficiaries the households
   * @return the distribution, not stored
   */
  @Transactional
  public Distribution previewDistribution(
      Actor actor,
      long assetId,
      IncomePeriod period,
      Money income,
      DistributionPolicy policy,
      List<Beneficiary> beneficiaries) {
    return divide(assetForWrite(actor, assetId), period, income, policy, beneficiaries);
  }

  private Distribution divide(
      AssetEntity asset,
      IncomePeriod period,
      Money income,
      DistributionPolicy policy,
      List<Beneficiary> beneficiaries) {
    // one read per thousand households, not one per household: a list of a hundred thousand
    // would otherwise load every household into the transaction
    java.util.Set<Long> registered =
        households.registered(beneficiaries.stream().map(b -> b.household().value()).toList());
    for (Beneficiary beneficiary : beneficiaries) {
      if (!registered.contains(beneficiary.household().value())) {
        throw new DomainException(
            "income.unknown-household",
            "there is no household " + beneficiary.household().value(),
            Map.of("field", "beneficiaries", "household", beneficiary.household().value()));
      }
    }
    return policy.distribute(
        new AssetId(asset.id()), period, income, new ArrayList<>(beneficiaries));
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
}

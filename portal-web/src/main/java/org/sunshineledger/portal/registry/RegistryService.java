package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Consumer;
import org.sunshineledger.access.Actor;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.disclosure.Publishable;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.ExitPolicy;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.RiskEvent;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * The officials' writes to the registry, each one transaction on one household or record, each
 * within the actor's scope (the village's officer, its township's officer, the district admin).
 */
@ApplicationScoped
public class RegistryService {

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject RegistryQueries queries;
  @Inject jakarta.enterprise.event.Event<Publishable> publishable;

  /** The exit policy in force; its lines are data. */
  private final ExitPolicy exitPolicy = ExitPolicy.SHANDONG;

  /**
   * Records a year's per-capita income.
   *
   * @param actor who
   * @param household the household
   * @param year the year
   * @param perCapita the income per person
   */
  @Transactional
  public void recordIncome(Actor actor, long household, Year year, Money perCapita) {
    change(actor, household, h -> h.recordIncome(year, perCapita));
  }

  /**
   * Records a guarantee check.
   *
   * @param actor who
   * @param household the household
   * @param check the check
   */
  @Transactional
  public void recordGuarantee(Actor actor, long household, GuaranteeCheck check) {
    change(actor, household, h -> h.recordGuarantee(check));
  }

  /**
   * Records a risk event.
   *
   * @param actor who
   * @param household the household
   * @param event the event
   */
  @Transactional
  public void recordRiskEvent(Actor actor, long household, RiskEvent event) {
    change(actor, household, h -> h.recordRiskEvent(event));
  }

  /**
   * Takes a household out of poverty if the exit policy allows it.
   *
   * @param actor who
   * @param household the household
   * @param year the year of exit
   * @param reason the decision
   * @param on the day
   * @return the status after exit
   */
  @Transactional
  public HouseholdStatus exit(Actor actor, long household, Year year, String reason, LocalDate on) {
    Household lifted =
        change(actor, household, h -> h.exit(exitPolicy, year, reason, actor.username(), on));
    Village village = regions.places().district().village(lifted.village()).orElseThrow();
    publishable.fire(
        Publishable.exit(
            village.township().value(), village.id().value(), village.name(), year.getValue(), on));
    return lifted.status();
  }

  /**
   * Ends a lifted household's policy support.
   *
   * @param actor who
   * @param household the household
   * @param year the year
   * @param plainlyAboveStandard whether it plainly no longer meets the standard
   * @param reason the decision
   * @param on the day
   */
  @Transactional
  public void endPolicy(
      Actor actor,
      long household,
      Year year,
      boolean plainlyAboveStandard,
      String reason,
      LocalDate on) {
    change(
        actor,
        household,
        h -> h.endPolicy(exitPolicy, year, plainlyAboveStandard, reason, actor.username(), on));
  }

  /**
   * Records a return to poverty.
   *
   * @param actor who
   * @param household the household
   * @param reason why
   * @param on the day
   */
  @Transactional
  public void returnToPoverty(Actor actor, long household, String reason, LocalDate on) {
    change(actor, household, h -> h.returnToPoverty(reason, actor.username(), on));
  }

  /**
   * Marks a household city-marked poor, at once.
   *
   * @param actor who
   * @param household the household
   * @param reason the sudden cause
   * @param on the day
   */
  @Transactional
  public void markCity(Actor actor, long household, String reason, LocalDate on) {
    change(actor, household, h -> h.markCity(reason, actor.username(), on));
  }

  private Household change(Actor actor, long id, Consumer<Household> command) {
    HouseholdEntity entity = em.find(HouseholdEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("household", id);
    }
    requireWrite(actor, entity.villageId(), "change household " + id);
    Household household = entity.toDomain();
    command.accept(household);
    writeGuarantees(id, entity, household);
    entity.apply(household);
    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    queries.forgetProgressAfterCommit();
    return household;
  }

  /** What can be done to an unsafe-house record. */
  public enum RenovationStep {
    /** 开工. */
    START,
    /** 竣工. */
    COMPLETE,
    /** 验收销档. */
    ACCEPT
  }

  /**
   * Moves an unsafe-house record on.
   *
   * @param actor who
   * @param record the record
   * @param step the step
   * @param on the day
   * @param acceptanceRef the acceptance record, for ACCEPT
   * @return the state after the step
   */
  @Transactional
  public UnsafeHouse.State renovation(
      Actor actor, long record, RenovationStep step, LocalDate on, String acceptanceRef) {
    UnsafeHouseEntity entity = em.find(UnsafeHouseEntity.class, record);
    if (entity == null) {
      throw new UnknownResourceException("unsafe-house record", record);
    }
    HouseholdEntity household = em.find(HouseholdEntity.class, entity.householdId());
    requireWrite(actor, household.villageId(), "change unsafe-house record " + record);
    UnsafeHouse house = entity.toDomain();
    switch (step) {
      case START -> house.startRenovation();
      case COMPLETE -> house.completeRenovation();
      case ACCEPT -> {
        house.acceptRenovation(on, acceptanceRef);
        District district = regions.places().district();
        Village village = district.village(new VillageId(household.villageId())).orElseThrow();
        publishable.fire(
            Publishable.unsafeHouse(
                village.township().value(),
                district.township(village.township()).orElseThrow().name(),
                on.getYear(),
                on));
      }
    }
    entity.apply(house);
    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return house.state();
  }

  /**
   * Replaces the household's guarantee rows that changed, by key (see {@link
   * HouseholdEntity#apply}).
   */
  private void writeGuarantees(long id, HouseholdEntity entity, Household household) {
    entity
        .changedGuarantees(household)
        .forEach(
            (guarantee, check) -> {
              em.createNativeQuery(
                      "DELETE FROM household_guarantee WHERE household_id = ?1 AND guarantee = ?2")
                  .setParameter(1, id)
                  .setParameter(2, guarantee.name())
                  .executeUpdate();
              check.ifPresent(
                  now ->
                      em.createNativeQuery(
                              "INSERT INTO household_guarantee"
                                  + " (household_id, guarantee, checked_on, evidence, met)"
                                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
                          .setParameter(1, id)
                          .setParameter(2, guarantee.name())
                          .setParameter(3, now.checkedOn())
                          .setParameter(4, now.evidence())
                          .setParameter(5, now.met())
                          .executeUpdate());
            });
  }

  void requireWrite(Actor actor, long villageId, String what) {
    District district = regions.places().district();
    Village village = district.village(new VillageId(villageId)).orElseThrow();
    if (!actor.mayWriteTo(village)) {
      throw new AccessDeniedException(actor.username() + " may not " + what);
    }
  }
}

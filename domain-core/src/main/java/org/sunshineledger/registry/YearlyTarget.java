package org.sunshineledger.registry;

import java.time.Year;
import java.util.Collection;
import java.util.List;

/**
 * A year's target of §2 and the progress against it: households and people to lift out of poverty,
 * and lifted households and people whose exit is to be consolidated.
 *
 * @param year the year
 * @param householdsToLift households to lift
 * @param peopleToLift people to lift
 * @param householdsToConsolidate lifted households to consolidate
 * @param peopleToConsolidate people of those households
 */
public record YearlyTarget(
    Year year,
    int householdsToLift,
    int peopleToLift,
    int householdsToConsolidate,
    int peopleToConsolidate) {
  /**
   * §2: in 2018, lift 491 households / 1,209 people; consolidate 8,325 households / 18,396 people.
   */
  public static final YearlyTarget YICHENG_2018 =
      new YearlyTarget(Year.of(2018), 491, 1209, 8325, 18396);

  /** The targets the policy gives. */
  public static final List<YearlyTarget> YICHENG = List.of(YICHENG_2018);

  /**
   * Progress against the target.
   *
   * @param householdsLifted households lifted in the year
   * @param peopleLifted their people
   * @param householdsConsolidated households lifted before the year and still lifted at its end
   * @param peopleConsolidated their people
   */
  public record Progress(
      int householdsLifted, int peopleLifted, int householdsConsolidated, int peopleConsolidated) {}

  /**
   * Computes the progress of households against this target.
   *
   * @param households the households
   * @return the progress
   */
  public Progress progress(Collection<Household> households) {
    int liftedHouseholds = 0;
    int liftedPeople = 0;
    int consolidatedHouseholds = 0;
    int consolidatedPeople = 0;
    for (Household household : households) {
      boolean liftedThisYear =
          household.history().stream()
              .anyMatch(
                  c ->
                      c.from() == HouseholdStatus.POOR
                          && c.to() != HouseholdStatus.POOR
                          && c.on().getYear() == year.getValue());
      boolean stillLifted = household.status() != HouseholdStatus.POOR;
      if (liftedThisYear && stillLifted) {
        liftedHouseholds++;
        liftedPeople += household.members().size();
      } else if (stillLifted && liftedBefore(household)) {
        consolidatedHouseholds++;
        consolidatedPeople += household.members().size();
      }
    }
    return new Progress(liftedHouseholds, liftedPeople, consolidatedHouseholds, consolidatedPeople);
  }

  private boolean liftedBefore(Household household) {
    return household.history().stream()
        .anyMatch(
            c ->
                c.from() == HouseholdStatus.POOR
                    && c.to() != HouseholdStatus.POOR
                    && c.on().getYear() < year.getValue());
  }
}

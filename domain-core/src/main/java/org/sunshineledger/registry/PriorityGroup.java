package org.sunshineledger.registry;

import java.util.EnumSet;
import java.util.Set;

/** The deeply poor groups of §4 that get priority, derived from the record — never typed in. */
public enum PriorityGroup {
  /** 支出型贫困: pushed down by a large expenditure or the cost of illness. */
  EXPENDITURE_POVERTY("支出型贫困"),
  /** 因病因灾新致贫、返贫. */
  NEW_POVERTY_FROM_ILLNESS_OR_DISASTER("因病因灾致贫返贫"),
  /** 重度残疾、失能人员家庭. */
  SEVERELY_DISABLED_OR_INCAPACITATED("重度残疾失能家庭");

  private final String chineseName;

  PriorityGroup(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The groups a household belongs to.
   *
   * @param household the household
   * @return the groups, possibly none
   */
  public static Set<PriorityGroup> of(Household household) {
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    boolean expenditure =
        household.riskEvents().stream()
            .anyMatch(
                e ->
                    e.kind() == RiskEvent.Kind.LARGE_EXPENDITURE
                        || (e.kind() == RiskEvent.Kind.ILLNESS && !e.cost().isZero()));
    if (expenditure) {
      groups.add(EXPENDITURE_POVERTY);
    }
    boolean newlyPoor =
        household.markers().contains(Marker.NEWLY_POOR)
            || household.markers().contains(Marker.RETURNED)
            || household.markers().contains(Marker.CITY_MARKED);
    boolean illnessOrDisaster =
        household.riskEvents().stream()
            .anyMatch(
                e -> e.kind() == RiskEvent.Kind.ILLNESS || e.kind() == RiskEvent.Kind.DISASTER);
    if (newlyPoor && illnessOrDisaster) {
      groups.add(NEW_POVERTY_FROM_ILLNESS_OR_DISASTER);
    }
    boolean incapacitated =
        household.members().stream()
            .anyMatch(m -> m.severeDisability() || m.labourAbility() == LabourAbility.NONE);
    if (incapacitated) {
      groups.add(SEVERELY_DISABLED_OR_INCAPACITATED);
    }
    return groups;
  }
}

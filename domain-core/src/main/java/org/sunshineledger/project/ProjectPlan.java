package org.sunshineledger.project;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * What a project is: its name and purpose, kind, scope, places, year, planned investment,
 * implementing unit and benefit links.
 *
 * @param name the name, for example 黄泉村石榴深加工扶贫车间
 * @param description what it builds and for whom
 * @param type the kind of project
 * @param scope how many places it spans
 * @param townships the townships, the leading one first
 * @param villages the villages it serves (none for a township-led project without a village)
 * @param year the plan year (年度项目计划)
 * @param plannedInvestment the planned total investment (计划总投资)
 * @param implementingUnit who carries it out (实施单位)
 * @param benefitLinks how it benefits poor households
 */
public record ProjectPlan(
    String name,
    String description,
    ProjectType type,
    ProjectScope scope,
    List<TownshipId> townships,
    List<VillageId> villages,
    Year year,
    Money plannedInvestment,
    String implementingUnit,
    Set<BenefitLink> benefitLinks) {

  /**
   * Validates the plan; the scope decides how many places it names.
   *
   * @param name the name, for example 黄泉村石榴深加工扶贫车间
   * @param description what it builds and for whom
   * @param type the kind of project
   * @param scope how many places it spans
   * @param townships the townships, the leading one first
   * @param villages the villages it serves (none for a township-led project without a village)
   * @param year the plan year (年度项目计划)
   * @param plannedInvestment the planned total investment (计划总投资)
   * @param implementingUnit who carries it out (实施单位)
   * @param benefitLinks how it benefits poor households
   * @throws DomainException {@code project.scope-places} when the places do not fit the scope
   */
  public ProjectPlan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(plannedInvestment, "plannedInvestment");
    requireText(name, "name", 200);
    requireText(description, "description", 4000);
    requireText(implementingUnit, "implementingUnit", 200);
    townships = List.copyOf(townships);
    villages = List.copyOf(villages);
    benefitLinks = benefitLinks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(benefitLinks));
    boolean fits =
        switch (scope) {
          case SINGLE_VILLAGE -> townships.size() == 1 && villages.size() == 1;
          case TOWNSHIP_LED -> townships.size() == 1;
          case MULTI_VILLAGE -> townships.size() == 1 && villages.size() >= 2;
          case MULTI_TOWNSHIP -> townships.size() >= 2;
        };
    if (!fits
        || Set.copyOf(townships).size() != townships.size()
        || Set.copyOf(villages).size() != villages.size()) {
      throw new DomainException(
          "project.scope-places",
          "a "
              + scope
              + " project cannot span "
              + townships.size()
              + " townships and "
              + villages.size()
              + " villages",
          Map.of(
              "scope", scope.name(), "townships", townships.size(), "villages", villages.size()));
    }
    if (plannedInvestment.isNegative()) {
      throw new DomainException(
          "project.investment-negative",
          "planned investment cannot be negative",
          Map.of("field", "plannedInvestment", "plannedInvestment", plannedInvestment.toDecimal()));
    }
  }

  private static void requireText(String value, String field, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new DomainException(
          "project.text",
          field + " must have 1 to " + max + " characters",
          Map.of("field", field, "maxLength", max));
    }
  }

  /**
   * The leading township.
   *
   * @return the first township
   */
  public TownshipId leadTownship() {
    return townships.get(0);
  }
}

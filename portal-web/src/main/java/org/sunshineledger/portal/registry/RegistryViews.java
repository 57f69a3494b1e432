package org.sunshineledger.portal.registry;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registry's read models. Officials in scope see personal data unmasked; the public sees only
 * {@link Stats}, aggregates with small cells suppressed.
 */
public final class RegistryViews {
  private RegistryViews() {}

  /**
   * A household in a list.
   *
   * @param id id
   * @param code 户编号
   * @param headName head of household
   * @param village village id
   * @param villageName village
   * @param township township name
   * @param status status code
   * @param statusName status in Chinese
   * @param markers markers
   * @param members number of members
   */
  public record HouseholdSummary(
      long id,
      String code,
      String headName,
      long village,
      String villageName,
      String township,
      String status,
      String statusName,
      List<String> markers,
      int members) {}

  /**
   * A household in full, for officials in scope.
   *
   * @param summary list fields
   * @param idNumber identity-card number
   * @param phone phone
   * @param members members
   * @param incomes per-capita income by year
   * @param guarantees the six guarantees as last checked
   * @param riskEvents risk events
   * @param history status changes, oldest first
   * @param priorityGroups §4 groups, derived
   * @param warning the early warning of the latest income year, or null
   * @param exitFailures for a poor household, what still blocks exit in the latest income year
   */
  public record HouseholdDetail(
      HouseholdSummary summary,
      String idNumber,
      String phone,
      List<MemberView> members,
      Map<String, String> incomes,
      List<GuaranteeView> guarantees,
      List<RiskView> riskEvents,
      List<ChangeView> history,
      List<String> priorityGroups,
      WarningView warning,
      List<String> exitFailures) {}

  /**
   * A member.
   *
   * @param name name
   * @param birthYear year of birth
   * @param labourAbility labour ability
   * @param severeDisability severely disabled
   * @param chronicIllness chronically ill
   * @param student in school
   */
  public record MemberView(
      String name,
      int birthYear,
      String labourAbility,
      boolean severeDisability,
      boolean chronicIllness,
      boolean student) {}

  /**
   * A guarantee.
   *
   * @param guarantee code
   * @param name Chinese name
   * @param met whether it holds
   * @param evidence evidence
   * @param checkedOn date
   */
  public record GuaranteeView(
      String guarantee, String name, boolean met, String evidence, String checkedOn) {}

  /**
   * A risk event.
   *
   * @param kind kind
   * @param on date
   * @param cost cost in yuan
   * @param description description
   */
  public record RiskView(String kind, String on, String cost, String description) {}

  /**
   * A status change.
   *
   * @param from before
   * @param to after
   * @param markers markers after
   * @param reason reason
   * @param by who
   * @param on when
   */
  public record ChangeView(
      String from, String to, List<String> markers, String reason, String by, String on) {}

  /**
   * An early warning.
   *
   * @param household household id
   * @param headName head of household
   * @param villageName village
   * @param level YELLOW, ORANGE or RED
   * @param reasons reasons
   */
  public record WarningView(
      long household, String headName, String villageName, String level, List<String> reasons) {}

  /**
   * An unsafe-house record.
   *
   * @param id id
   * @param household household id
   * @param headName head of household
   * @param villageName village
   * @param grade C or D
   * @param assessedOn assessed
   * @param state state
   * @param closedOn closed, or null
   * @param acceptanceRef acceptance record, or null
   */
  public record UnsafeHouseView(
      long id,
      long household,
      String headName,
      String villageName,
      String grade,
      String assessedOn,
      String state,
      String closedOn,
      String acceptanceRef) {}

  /**
   * Progress against a yearly target.
   *
   * @param year year
   * @param householdsToLift target
   * @param peopleToLift target
   * @param householdsToConsolidate target
   * @param peopleToConsolidate target
   * @param householdsLifted achieved
   * @param peopleLifted achieved
   * @param householdsConsolidated achieved
   * @param peopleConsolidated achieved
   */
  public record ProgressView(
      int year,
      int householdsToLift,
      int peopleToLift,
      int householdsToConsolidate,
      int peopleToConsolidate,
      int householdsLifted,
      int peopleLifted,
      int householdsConsolidated,
      int peopleConsolidated) {}

  /**
   * Public aggregates: households by township and status, cells under three suppressed.
   *
   * @param townships one row per township
   * @param totals district totals by status
   * @param progress progress against the yearly targets
   * @param suppressionThreshold cells below this are not shown
   */
  public record Stats(
      List<TownshipStats> townships,
      @Schema(nullable = true, description = SUPPRESSED) Map<String, Long> totals,
      List<ProgressView> progress,
      int suppressionThreshold) {}

  /**
   * One township's counts; a null count is a suppressed cell (1 or 2 households).
   *
   * @param township id
   * @param name name
   * @param byStatus households by status code
   */
  public record TownshipStats(
      long township,
      String name,
      @Schema(nullable = true, description = SUPPRESSED) Map<String, Long> byStatus) {}

  /** What a null count means, for the published document. */
  static final String SUPPRESSED = "1至2户不显示，为 null — null for a cell of 1 or 2 households";
}

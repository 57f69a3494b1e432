package org.sunshineledger.disclosure;

/**
 * The events of the other contexts that the rules say must be published (应公开事项), each with the kind
 * of disclosure it calls for.
 */
public enum PublishableEvent {
  /** A fund allocated to townships, villages or projects (fund). */
  ALLOCATION_DECIDED(DisclosureKind.ALLOCATION_RESULT),
  /** A year's project plan approved (project). */
  PROJECT_PLAN_APPROVED(DisclosureKind.PROJECT_PLAN),
  /** A project accepted as complete (project). */
  PROJECT_COMPLETED(DisclosureKind.PROJECT_COMPLETION),
  /** An asset's income distributed (income). */
  INCOME_DISTRIBUTED(DisclosureKind.INCOME_DISTRIBUTION),
  /** Beneficiaries of a project or measure decided (project). */
  BENEFICIARIES_DECIDED(DisclosureKind.BENEFICIARY_LIST),
  /** A household identified as poor (registry). */
  HOUSEHOLD_IDENTIFIED(DisclosureKind.HOUSEHOLD_IDENTIFICATION_EXIT),
  /** A household lifted out (registry). */
  HOUSEHOLD_EXITED(DisclosureKind.HOUSEHOLD_IDENTIFICATION_EXIT),
  /** An unsafe house's renovation accepted (registry). */
  UNSAFE_HOUSE_RENOVATED(DisclosureKind.UNSAFE_HOUSE_RENOVATION);

  private final DisclosureKind kind;

  PublishableEvent(DisclosureKind kind) {
    this.kind = kind;
  }

  /**
   * Returns the kind of disclosure the event calls for.
   *
   * @return the kind
   */
  public DisclosureKind kind() {
    return kind;
  }
}

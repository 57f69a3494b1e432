package org.sunshineledger.portal.supervision;

import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.supervision.Complaint;
import org.sunshineledger.supervision.Lead;
import org.sunshineledger.supervision.LeadStatus;

/**
 * Who sees a lead: auditors and the district admin every one; a township's officer the leads of the
 * township and its villages; a village's officer its village's; donors none. The complainant of a
 * lead opened by a complaint is not in the lead at all, and the officials of the place see such a
 * lead only once an auditor has found it true.
 */
final class SupervisionScope {
  private SupervisionScope() {}

  static boolean sees(Actor actor, LeadEntity lead) {
    if (hiddenFromOfficials(lead.rule(), lead.status())
        && actor.role() != Role.AUDITOR
        && actor.role() != Role.DISTRICT_ADMIN) {
      return false;
    }
    return switch (actor.role()) {
      case AUDITOR, DISTRICT_ADMIN -> true;
      case TOWNSHIP_OFFICER ->
          lead.townshipId() != null && lead.townshipId() == actor.township().orElseThrow().value();
      case VILLAGE_OFFICER ->
          lead.villageId() != null && lead.villageId() == actor.village().orElseThrow().value();
      case DONOR -> false;
    };
  }

  /**
   * Whether the officials of the place may not see a lead yet: a complaint's, until an auditor has
   * found it true — what a villager wrote can tell who wrote it, and it is about those officials —
   * and never when it was found not true.
   *
   * @param rule the lead's rule
   * @param status where it stands
   * @return true while it is for the auditors (and the district admin) alone
   */
  static boolean hiddenFromOfficials(String rule, LeadStatus status) {
    return Complaint.RULE.equals(rule)
        && (status == LeadStatus.PENDING || status == LeadStatus.UNFOUNDED);
  }

  /**
   * Whether an actor may make a move at all: auditors check and close, the officials of the lead's
   * place rectify. Whether the lead's status allows the move is the lead's own rule.
   */
  static boolean mayMove(Actor actor, Lead lead, SupervisionService.Move move) {
    return switch (move) {
      case CONFIRM, DISMISS, CLOSE -> actor.role() == Role.AUDITOR;
      case RECTIFY -> lead.isResponsible(actor);
    };
  }
}

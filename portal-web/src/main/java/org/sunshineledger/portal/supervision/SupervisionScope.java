package org.sunshineledger.portal.supervision;

import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.supervision.Lead;

/**
 * Who sees a lead: auditors and the district admin every one; a township's officer the leads of the
 * township and its villages; a village's officer its village's; donors none. The complainant of a
 * lead opened by a complaint is not in the lead at all.
 */
final class SupervisionScope {
  private SupervisionScope() {}

  static boolean sees(Actor actor, LeadEntity lead) {
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

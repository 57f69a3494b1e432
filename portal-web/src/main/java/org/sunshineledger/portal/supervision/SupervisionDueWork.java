package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.DueWork;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.LeadStatus;

/**
 * The rectification ledger on the workbench: auditors see the leads to check and those to close;
 * the officials of a lead's place those confirmed and waiting for their rectification; and a lead
 * past its deadline shows as well to the level above its place — a village's to its township, a
 * township's to the district.
 */
@ApplicationScoped
class SupervisionDueWork implements DueWork {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Item> dueFor(Actor actor, LocalDate today) {
    if (actor.role() == Role.DONOR) {
      return List.of();
    }
    District district = regions.places().district();
    // the open leads of the actor's place only, by their own columns: no lead's history is read
    String where =
        switch (actor.role()) {
          case TOWNSHIP_OFFICER -> " AND l.townshipId = :place";
          case VILLAGE_OFFICER -> " AND l.villageId = :place";
          default -> "";
        };
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT l.id, l.rule, l.subject, l.townshipId, l.villageId, l.status, l.deadline,"
                    + " l.openedAt FROM LeadEntity l WHERE l.status IN :open"
                    + where
                    + " ORDER BY l.id",
                Object[].class)
            .setParameter(
                "open", List.of(LeadStatus.PENDING, LeadStatus.CONFIRMED, LeadStatus.RECTIFYING));
    switch (actor.role()) {
      case TOWNSHIP_OFFICER -> query.setParameter("place", actor.township().orElseThrow().value());
      case VILLAGE_OFFICER -> query.setParameter("place", actor.village().orElseThrow().value());
      default -> {}
    }
    List<Item> items = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      Open lead =
          new Open(
              (Long) row[0],
              (String) row[1],
              (String) row[2],
              (Long) row[3],
              (Long) row[4],
              (LeadStatus) row[5],
              (LocalDate) row[6],
              (OffsetDateTime) row[7]);
      String kind = kindFor(actor, lead, today);
      if (kind != null) {
        items.add(
            new Item(
                kind,
                SupervisionQueries.ruleName(lead.rule(), Language.ZH) + "（" + lead.subject() + "）",
                place(district, lead),
                "/leads/" + lead.id(),
                lead.deadline(),
                null,
                ChronoUnit.DAYS.between(
                    lead.openedAt()
                        .atZoneSameInstant(org.sunshineledger.portal.shared.DistrictClock.ZONE)
                        .toLocalDate(),
                    today)));
      }
    }
    return items;
  }

  /** An open lead as the workbench takes it. */
  private record Open(
      long id,
      String rule,
      String subject,
      Long townshipId,
      Long villageId,
      LeadStatus status,
      LocalDate deadline,
      OffsetDateTime openedAt) {}

  /** What the lead asks of this actor, or null when nothing. */
  private static String kindFor(Actor actor, Open lead, LocalDate today) {
    boolean overdue = lead.status() == LeadStatus.RECTIFYING && today.isAfter(lead.deadline());
    return switch (actor.role()) {
      case AUDITOR ->
          lead.status() == LeadStatus.PENDING
              ? "lead.pending"
              : lead.status() == LeadStatus.RECTIFYING
                  ? (overdue ? "lead.overdue" : "lead.close")
                  : null;
      case DISTRICT_ADMIN ->
          lead.status() == LeadStatus.CONFIRMED && lead.townshipId() == null
              ? "lead.rectify"
              : overdue && lead.villageId() == null ? "lead.overdue" : null;
      // an official's query kept the leads of their own place only
      case TOWNSHIP_OFFICER ->
          lead.status() == LeadStatus.CONFIRMED && lead.villageId() == null
              ? "lead.rectify"
              : overdue ? "lead.overdue" : null;
      case VILLAGE_OFFICER ->
          lead.status() == LeadStatus.CONFIRMED ? "lead.rectify" : overdue ? "lead.overdue" : null;
      case DONOR -> null;
    };
  }

  private static String place(District district, Open lead) {
    String township =
        lead.townshipId() == null
            ? ""
            : district.township(new TownshipId(lead.townshipId())).map(Township::name).orElse("");
    String village =
        lead.villageId() == null
            ? ""
            : district.village(new VillageId(lead.villageId())).map(Village::name).orElse("");
    return township + village;
  }

  @Override
  public List<Task> tasksFor(Actor actor) {
    return actor.role() == Role.DONOR ? List.of() : List.of(new Task("work.leads", "/leads"));
  }
}

package org.sunshineledger.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.disclosure.Obligation;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.disclosure.WorkingCalendar;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.DueWork;
import org.sunshineledger.region.District;

/**
 * What disclosure has waiting for an official: the obligations to publish not met yet, with the
 * working days left on the holiday calendar, and the objections not answered yet, with the days
 * they have waited — each within the scope the official publishes for.
 */
@ApplicationScoped
class DisclosureDueWork implements DueWork {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @Inject DisclosureService service;
  @Inject RegionService regions;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Item> dueFor(Actor actor, LocalDate today) {
    List<Item> items = new ArrayList<>();
    if (actor.role() == Role.DONOR || actor.role() == Role.AUDITOR) {
      return items;
    }
    WorkingCalendar calendar = service.calendar();
    District district = regions.places().district();
    Map<String, DisclosureEntity> drafts = new HashMap<>();
    for (DisclosureEntity draft :
        em.createQuery(
                "SELECT d FROM DisclosureEntity d WHERE d.currentVersion = 0 ORDER BY d.id",
                DisclosureEntity.class)
            .getResultList()) {
      if (!service.mayPublish(actor, draft.publisher())) {
        continue;
      }
      if (draft.subject() == null) {
        items.add(
            new Item(
                "draft",
                draft.title(),
                placeOf(draft.publisher(), district),
                "/disclosures/" + draft.id() + "/draft",
                null,
                null,
                null));
      } else {
        drafts.put(draft.subject(), draft);
      }
    }
    for (ObligationEntity row :
        em.createQuery(
                "SELECT o FROM ObligationEntity o WHERE o.publishedOn IS NULL ORDER BY o.dueDate",
                ObligationEntity.class)
            .getResultList()) {
      Obligation o = row.toDomain();
      if (service.mayPublish(actor, o.publisher())) {
        DisclosureEntity draft = drafts.get(o.subject());
        items.add(
            new Item(
                draft == null ? "obligation" : "draft",
                o.kind().chinese() + "：" + o.title(),
                placeOf(o.publisher(), district),
                draft == null
                    ? "/disclosures/drafts/new?obligation="
                        + java.net.URLEncoder.encode(
                            o.subject(), java.nio.charset.StandardCharsets.UTF_8)
                    : "/disclosures/" + draft.id() + "/draft",
                o.dueDate(),
                calendar.workingDaysLeft(today, o.dueDate()),
                null));
      }
    }
    for (Object[] row :
        em.createQuery(
                "SELECT d, o FROM DisclosureEntity d, ObjectionEntity o"
                    + " WHERE o.disclosureId = d.id AND o.answer IS NULL ORDER BY o.filedAt",
                Object[].class)
            .getResultList()) {
      DisclosureEntity d = (DisclosureEntity) row[0];
      ObjectionEntity objection = (ObjectionEntity) row[1];
      if (service.mayPublish(actor, d.publisher())) {
        items.add(
            new Item(
                "objection",
                d.title(),
                placeOf(d.publisher(), district),
                "/disclosures/" + d.id() + "#objection-" + objection.id(),
                null,
                null,
                ChronoUnit.DAYS.between(
                    objection.toDomain().filedAt().atZone(DistrictClock.ZONE).toLocalDate(),
                    today)));
      }
    }
    return items;
  }

  private static String placeOf(Publisher publisher, District district) {
    if (publisher.village() != null) {
      return district.village(publisher.village()).map(v -> v.name()).orElse("");
    }
    if (publisher.township() != null) {
      return district.township(publisher.township()).map(t -> t.name()).orElse("");
    }
    return "";
  }
}

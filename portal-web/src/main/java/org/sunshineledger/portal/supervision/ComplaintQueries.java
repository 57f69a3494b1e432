package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;
import org.sunshineledger.supervision.Lead;
import org.sunshineledger.supervision.LeadEvent;
import org.sunshineledger.supervision.LeadStatus;
import org.sunshineledger.supervision.TrackingCode;

/**
 * A complaint as its complainant follows it by the tracking code, and its contact as the auditors
 * alone read it.
 */
@ApplicationScoped
public class ComplaintQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  /**
   * Where a complaint stands, as its tracking page shows it: nothing the complainant did not write
   * but the status, the deadline of a rectification and the public answer.
   *
   * @param filedOn the day it was filed
   * @param category the category's name
   * @param place the township and village named
   * @param status where its lead stands
   * @param statusName the status in the public's words
   * @param deadline the rectification's deadline, or null
   * @param answer the answer given when the complaint was found not true or closed, or null
   * @param answeredOn the day of that answer, or null
   */
  public record Tracked(
      String filedOn,
      String category,
      String place,
      String status,
      String statusName,
      String deadline,
      String answer,
      String answeredOn) {}

  /**
   * The complaint a tracking code opens.
   *
   * @param code the code as typed
   * @param language the names' language
   * @return the complaint, or empty when the code opens none
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Tracked> track(String code, Language language) {
    Optional<String> hash = TrackingCode.hash(code);
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    List<ComplaintEntity> found =
        em.createQuery(
                "SELECT c FROM ComplaintEntity c WHERE c.codeHash = :hash", ComplaintEntity.class)
            .setParameter("hash", hash.get())
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ComplaintEntity complaint = found.get(0);
    Lead lead = complaint.lead().toDomain();
    District district = regions.places().district();
    String place =
        district.township(complaint.township()).map(Township::name).orElse("")
            + complaint.village().flatMap(district::village).map(Village::name).orElse("");
    LeadEvent last = lead.history().get(lead.history().size() - 1);
    boolean answered = lead.status().ended();
    return Optional.of(
        new Tracked(
            complaint.filedAt().atZoneSameInstant(DistrictClock.ZONE).toLocalDate().toString(),
            PageRenderer.message(language, "complaint.category." + complaint.category().name()),
            place,
            lead.status().name(),
            PageRenderer.message(language, "complaint.status." + lead.status().name()),
            lead.status() == LeadStatus.RECTIFYING
                ? lead.deadline().map(LocalDate::toString).orElse(null)
                : null,
            answered ? last.note() : null,
            answered ? LocalDate.ofInstant(last.at(), DistrictClock.ZONE).toString() : null));
  }

  /**
   * How to reach the complainant of a lead opened by a complaint, for an auditor.
   *
   * @param actor who asks: an auditor, or the answer is a refusal
   * @param lead the lead
   * @return the contact, or empty for an anonymous complaint or a lead no complaint opened
   * @throws AccessDeniedException for anyone but an auditor
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> contactFor(Actor actor, long lead) {
    if (actor.role() != Role.AUDITOR) {
      throw new AccessDeniedException(
          actor.username() + " may not read who complained (auditors only)");
    }
    return em
        .createQuery(
            "SELECT c FROM ComplaintEntity c WHERE c.lead.id = :lead", ComplaintEntity.class)
        .setParameter("lead", lead)
        .getResultList()
        .stream()
        .findFirst()
        .flatMap(ComplaintEntity::contact);
  }
}

package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.RequestThrottle;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.Complaint;
import org.sunshineledger.supervision.ComplaintCategory;
import org.sunshineledger.supervision.TrackingCode;

/**
 * Complaints from anyone (举报, §17): a complaint checked against the district's map opens a lead at
 * once, in the same transaction, and is answered with the tracking code the complainant keeps. The
 * code is kept only as its hash; the contact stays in the complaint, out of the lead.
 */
@ApplicationScoped
public class ComplaintService {
  /** Complaints one address may file in {@link #WINDOW}. */
  static final int PER_ADDRESS = 5;

  /** The window the complaints of one address are counted in. */
  static final Duration WINDOW = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject RequestThrottle throttle;

  /**
   * A complaint filed.
   *
   * @param lead the lead it opened
   * @param code the tracking code, as printed once to the complainant
   */
  public record Filed(long lead, String code) {}

  /**
   * Files a complaint.
   *
   * @param township the township complained about
   * @param village the village, when one is named
   * @param category what it is about
   * @param account what happened
   * @param contact how to reach the complainant, null or blank for an anonymous complaint
   * @param address the address it was sent from, for the throttle only (never stored)
   * @param at when
   * @return the lead and the tracking code
   * @throws org.sunshineledger.kernel.DomainException when the complaint is refused; nothing is
   *     stored then and the address's allowance is not used
   * @throws org.sunshineledger.portal.shared.TooManyRequestsException when the address filed {@link
   *     #PER_ADDRESS} complaints within the hour
   */
  @Transactional
  public Filed file(
      TownshipId township,
      Optional<VillageId> village,
      ComplaintCategory category,
      String account,
      String contact,
      String address,
      Instant at) {
    Complaint checked =
        Complaint.about(
            0, regions.places().district(), township, village, category, account, contact, at);
    throttle.acquire("complaint:" + address, PER_ADDRESS, WINDOW);
    String code = TrackingCode.next(RANDOM);
    ComplaintEntity entity = new ComplaintEntity(TrackingCode.hash(code).orElseThrow());
    em.persist(entity);
    Complaint complaint =
        new Complaint(
            entity.id(),
            checked.township(),
            checked.village(),
            checked.category(),
            checked.account(),
            checked.contact(),
            at);
    LeadEntity lead = new LeadEntity(complaint.finding(), Complaint.RULE, at);
    em.persist(lead);
    entity.fill(complaint, lead);
    return new Filed(lead.id(), code);
  }
}

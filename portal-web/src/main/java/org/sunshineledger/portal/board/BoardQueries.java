package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.charity.Donation;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.charity.Pledge;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;

/** The board's public reads: verified needs, a donation's trail and totals; people masked. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  /**
   * A need as the public sees it.
   *
   * @param id id
   * @param category category
   * @param item item
   * @param beneficiary the village, and the household's head masked (张*三) when a household's
   * @param township township
   * @param requested units asked for
   * @param pledged units pledged
   * @param received units received
   * @param remaining units still open
   * @param unitPrice price of a unit, yuan
   * @param urgency 1 to 5
   * @param deadline deadline
   * @param state state
   */
  public record NeedView(
      long id,
      String category,
      String item,
      String beneficiary,
      String township,
      long requested,
      long pledged,
      long received,
      long remaining,
      String unitPrice,
      int urgency,
      String deadline,
      String state) {}

  /**
   * A donation's trail: donor → pledges → needs → receipt.
   *
   * @param donation id
   * @param donor the public name
   * @param category category
   * @param donated units given
   * @param pledged units pledged
   * @param pledges each pledge with its need and state
   */
  public record TrailView(
      long donation,
      String donor,
      String category,
      long donated,
      long pledged,
      List<TrailStep> pledges) {}

  /**
   * One pledge of a trail.
   *
   * @param pledge id
   * @param units units
   * @param state state
   * @param need the need it went to
   */
  public record TrailStep(long pledge, long units, String state, NeedView need) {}

  /**
   * A village's verified and closed needs, most urgent first, for the village's page.
   *
   * @param village the village
   * @return the needs
   */
  public List<NeedView> needsOfVillage(long village) {
    return visibleNeeds(need -> need.village().value() == village);
  }

  /**
   * The verified and closed needs, most urgent first.
   *
   * @param category a category, or null
   * @param township a township, or null
   * @param state VERIFIED or CLOSED, or null for both
   * @param page the page
   * @return the page
   */
  public Page<NeedView> needs(
      NeedCategory category, Long township, Need.State state, PageRequest page) {
    return Page.of(
        visibleNeeds(
            need ->
                (category == null || need.category() == category)
                    && (township == null || need.township().value() == township)
                    && (state == null || need.state() == state)),
        page);
  }

  /** The verified and closed needs that pass a test, most urgent first. */
  private List<NeedView> visibleNeeds(java.util.function.Predicate<Need> test) {
    District district = regions.places().district();
    List<NeedView> views = new ArrayList<>();
    for (NeedEntity entity :
        em.createQuery(
                "SELECT n FROM NeedEntity n ORDER BY n.urgency DESC, n.deadline, n.id",
                NeedEntity.class)
            .getResultList()) {
      Need need = entity.toDomain();
      if ((need.state() == Need.State.VERIFIED || need.state() == Need.State.CLOSED)
          && test.test(need)) {
        views.add(view(need, district));
      }
    }
    return views;
  }

  /**
   * One visible need.
   *
   * @param id the need
   * @return the need
   */
  public NeedView need(long id) {
    return need(id, null);
  }

  /**
   * Whether a need waits for this viewer's verification: posted, and in their township's reach.
   *
   * @param id the need
   * @param viewer who looks, null for the public
   * @return true when they may verify it now
   */
  public boolean awaitsVerificationBy(long id, org.sunshineledger.access.Actor viewer) {
    NeedEntity entity = em.find(NeedEntity.class, id);
    return entity != null
        && viewer != null
        && entity.toDomain().state() == Need.State.POSTED
        && viewer.mayWriteTo(entity.toDomain().township());
  }

  /**
   * A need as a viewer sees it: a need still awaiting verification only for its township's officer,
   * its village's officer and the district admin.
   *
   * @param id the need
   * @param viewer who looks, null for the public
   * @return the need
   */
  public NeedView need(long id, org.sunshineledger.access.Actor viewer) {
    NeedEntity entity = em.find(NeedEntity.class, id);
    District district = regions.places().district();
    Need need = entity == null ? null : entity.toDomain();
    boolean official =
        need != null
            && viewer != null
            && (viewer.mayWriteTo(need.township())
                || district.village(need.village()).map(viewer::mayWriteTo).orElse(false));
    if (need == null
        || need.state() == Need.State.CANCELLED
        || (need.state() == Need.State.POSTED && !official)) {
      throw new UnknownResourceException("need", id);
    }
    return view(need, district);
  }

  /**
   * A donation's public trail.
   *
   * @param id the donation
   * @return the trail
   */
  public TrailView trail(long id) {
    DonationEntity entity = em.find(DonationEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("donation", id);
    }
    District district = regions.places().district();
    Donation donation = entity.toDomain();
    List<TrailStep> steps = new ArrayList<>();
    for (PledgeEntity p :
        em.createQuery(
                "SELECT p FROM PledgeEntity p WHERE p.donationId = :d ORDER BY p.id",
                PledgeEntity.class)
            .setParameter("d", id)
            .getResultList()) {
      Pledge pledge = p.toDomain();
      steps.add(
          new TrailStep(
              pledge.id(),
              pledge.units(),
              pledge.state().name(),
              view(em.find(NeedEntity.class, pledge.need()).toDomain(), district)));
    }
    return new TrailView(
        donation.id(),
        donation.publicName(),
        donation.category().name(),
        donation.donated(),
        donation.pledged(),
        steps);
  }

  /**
   * A pledge as the need's village and the donor see it.
   *
   * @param id the pledge
   * @param donation the donation
   * @param donor the donor's public name
   * @param units units
   * @param state state
   * @param expiresAt when it expires unless delivered
   */
  public record PledgeView(
      long id, long donation, String donor, long units, String state, String expiresAt) {}

  /**
   * The pledges of a need.
   *
   * @param need the need
   * @return its pledges, oldest first
   */
  public List<PledgeView> pledgesOf(long need) {
    List<PledgeView> views = new ArrayList<>();
    for (PledgeEntity p :
        em.createQuery(
                "SELECT p FROM PledgeEntity p WHERE p.needId = :n ORDER BY p.id",
                PledgeEntity.class)
            .setParameter("n", need)
            .getResultList()) {
      Pledge pledge = p.toDomain();
      Donation donation = em.find(DonationEntity.class, pledge.donation()).toDomain();
      views.add(
          new PledgeView(
              pledge.id(),
              pledge.donation(),
              donation.publicName(),
              pledge.units(),
              pledge.state().name(),
              pledge.expiresAt().toString()));
    }
    return views;
  }

  /**
   * A donor's own donations with what is left of each.
   *
   * @param account the donor's account
   * @return the donations' trails
   */
  public List<TrailView> donationsOf(String account) {
    return em
        .createQuery(
            "SELECT d.id FROM DonationEntity d WHERE d.donorAccount = :a ORDER BY d.id", Long.class)
        .setParameter("a", account)
        .getResultList()
        .stream()
        .map(this::trail)
        .toList();
  }

  /**
   * A donor's donations and pledges as one table for download: a row per pledge, and a row for a
   * donation not pledged yet.
   *
   * @param account the donor's account
   * @return the table
   */
  public org.sunshineledger.portal.http.Table donorTable(String account) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (TrailView trail : donationsOf(account)) {
      if (trail.pledges().isEmpty()) {
        rows.add(
            List.of(
                trail.donation(),
                trail.category(),
                trail.donated(),
                trail.pledged(),
                "",
                "",
                "",
                ""));
      }
      for (TrailStep step : trail.pledges()) {
        rows.add(
            List.of(
                trail.donation(),
                trail.category(),
                trail.donated(),
                trail.pledged(),
                step.pledge(),
                step.units(),
                step.state(),
                step.need().township()
                    + " "
                    + step.need().beneficiary()
                    + " "
                    + step.need().item()));
      }
    }
    return new org.sunshineledger.portal.http.Table(
        "my-donations", List.of("捐赠编号", "类别", "捐赠数量", "已认捐", "认捐编号", "认捐数量", "状态", "需求"), rows);
  }

  /**
   * Totals of the visible needs — units asked, pledged and received — by category, by township and
   * by the month the need was posted.
   *
   * @return the totals, each a map from group to the three figures
   */
  public Map<String, Map<String, Map<String, Long>>> stats() {
    District district = regions.places().district();
    Map<String, Map<String, Long>> byCategory = new LinkedHashMap<>();
    Map<String, Map<String, Long>> byTownship = new LinkedHashMap<>();
    Map<String, Map<String, Long>> byMonth = new java.util.TreeMap<>();
    for (NeedEntity entity :
        em.createQuery("SELECT n FROM NeedEntity n WHERE n.state IN :visible", NeedEntity.class)
            .setParameter("visible", List.of(Need.State.VERIFIED, Need.State.CLOSED))
            .getResultList()) {
      Need need = entity.toDomain();
      add(byCategory, need.category().name(), need);
      add(byTownship, district.township(need.township()).map(t -> t.name()).orElse(""), need);
      add(
          byMonth,
          need.postedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString().substring(0, 7),
          need);
    }
    Map<String, Map<String, Map<String, Long>>> stats = new LinkedHashMap<>();
    stats.put("category", byCategory);
    stats.put("township", byTownship);
    stats.put("month", byMonth);
    return stats;
  }

  private static void add(Map<String, Map<String, Long>> totals, String group, Need need) {
    Map<String, Long> cell =
        totals.computeIfAbsent(
            group,
            g -> new LinkedHashMap<>(Map.of("requested", 0L, "pledged", 0L, "received", 0L)));
    cell.merge("requested", need.requested(), Long::sum);
    cell.merge("pledged", need.pledged(), Long::sum);
    cell.merge("received", need.received(), Long::sum);
  }

  private NeedView view(Need need, District district) {
    String village = district.village(need.village()).map(v -> v.name()).orElse("");
    String beneficiary = village;
    if (need.household() != null) {
      String name =
          households
              .find(need.household().value())
              .map(HouseholdDirectory.HouseholdCard::maskedHeadName)
              .orElse("*");
      beneficiary = village + " " + name + "户";
    }
    return new NeedView(
        need.id(),
        need.category().name(),
        need.item(),
        beneficiary,
        district.township(need.township()).map(t -> t.name()).orElse(""),
        need.requested(),
        need.pledged(),
        need.received(),
        need.remaining(),
        need.unitPrice().toDecimal().toPlainString(),
        need.urgency(),
        need.deadline().toString(),
        need.state().name());
  }
}

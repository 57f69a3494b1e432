package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.Assignment;
import org.sunshineledger.charity.Donation;
import org.sunshineledger.charity.MatchingPolicy;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.OpenNeed;
import org.sunshineledger.charity.PooledDonation;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.ReservationConflictException;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageDesignation;

/**
 * Unified matching run by the district admin: a preview of the batch with every assignment's
 * reasons, then its commit, which makes each assignment a pledge through the same conditional
 * reservation as a donor's own pledge (an assignment that no longer fits is skipped and reported).
 */
@ApplicationScoped
public class BoardMatching {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject BoardService board;
  @Inject BoardQueries queries;
  @Inject RegionService regions;

  @Inject MatchingRuns runs;

  /**
   * One assignment as the report shows it.
   *
   * @param donation the donation
   * @param donor the donor's public name
   * @param need the need
   * @param item the need's item
   * @param beneficiary the village (and the masked household)
   * @param units units
   * @param reasons why, in words
   * @param pledge the pledge made at commit, or 0
   * @param outcome PROPOSED, PLEDGED or SKIPPED
   */
  public record Line(
      long donation,
      String donor,
      long need,
      String item,
      String beneficiary,
      long units,
      List<String> reasons,
      long pledge,
      String outcome) {}

  /**
   * A matching run.
   *
   * @param id its id
   * @param createdAt when it was previewed
   * @param committed whether it was committed
   * @param lines its assignments
   */
  public record Run(String id, String createdAt, boolean committed, List<Line> lines) {}

  /**
   * Previews a batch over the open needs and the pooled donations.
   *
   * @param actor the district admin
   * @return the run, not committed
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Run preview(Actor actor) {
    requireAdmin(actor);
    District district = regions.places().district();
    List<OpenNeed> needs = new ArrayList<>();
    Map<Long, Need> needsById = new HashMap<>();
    for (NeedEntity entity :
        em.createQuery("SELECT n FROM NeedEntity n WHERE n.state = :v", NeedEntity.class)
            .setParameter("v", Need.State.VERIFIED)
            .getResultList()) {
      Need need = entity.toDomain();
      if (need.remaining() > 0) {
        Village village = district.village(need.village()).orElseThrow();
        boolean focus =
            village.is(VillageDesignation.KEY_SUPPORT)
                || district.township(need.township()).map(t -> t.focus()).orElse(false);
        needs.add(
            new OpenNeed(
                need.id(),
                need.village(),
                need.township(),
                need.category(),
                need.remaining(),
                need.urgency(),
                need.deadline(),
                need.postedAt(),
                focus));
        needsById.put(need.id(), need);
      }
    }
    List<PooledDonation> pool = new ArrayList<>();
    Map<Long, Donation> donations = new HashMap<>();
    for (DonationEntity entity :
        em.createQuery("SELECT d FROM DonationEntity d", DonationEntity.class).getResultList()) {
      Donation donation = entity.toDomain();
      if (donation.remaining() > 0) {
        pool.add(donation.pooled());
        donations.put(donation.id(), donation);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (Assignment a : MatchingPolicy.DEMO.match(needs, pool, LocalDate.now(ZoneOffset.UTC))) {
      BoardQueries.NeedView need = queries.need(a.need());
      lines.add(
          new Line(
              a.donation(),
              donations.get(a.donation()).publicName(),
              a.need(),
              need.item(),
              need.beneficiary(),
              a.units(),
              a.reasons(),
              0,
              "PROPOSED"));
    }
    Run run = new Run(UUID.randomUUID().toString(), Instant.now().toString(), false, lines);
    runs.save(run);
    return run;
  }

  /**
   * The latest runs, newest first.
   *
   * @param actor the district admin
   * @return the runs
   */
  public List<Run> runs(Actor actor) {
    requireAdmin(actor);
    return runs.newest(50);
  }

  /**
   * A run's report.
   *
   * @param actor the district admin
   * @param id the run
   * @return the run
   */
  public Run run(Actor actor, String id) {
    requireAdmin(actor);
    return runs.find(id).orElseThrow(() -> new UnknownResourceException("matching run", id));
  }

  /**
   * Commits a previewed run: each assignment becomes a pledge, or is skipped if it no longer fits.
   *
   * @param actor the district admin
   * @param id the run
   * @return the run with each line's outcome
   */
  public Run commit(Actor actor, String id) {
    Run run = run(actor, id);
    if (run.committed() || !runs.claim(id)) {
      return run(actor, id); // committed before, by this caller or another
    }
    List<Line> lines = new ArrayList<>();
    Instant now = Instant.now();
    for (Line line : run.lines()) {
      try {
        long pledge = board.pledgeFromPool(line.donation(), line.need(), line.units(), now);
        lines.add(
            new Line(
                line.donation(),
                line.donor(),
                line.need(),
                line.item(),
                line.beneficiary(),
                line.units(),
                line.reasons(),
                pledge,
                "PLEDGED"));
      } catch (ReservationConflictException | org.sunshineledger.kernel.DomainException gone) {
        lines.add(
            new Line(
                line.donation(),
                line.donor(),
                line.need(),
                line.item(),
                line.beneficiary(),
                line.units(),
                line.reasons(),
                0,
                "SKIPPED"));
      }
    }
    Run committed = new Run(run.id(), run.createdAt(), true, lines);
    runs.save(committed);
    return committed;
  }

  private static void requireAdmin(Actor actor) {
    if (actor.role() != Role.DISTRICT_ADMIN) {
      throw new AccessDeniedException(actor.username() + " may not run unified matching");
    }
  }
}

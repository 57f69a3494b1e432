package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.LedgerChecks;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.Lead;
import org.sunshineledger.supervision.RectificationPolicy;

/**
 * The rectification ledger's writes: a pass of every room's rules opens a lead for each finding not
 * yet in the ledger, and the ledger's moves — confirmed, found not true, rectified by a deadline,
 * closed — are made through the domain's {@link Lead}, which keeps who may make them.
 */
@ApplicationScoped
public class SupervisionService {
  private static final Logger LOG = Logger.getLogger(SupervisionService.class.getName());

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject Instance<LedgerChecks> checks;

  /** Who opens a lead found by the check after a write, in the lead's history. */
  static final String AFTER_WRITE = "supervision.after-write";

  private final RectificationPolicy rectification = RectificationPolicy.DISTRICT;

  /**
   * What a pass found.
   *
   * @param findings how many findings the rules gave
   * @param opened how many of them were new and opened a lead
   */
  public record PassResult(int findings, int opened) {}

  /** A move in the ledger, as a form or the API names it. */
  public enum Move {
    /** 属实. */
    CONFIRM,
    /** 不属实. */
    DISMISS,
    /** 整改中. */
    RECTIFY,
    /** 已整改销号. */
    CLOSE
  }

  /**
   * Runs every room's rules over the ledger as it stands and opens a lead for each new finding; a
   * finding already in the ledger, in whatever status, is not opened again.
   *
   * @param today the district's day the rules count from
   * @param at when
   * @return what was found and opened
   */
  @Transactional
  public PassResult pass(LocalDate today, Instant at) {
    // one pass at a time, across threads and instances: the second waits for the first's commit
    em.createNativeQuery("SELECT id FROM supervision_pass WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    Set<String> known = new HashSet<>();
    for (Object[] row :
        em.createQuery("SELECT l.rule, l.subject FROM LeadEntity l", Object[].class)
            .getResultList()) {
      known.add(row[0] + "|" + row[1]);
    }
    int findings = 0;
    int opened = 0;
    for (LedgerChecks room : checks) {
      for (Finding finding : room.findings(today)) {
        findings++;
        if (known.add(finding.key())) {
          em.persist(new LeadEntity(finding, finding.rule(), at));
          opened++;
        }
      }
    }
    PassResult result = new PassResult(findings, opened);
    em.createNativeQuery(
            "UPDATE supervision_pass SET last_at = ?, findings = ?, opened = ? WHERE id = 1")
        .setParameter(1, at.atOffset(java.time.ZoneOffset.UTC))
        .setParameter(2, findings)
        .setParameter(3, opened)
        .executeUpdate();
    LOG.info(() -> "supervision pass of " + today + ": " + result);
    return result;
  }

  /**
   * Runs every room's rules over one record just written and opens a lead for each new finding, as
   * the nightly pass would; waits for a pass under way, so that the two never open one lead twice.
   *
   * @param subject the record, such as {@code distribution:12}
   * @param today the district's day the rules count from
   * @param at when
   * @return what was found and opened
   */
  @Transactional
  public PassResult check(String subject, LocalDate today, Instant at) {
    long started = System.nanoTime();
    em.createNativeQuery("SELECT id FROM supervision_pass WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    int findings = 0;
    int opened = 0;
    for (LedgerChecks room : checks) {
      for (Finding finding : room.findingsOf(subject, today)) {
        findings++;
        boolean known =
            !em.createQuery(
                    "SELECT l.id FROM LeadEntity l WHERE l.rule = :rule AND l.subject = :subject",
                    Long.class)
                .setParameter("rule", finding.rule())
                .setParameter("subject", finding.subject())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!known) {
          em.persist(new LeadEntity(finding, AFTER_WRITE, at));
          em.flush();
          opened++;
        }
      }
    }
    PassResult result = new PassResult(findings, opened);
    long micros = (System.nanoTime() - started) / 1_000;
    LOG.info(
        () ->
            "supervision check of "
                + subject
                + " in "
                + micros
                + " us: "
                + result.findings()
                + " findings, "
                + result.opened()
                + " opened");
    return result;
  }

  /**
   * Runs a pass at an auditor's or the district admin's request (after a reference list comes in,
   * or to see today's findings before the night's pass).
   *
   * @param actor who asks
   * @param today the district's day
   * @param at when
   * @return what was found and opened
   */
  @Transactional
  public PassResult passFor(Actor actor, LocalDate today, Instant at) {
    if (actor.role() != Role.AUDITOR && actor.role() != Role.DISTRICT_ADMIN) {
      throw new AccessDeniedException(actor.username() + " may not run the supervision rules");
    }
    return pass(today, at);
  }

  /**
   * Moves a lead in the ledger.
   *
   * @param actor who moves it
   * @param id the lead
   * @param move the move
   * @param note the check's finding, the reason, the plan or the evidence, as the move asks
   * @param deadline the rectification's deadline, null for the district's default
   * @param at when
   * @return the lead after the move
   */
  @Transactional
  public Lead move(Actor actor, long id, Move move, String note, LocalDate deadline, Instant at) {
    LeadEntity entity = em.find(LeadEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      throw new UnknownResourceException("lead", id);
    }
    Lead lead = entity.toDomain();
    if (!SupervisionScope.mayMove(actor, lead, move)) {
      throw new AccessDeniedException(actor.username() + " may not " + move + " lead " + id);
    }
    switch (move) {
      case CONFIRM -> lead.confirm(actor, at, note);
      case DISMISS -> lead.dismiss(actor, at, note);
      case RECTIFY -> lead.startRectification(actor, at, note, deadline, rectification);
      case CLOSE -> lead.close(actor, at, note);
    }
    entity.apply(lead);
    return lead;
  }
}

package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Where the board's matching runs are kept: in the database, as their report, so that a preview
 * survives a restart and another instance sees it, and so that a run is committed once — the first
 * to claim it wins.
 */
@ApplicationScoped
public class MatchingRuns {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  /**
   * Stores a run, new or with its outcomes.
   *
   * @param run the run
   */
  @Transactional
  public void save(BoardMatching.Run run) {
    String report = JSON.toJson(run);
    int updated =
        em.createNativeQuery(
                "UPDATE board_matching_run SET committed = ?1, report = ?2 WHERE id = ?3")
            .setParameter(1, run.committed())
            .setParameter(2, report)
            .setParameter(3, run.id())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO board_matching_run (id, created_at, committed, report)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, run.id())
          .setParameter(2, Instant.parse(run.createdAt()).atOffset(ZoneOffset.UTC))
          .setParameter(3, run.committed())
          .setParameter(4, report)
          .executeUpdate();
    }
  }

  /**
   * Claims a run for committing.
   *
   * @param id the run
   * @return true for the one caller that may commit it; false when it was claimed before
   */
  @Transactional
  public boolean claim(String id) {
    return em.createNativeQuery(
                "UPDATE board_matching_run SET committed = TRUE WHERE id = ?1 AND committed = FALSE")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  /**
   * A run.
   *
   * @param id the run
   * @return the run, if stored
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<BoardMatching.Run> find(String id) {
    List<?> reports =
        em.createNativeQuery("SELECT report FROM board_matching_run WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return reports.stream()
        .findFirst()
        .map(r -> JSON.fromJson((String) r, BoardMatching.Run.class));
  }

  /**
   * The latest runs, newest first.
   *
   * @param limit how many
   * @return the runs
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BoardMatching.Run> newest(int limit) {
    return em
        .createNativeQuery("SELECT report FROM board_matching_run ORDER BY created_at DESC")
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> JSON.fromJson((String) r, BoardMatching.Run.class))
        .toList();
  }
}

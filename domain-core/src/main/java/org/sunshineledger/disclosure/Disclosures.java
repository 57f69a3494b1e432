package org.sunshineledger.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The notices an embedding system keeps (公示公告): the repository port of the {@link Disclosure}
 * aggregate, implemented over the embedder's own storage.
 *
 * <p>{@link #save(Disclosure)} stores the whole notice — its draft, every published version and its
 * objections — or nothing; a published version, once stored, is never changed by a later save (the
 * rule {@code disclosure.published-is-immutable} holds in storage too); what {@link #find(long)}
 * returns is the notice as last saved.
 */
public interface Disclosures {
  /**
   * Hands out an id no stored or earlier handed-out notice has.
   *
   * @return a fresh id, positive
   */
  long nextId();

  /**
   * The notice stored under an id.
   *
   * @param id its id
   * @return the notice as last saved, or empty when none is stored under the id
   */
  Optional<Disclosure> find(long id);

  /**
   * The notices overdue on a day (逾期公示) — due date passed unpublished, or first published after it,
   * as {@link Disclosure#overdue(LocalDate)} says — the list a supervisor reads first.
   *
   * @param today the day
   * @return those notices in due-date order, none when none is overdue
   */
  List<Disclosure> overdueOn(LocalDate today);

  /**
   * Stores the whole notice, replacing its draft and adding versions and objections not stored yet.
   *
   * @param disclosure the notice
   */
  void save(Disclosure disclosure);
}

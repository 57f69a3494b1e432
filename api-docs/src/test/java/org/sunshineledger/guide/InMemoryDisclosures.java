package org.sunshineledger.guide;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.disclosure.Disclosures;

/** An in-memory implementation of the {@link Disclosures} port. */
final class InMemoryDisclosures implements Disclosures {
  private final Snapshots<Long, Disclosure> notices =
      new Snapshots<>(
          Disclosure::id,
          d ->
              Disclosure.restore(
                  d.id(),
                  d.kind(),
                  d.publisher(),
                  d.subject(),
                  d.dueDate(),
                  d.draftContent(),
                  d.versions(),
                  d.objections(),
                  d.archived()),
          Comparator.comparing(Disclosure::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparingLong(Disclosure::id));

  @Override
  public long nextId() {
    return notices.nextId();
  }

  @Override
  public Optional<Disclosure> find(long id) {
    return notices.find(id);
  }

  @Override
  public List<Disclosure> overdueOn(LocalDate today) {
    return notices.where(d -> d.overdue(today));
  }

  @Override
  public void save(Disclosure disclosure) {
    notices.save(disclosure);
  }
}

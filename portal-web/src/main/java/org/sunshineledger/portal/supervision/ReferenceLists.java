package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.sunshineledger.supervision.KeyedIdNumber;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKind;

/**
 * The reference lists other departments gave (大数据比对, §3), as kept: lines of keyed ID numbers, only
 * ever added. Nothing here reads a list back as it was sent — there is nothing to read it back from
 * — and the lines are compared, a thousand persons at a time, by {@link ReferenceChecks}.
 */
@ApplicationScoped
public class ReferenceLists {
  private static final int BATCH = 1000;

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  /** What makes a line the same line: a second list from the same source saying the same. */
  private record Line(String person, ReferenceKind kind, String source) {
    static Line of(ReferenceEntry entry) {
      return new Line(entry.person().hex(), entry.kind(), entry.source());
    }
  }

  /**
   * Adds the lines of a list, all or nothing, in a transaction of its own (whose persistence
   * context is emptied every thousand lines, so that a list of a million lines is not held whole);
   * a line already kept, or given twice, is kept once.
   *
   * @param uploadedBy who sent the list
   * @param entries its lines
   * @param at when
   * @param progress told how many lines are done so far
   * @return how many lines were new
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int add(
      String uploadedBy, Collection<ReferenceEntry> entries, Instant at, IntConsumer progress) {
    List<ReferenceEntry> all = List.copyOf(new LinkedHashSet<>(entries));
    int added = 0;
    for (int from = 0; from < all.size(); from += BATCH) {
      List<ReferenceEntry> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      Set<Line> kept = new HashSet<>();
      for (Object[] row :
          em.createQuery(
                  "SELECT e.personHash, e.kind, e.source FROM ReferenceEntryEntity e"
                      + " WHERE e.personHash IN :persons",
                  Object[].class)
              .setParameter("persons", batch.stream().map(e -> e.person().hex()).toList())
              .getResultList()) {
        kept.add(new Line((String) row[0], (ReferenceKind) row[1], (String) row[2]));
      }
      for (ReferenceEntry entry : batch) {
        if (kept.add(Line.of(entry))) {
          em.persist(new ReferenceEntryEntity(entry, uploadedBy, at));
          added++;
        }
      }
      em.flush();
      em.clear();
      progress.accept(from + batch.size());
    }
    return added;
  }

  /**
   * Whether any list has been given.
   *
   * @return true when none has
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isEmpty() {
    return em.createQuery("SELECT e.id FROM ReferenceEntryEntity e", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The lines that name some persons, in the order they were added.
   *
   * @param persons the persons' keyed ID numbers, at most a thousand
   * @return the lines by person; a person on no list is absent
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<KeyedIdNumber, List<ReferenceEntry>> naming(Collection<KeyedIdNumber> persons) {
    Map<KeyedIdNumber, List<ReferenceEntry>> lines = new LinkedHashMap<>();
    if (persons.isEmpty()) {
      return lines;
    }
    for (ReferenceEntryEntity entity :
        em.createQuery(
                "SELECT e FROM ReferenceEntryEntity e WHERE e.personHash IN :persons"
                    + " ORDER BY e.id",
                ReferenceEntryEntity.class)
            .setParameter("persons", persons.stream().map(KeyedIdNumber::hex).distinct().toList())
            .getResultList()) {
      ReferenceEntry entry = entity.toDomain();
      lines.computeIfAbsent(entry.person(), k -> new ArrayList<>()).add(entry);
    }
    return lines;
  }
}

package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.sunshineledger.access.Actor;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.Marker;

/**
 * Stores a list that checked clean, all or nothing: one transaction for the whole file, the
 * persistence context flushed and cleared every few hundred households so that a large file does
 * not fill the heap.
 */
@ApplicationScoped
public class RegistryImportWriter {
  private static final int FLUSH_EVERY = 500;

  @jakarta.inject.Inject RegistryQueries queries;

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  /**
   * The 户编号 already in the registry.
   *
   * @return the codes
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> existingCodes() {
    return new HashSet<>(
        em.createQuery(
                "SELECT h.externalCode FROM HouseholdEntity h WHERE h.externalCode IS NOT NULL",
                String.class)
            .getResultList());
  }

  /**
   * Stores the households.
   *
   * @param actor who imports
   * @param source the file's name, recorded as the reason of each household's first history entry
   * @param households the households
   * @param progress told how many households are stored so far
   */
  @Transactional
  public void write(
      Actor actor,
      String source,
      List<RegistryImport.ParsedHousehold> households,
      IntConsumer progress) {
    queries.forgetProgressAfterCommit();
    LocalDate today = LocalDate.now();
    int stored = 0;
    for (RegistryImport.ParsedHousehold parsed : households) {
      Household household =
          Household.imported(
              new HouseholdId(Long.MAX_VALUE),
              parsed.village().id(),
              parsed.members().get(0).name(),
              parsed.idNumber(),
              parsed.phone(),
              parsed.members(),
              parsed.status(),
              Set.<Marker>of(),
              "批量导入：" + source,
              actor.username(),
              today);
      if (parsed.incomeYear() != null && parsed.perCapitaIncome() != null) {
        household.recordIncome(parsed.incomeYear(), parsed.perCapitaIncome());
      }
      em.persist(new HouseholdEntity(household, parsed.code(), false));
      if (++stored % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
        progress.accept(stored);
      }
    }
    em.flush();
    progress.accept(stored);
  }
}

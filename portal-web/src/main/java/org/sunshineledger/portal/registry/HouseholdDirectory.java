package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sunshineledger.disclosure.Masking;

/**
 * What the other rooms may know of a registered household: that it exists, its village, and its
 * head's name masked as the public sees it. The registry's entities and its unmasked personal data
 * stay in the registry room; the fund chain and the board ask here.
 */
@ApplicationScoped
public class HouseholdDirectory {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  /**
   * A registered household, as other rooms see it.
   *
   * @param id the household
   * @param villageId its village
   * @param maskedHeadName its head's name, masked (张*三)
   */
  public record HouseholdCard(long id, long villageId, String maskedHeadName) {}

  /**
   * Finds a household.
   *
   * @param id the household's id
   * @return the household, empty when none is registered with that id
   */
  public Optional<HouseholdCard> find(long id) {
    HouseholdEntity entity = em.find(HouseholdEntity.class, id);
    return entity == null
        ? Optional.empty()
        : Optional.of(
            new HouseholdCard(entity.id(), entity.villageId(), Masking.name(entity.headName())));
  }

  /**
   * The first households of a village, by id.
   *
   * @param village the village's id
   * @param max how many at most
   * @return their ids
   */
  public java.util.List<Long> firstOf(long village, int max) {
    return em.createQuery(
            "SELECT h.id FROM HouseholdEntity h WHERE h.villageId = :v ORDER BY h.id", Long.class)
        .setParameter("v", village)
        .setMaxResults(max)
        .getResultList();
  }
}

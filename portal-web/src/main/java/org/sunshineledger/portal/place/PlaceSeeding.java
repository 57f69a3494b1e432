package org.sunshineledger.portal.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.sunshineledger.region.District;

/**
 * The district's places as reference data: loaded into an empty database at start, never written
 * over. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class PlaceSeeding {
  private static final Logger LOG = Logger.getLogger(PlaceSeeding.class.getName());

  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  /**
   * Whether the database holds no place yet.
   *
   * @return true when it holds no township
   */
  public boolean none() {
    return em.createQuery("SELECT COUNT(t) FROM TownshipEntity t", Long.class).getSingleResult()
        == 0;
  }

  /**
   * Loads a district's townships and villages.
   *
   * @param district the district
   */
  public void load(District district) {
    district.townships().forEach(t -> em.persist(new TownshipEntity(t)));
    em.flush();
    district.villages().forEach(v -> em.persist(new VillageEntity(v)));
    // the entities hold plain ids, so the unit of work cannot order the inserts by foreign key
    em.flush();
    LOG.info(
        () ->
            "loaded "
                + district.townships().size()
                + " townships and "
                + district.villages().size()
                + " villages of "
                + district.name());
  }
}

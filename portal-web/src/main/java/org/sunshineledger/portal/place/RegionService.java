package org.sunshineledger.portal.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.DistrictPlaces;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.AfterCommit;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageContact;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.region.Yicheng;

/** Reads the district's places and records the villages' public contacts. */
@ApplicationScoped
public class RegionService implements DistrictPlaces {
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public District district() {
    return places().district();
  }

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  /**
   * The district with its places and contacts, as stored.
   *
   * @return the places
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Places places() {
    Cached cached = this.cached;
    if (cached != null && System.nanoTime() - cached.loadedAt() < CACHE_NANOS) {
      return cached.places();
    }
    Places loaded = load();
    if (!loaded.district().townships().isEmpty()) {
      this.cached = new Cached(loaded, System.nanoTime());
    }
    return loaded;
  }

  /** How long the places are kept: they never change but for contacts, which clear the cache. */
  private static final long CACHE_NANOS = 30_000_000_000L;

  private record Cached(Places places, long loadedAt) {}

  private volatile Cached cached;

  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transactions;

  private Places load() {
    List<Township> townships =
        em
            .createQuery("SELECT t FROM TownshipEntity t ORDER BY t.id", TownshipEntity.class)
            .getResultList()
            .stream()
            .map(TownshipEntity::toDomain)
            .toList();
    List<VillageEntity> entities =
        em.createQuery("SELECT v FROM VillageEntity v ORDER BY v.id", VillageEntity.class)
            .getResultList();
    List<Village> villages = entities.stream().map(VillageEntity::toDomain).toList();
    Map<VillageId, VillageContact> contacts = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      VillageId id = villages.get(i).id();
      entities.get(i).contact().ifPresent(contact -> contacts.put(id, contact));
    }
    District district =
        new District(Yicheng.DISTRICT_NAME, Yicheng.DISTRICT_CODE, townships, villages);
    return new Places(district, contacts);
  }

  /**
   * Records a village's public contact (complaint telephone and notice-board location).
   *
   * @param actor who records it; must be allowed to write to the village
   * @param villageId the village
   * @param contact the new contact
   * @return the village's stored version after the change
   * @throws UnknownResourceException when there is no such village
   * @throws AccessDeniedException when the village is outside the actor's scope
   */
  @Transactional
  public long recordContact(Actor actor, VillageId villageId, VillageContact contact) {
    VillageEntity entity = em.find(VillageEntity.class, villageId.value());
    if (entity == null) {
      throw new UnknownResourceException("village", villageId.value());
    }
    Village village = entity.toDomain();
    if (!actor.mayWriteTo(village)) {
      throw new AccessDeniedException(
          actor.username() + " may not write to village " + villageId.value());
    }
    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    entity.recordContact(contact, actor.username(), OffsetDateTime.now(ZoneOffset.UTC));
    em.flush();
    // whoever read between the write and its commit read the old contact
    AfterCommit.forgetNowAndAtCompletion(transactions, () -> cached = null);
    return entity.version();
  }
}

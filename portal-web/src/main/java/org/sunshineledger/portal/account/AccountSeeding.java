package org.sunshineledger.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sunshineledger.access.Actor;

/**
 * Accounts made at start rather than by a person: the initial administrator named by configuration,
 * and the demo's accounts. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class AccountSeeding {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  /**
   * Whether the database holds no account yet.
   *
   * @return true when it holds none
   */
  public boolean none() {
    return em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult()
        == 0;
  }

  /**
   * Creates an account unless one of that name exists.
   *
   * @param actor who the account acts as
   * @param password its password
   * @return whether it was created now
   */
  public boolean createIfAbsent(Actor actor, String password) {
    boolean exists =
        !em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
            .setParameter("username", actor.username())
            .getResultList()
            .isEmpty();
    if (!exists) {
      em.persist(
          new AccountEntity(
              actor, PasswordHasher.hash(password), false, OffsetDateTime.now(ZoneOffset.UTC)));
    }
    return !exists;
  }

  /**
   * Creates the demo's accounts, marked as demo, all with one password (hashed once: the hash is
   * deliberately slow).
   *
   * @param actors the accounts
   * @param password their password
   */
  public void createDemoAccounts(List<Actor> actors, String password) {
    String hash = PasswordHasher.hash(password);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    actors.forEach(actor -> em.persist(new AccountEntity(actor, hash, true, now)));
  }
}

package org.sunshineledger.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.shared.RequestThrottle;

/** Checks an account's name and password and tells which actor it is. */
@ApplicationScoped
public class Authenticator {
  /** Checked against when the name is unknown, so that timing does not reveal which names exist. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy-password");

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  /**
   * The actor of an account already signed in.
   *
   * @param username the account name
   * @return the actor, or empty when the account no longer exists
   */
  public Optional<Actor> actorOf(String username) {
    return em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(AccountEntity::toActor);
  }

  /**
   * Authenticates an account.
   *
   * @param username the account name
   * @param password the password offered
   * @return the actor, or empty when the name or the password is wrong
   */
  public Optional<Actor> authenticate(String username, char[] password, String client) {
    String key = "sign-in-failures:" + client;
    throttle.requireBelow(key, FAILURES_ALLOWED, FAILURE_WINDOW);
    Optional<Actor> actor = authenticate(username, password);
    if (actor.isEmpty()) {
      throttle.record(key);
    }
    return actor;
  }

  /** Failed sign-ins one address may make in {@link #FAILURE_WINDOW} before it waits. */
  public static final int FAILURES_ALLOWED = 10;

  /** The window of {@link #FAILURES_ALLOWED}. */
  public static final java.time.Duration FAILURE_WINDOW = java.time.Duration.ofMinutes(15);

  @jakarta.inject.Inject RequestThrottle throttle;

  /** Verifications trusted for ten minutes, for at most 10,000 accounts. */
  private final VerifiedPasswords verified =
      new VerifiedPasswords(
          java.util.concurrent.TimeUnit.MINUTES.toNanos(10), 10_000, System::nanoTime);

  private Optional<Actor> authenticate(String username, char[] password) {
    Optional<AccountEntity> account =
        em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst();
    if (account.isPresent()
        && verified.recentlyVerified(username, password, account.get().passwordHash())) {
      return account.map(AccountEntity::toActor);
    }
    String hash = account.map(AccountEntity::passwordHash).orElse(DECOY_HASH);
    boolean matches = PasswordHasher.matches(password, hash);
    if (matches && account.isPresent()) {
      verified.remember(username, password, hash);
    }
    return matches ? account.map(AccountEntity::toActor) : Optional.empty();
  }
}

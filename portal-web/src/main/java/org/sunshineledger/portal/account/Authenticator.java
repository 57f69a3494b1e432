package org.sunshineledger.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.shared.RequestThrottle;

/**
 * Checks an account's name and password, and a signed-in session, and tells which actor it is. A
 * disabled or closed account is refused on every request after it, and a session signed in with
 * credentials of an older version (before a password change, a reset or disabling) ends.
 */
@ApplicationScoped
public class Authenticator {
  /** Checked against when the name is unknown, so that timing does not reveal which names exist. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy-password");

  /** Failed sign-ins one address may make in {@link #FAILURE_WINDOW} before it waits. */
  public static final int FAILURES_ALLOWED = 10;

  /** The window of {@link #FAILURES_ALLOWED}. */
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

  /**
   * Where an account that may act stands.
   *
   * @param actor who it acts as
   * @param credentialsVersion the version of its credentials, which a session is held to
   * @param mustChangePassword whether it holds a one-time password and may do nothing else until it
   *     chooses its own
   */
  public record Standing(Actor actor, long credentialsVersion, boolean mustChangePassword) {}

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RequestThrottle throttle;
  @Inject AccountLog log;

  /** Verifications trusted for ten minutes, for at most 10,000 accounts. */
  private final VerifiedPasswords verified =
      new VerifiedPasswords(TimeUnit.MINUTES.toNanos(10), 10_000, System::nanoTime);

  /**
   * The standing of the account a browser's session signed in as; a session of a disabled or closed
   * account, or of credentials changed since, is ended.
   *
   * @param session the session, null for none
   * @return the standing, empty without a valid signed-in session
   */
  public Optional<Standing> session(HttpSession session) {
    Optional<SignedInSession.Holder> holder = SignedInSession.holder(session);
    if (holder.isEmpty()) {
      return Optional.empty();
    }
    Optional<Standing> standing =
        find(holder.get().username())
            .flatMap(AccountEntity::standing)
            .filter(s -> s.credentialsVersion() == holder.get().credentialsVersion());
    if (standing.isEmpty()) {
      session.invalidate();
    }
    return standing;
  }

  /**
   * The actor of a request's signed-in session, for servlets outside JAX-RS: none while a one-time
   * password is still to be changed.
   *
   * @param request the request
   * @return the actor, or empty
   */
  public Optional<Actor> signedIn(HttpServletRequest request) {
    return session(request.getSession(false))
        .filter(s -> !s.mustChangePassword())
        .map(Standing::actor);
  }

  /**
   * Authenticates an account, throttling failures per address; a failure is in the account log.
   *
   * @param username the account name
   * @param password the password offered
   * @param client the address the request came from
   * @return the standing, or empty when the name or the password is wrong or the account may not
   *     act
   */
  public Optional<Standing> authenticate(String username, char[] password, String client) {
    String key = "sign-in-failures:" + client;
    throttle.requireBelow(key, FAILURES_ALLOWED, FAILURE_WINDOW);
    Optional<Standing> standing = authenticate(username, password);
    if (standing.isEmpty()) {
      throttle.record(key);
      log.append(null, AccountAction.SIGN_IN_FAILED, cut(username), client, null);
    }
    return standing;
  }

  private Optional<Standing> authenticate(String username, char[] password) {
    Optional<AccountEntity> account = find(username);
    if (account.isPresent()
        && verified.recentlyVerified(username, password, account.get().passwordHash())) {
      return account.flatMap(AccountEntity::standing);
    }
    String hash = account.map(AccountEntity::passwordHash).orElse(DECOY_HASH);
    boolean matches = PasswordHasher.matches(password, hash);
    if (matches && account.isPresent()) {
      verified.remember(username, password, hash);
    }
    return matches ? account.flatMap(AccountEntity::standing) : Optional.empty();
  }

  private Optional<AccountEntity> find(String username) {
    return em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private static String cut(String username) {
    return username.length() <= 64 ? username : username.substring(0, 64);
  }
}

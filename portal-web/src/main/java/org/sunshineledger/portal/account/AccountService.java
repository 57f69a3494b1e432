package org.sunshineledger.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.AlreadyExistsException;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.RequestThrottle;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * Accounts through their life: donors sign up and close their accounts; officials are appointed
 * down the hierarchy ({@link Actor#mayAppoint}) with a one-time password, edited, reset and
 * disabled by their superiors; everyone changes their own password. Every action is one transaction
 * with its line in the {@link AccountLog}, and the pages and the API both come here.
 */
@ApplicationScoped
public class AccountService {
  /** Sign-ups one address may make in an hour. */
  static final int SIGN_UPS_PER_HOUR = Integer.getInteger("sunshine.signup.perHour", 10);

  /** Sign-up attempts, refused ones included, one address may make in an hour. */
  static final int SIGN_UP_ATTEMPTS_PER_HOUR = 6 * SIGN_UPS_PER_HOUR;

  private static final Duration HOUR = Duration.ofHours(1);

  /** The name a closed account keeps: no official's name may start with it. */
  private static final String CLOSED_PREFIX = "closed-";

  /** Wrong current passwords an account may give in {@link Authenticator#FAILURE_WINDOW}. */
  private static final int PASSWORD_CHECKS = 10;

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern OFFICIAL_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern PHONE = Pattern.compile("[0-9][0-9 +-]{4,28}[0-9]");
  private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @Inject AccountLog log;
  @Inject RequestThrottle throttle;
  @Inject DistrictPlaces places;
  @Inject Event<AccountClosed> closed;

  // ---------------------------------------------------------------- donors

  /**
   * A donor signs up. No SMS or mail can be sent from here, so the mobile number or address is not
   * verified; sign-ups are throttled per address instead.
   *
   * @param request the sign-up
   * @param address the address the request came from
   * @return the new account's sign-in name
   * @throws AlreadyExistsException when the name is taken
   */
  @Transactional
  public String signUp(AccountRequests.SignUpRequest request, String address) {
    throttle.acquire("sign-up-attempts:" + address, SIGN_UP_ATTEMPTS_PER_HOUR, HOUR);
    throttle.requireBelow("sign-ups:" + address, SIGN_UPS_PER_HOUR, HOUR);
    String username = request.username().strip();
    if (!MOBILE.matcher(username).matches() && !EMAIL.matcher(username).matches()) {
      throw new InvalidRequestException(
          "username",
          "sign up with a mobile number (11 digits) or an e-mail address",
          "account.signUpName");
    }
    String displayName = displayName(request.displayName());
    PasswordRules.check("password", request.password(), username);
    requireFree(username);
    em.persist(
        AccountEntity.donor(
            username,
            PasswordHasher.hash(request.password()),
            new DonorProfile(displayName, request.donorKind(), request.givenAnonymously()),
            now()));
    flushRefusingATakenName(username);
    throttle.record("sign-ups:" + address);
    log.append(username, AccountAction.SIGNED_UP, username, address, request.donorKind().name());
    return username;
  }

  /**
   * A donor changes what the public sees of them; their earlier gifts keep the name they gave.
   *
   * @param actor the donor
   * @param request the new profile
   * @param address the request's address
   */
  @Transactional
  public void changeProfile(Actor actor, AccountRequests.ProfileRequest request, String address) {
    requireDonor(actor);
    AccountEntity account = find(actor.username());
    account.profile(
        new DonorProfile(
            displayName(request.displayName()), request.donorKind(), request.anonymous()));
    log.append(actor.username(), AccountAction.PROFILE_CHANGED, actor.username(), address, null);
  }

  /**
   * A donor closes their account, confirming with the password. The sign-in name is erased; their
   * pledges and trails stay, shown under {@value DonorProfile#ANONYMOUS}.
   *
   * @param actor the donor
   * @param request the confirmation
   * @param address the request's address
   */
  @Transactional
  public void close(Actor actor, AccountRequests.ClosingRequest request, String address) {
    requireDonor(actor);
    AccountEntity account = find(actor.username());
    requirePassword("password", request.password(), account);
    String erased = CLOSED_PREFIX + account.id();
    account.close(erased, now());
    closed.fire(new AccountClosed(actor.username(), erased));
    log.append(erased, AccountAction.CLOSED, erased, address, null);
  }

  /**
   * What the public sees of a donor, for the board's donation form.
   *
   * @param actor the donor
   * @return the profile
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DonorProfile donorProfile(Actor actor) {
    requireDonor(actor);
    return find(actor.username()).profile();
  }

  // ---------------------------------------------------------------- everyone's own account

  /**
   * The caller's own account.
   *
   * @param actor the caller
   * @return the account
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AccountViews.AccountView own(Actor actor) {
    return view(find(actor.username()));
  }

  /**
   * The holder chooses a new password; a one-time password is changed this way too. Sessions of the
   * old password elsewhere end; the caller's own session is renewed by the page.
   *
   * @param actor the holder
   * @param request the current and the new password
   * @param address the request's address
   * @return the credentials' new version
   */
  @Transactional
  public long changePassword(Actor actor, AccountRequests.PasswordRequest request, String address) {
    AccountEntity account = find(actor.username());
    requirePassword("currentPassword", request.currentPassword(), account);
    if (request.newPassword().equals(request.currentPassword())) {
      throw new InvalidRequestException(
          "newPassword", "the new password is the current one", "account.samePassword");
    }
    PasswordRules.check("newPassword", request.newPassword(), account.username());
    account.password(PasswordHasher.hash(request.newPassword()), false);
    log.append(actor.username(), AccountAction.PASSWORD_CHANGED, actor.username(), address, null);
    return account.standing().orElseThrow().credentialsVersion();
  }

  // ---------------------------------------------------------------- officials

  /**
   * The accounts within the caller's scope: all of them for the district admin and the auditor, the
   * village officers of their township for a township officer.
   *
   * @param actor the caller
   * @param request the page
   * @return the page, newest first
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AccountViews.AccountView> accounts(Actor actor, PageRequest request) {
    String where =
        switch (actor.role()) {
          case DISTRICT_ADMIN, AUDITOR -> " WHERE a.closedAt IS NULL";
          case TOWNSHIP_OFFICER ->
              " WHERE a.closedAt IS NULL AND a.role = :village AND a.townshipId = :township";
          default ->
              throw new AccessDeniedException(
                  "only the district admin, the auditor and township officers list accounts");
        };
    var count = em.createQuery("SELECT COUNT(a) FROM AccountEntity a" + where, Long.class);
    var items =
        em.createQuery(
                "SELECT a FROM AccountEntity a" + where + " ORDER BY a.id DESC",
                AccountEntity.class)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size());
    if (actor.role() == Role.TOWNSHIP_OFFICER) {
      for (var query : List.of(count, items)) {
        query.setParameter("village", Role.VILLAGE_OFFICER);
        query.setParameter("township", actor.township().orElseThrow().value());
      }
    }
    return new Page<>(
        items.getResultList().stream().map(this::view).toList(),
        request.page(),
        request.size(),
        count.getSingleResult());
  }

  /**
   * An account within the caller's scope.
   *
   * @param actor the caller
   * @param username the account
   * @return it
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AccountViews.AccountView account(Actor actor, String username) {
    if (!actor.username().equals(username)) {
      requireLooksUpOthers(actor);
    }
    AccountEntity account = find(username);
    Actor subject = account.toActor();
    boolean reads =
        actor.username().equals(username)
            || actor.role() == Role.DISTRICT_ADMIN
            || actor.role() == Role.AUDITOR
            || actor.mayAppoint(subject);
    if (!reads) {
      throw new AccessDeniedException(username + " is outside the scope of " + actor.username());
    }
    return view(account);
  }

  /**
   * Appoints an official with a one-time password, which is shown this once.
   *
   * @param actor the superior
   * @param request who, with which role and place
   * @param address the request's address
   * @return the one-time password
   */
  @Transactional
  public AccountViews.OneTimePassword appoint(
      Actor actor, AccountRequests.AppointmentRequest request, String address) {
    String username = request.username().strip();
    if (!OFFICIAL_NAME.matcher(username).matches()
        || username.startsWith(CLOSED_PREFIX)
        || username.equals("log")) {
      throw new InvalidRequestException(
          "username",
          "an official's sign-in name has 3 to 64 lower-case letters, digits, dots and dashes",
          "account.officialName");
    }
    Actor appointee = appointee(username, request.official());
    Official official = official(request.official());
    requireAppoints(actor, appointee);
    requireFree(username);
    String oneTime = oneTimePassword();
    em.persist(
        AccountEntity.appointed(
            appointee, official, PasswordHasher.hash(oneTime), actor.username(), now()));
    log.append(actor.username(), AccountAction.APPOINTED, username, address, placeOf(appointee));
    return new AccountViews.OneTimePassword(username, oneTime);
  }

  /**
   * A superior changes an official's details, role or place; the new role and place must be within
   * the superior's reach too.
   *
   * @param actor the superior
   * @param username the official
   * @param request the whole of the details
   * @param address the request's address
   */
  @Transactional
  public void edit(
      Actor actor, String username, AccountRequests.OfficialRequest request, String address) {
    AccountEntity account = manageable(actor, username);
    Actor changed = appointee(account.username(), request);
    Official official = official(request);
    requireAppoints(actor, changed);
    account.place(changed);
    account.official(official);
    log.append(actor.username(), AccountAction.EDITED, username, address, placeOf(changed));
  }

  /**
   * A superior sets a new one-time password: the old one and every session end.
   *
   * @param actor the superior
   * @param username the account
   * @param address the request's address
   * @return the one-time password, shown this once
   */
  @Transactional
  public AccountViews.OneTimePassword resetPassword(Actor actor, String username, String address) {
    AccountEntity account = manageable(actor, username);
    String oneTime = oneTimePassword();
    account.password(PasswordHasher.hash(oneTime), true);
    log.append(actor.username(), AccountAction.PASSWORD_RESET, username, address, null);
    return new AccountViews.OneTimePassword(username, oneTime);
  }

  /**
   * A superior disables an account: its sessions and remembered passwords end on its next request.
   *
   * @param actor the superior
   * @param username the account
   * @param reason why, for the log
   * @param address the request's address
   */
  @Transactional
  public void disable(Actor actor, String username, String reason, String address) {
    AccountEntity account = switchable(actor, username);
    if (account.disabledAt() == null) {
      account.disable(now());
      log.append(actor.username(), AccountAction.DISABLED, username, address, reason);
    }
  }

  /**
   * A superior enables a disabled account again.
   *
   * @param actor the superior
   * @param username the account
   * @param address the request's address
   */
  @Transactional
  public void enable(Actor actor, String username, String address) {
    AccountEntity account = switchable(actor, username);
    if (account.disabledAt() != null) {
      account.enable();
      log.append(actor.username(), AccountAction.ENABLED, username, address, null);
    }
  }

  // ---------------------------------------------------------------- the log

  /**
   * A page of the account log, for the district admin and auditors.
   *
   * @param actor the caller
   * @param subject only lines about this account, or null
   * @param request the page
   * @return the page, newest first
   */
  public Page<AccountViews.LogEntry> log(Actor actor, String subject, PageRequest request) {
    requireOverseer(actor);
    return log.page(subject, request);
  }

  /**
   * The whole account log as a table, for the district admin and auditors.
   *
   * @param actor the caller
   * @return the table
   */
  public Table logTable(Actor actor) {
    requireOverseer(actor);
    return log.table();
  }

  /**
   * Records a sign-in at the sign-in page.
   *
   * @param username the account
   * @param address the request's address
   */
  public void signedIn(String username, String address) {
    log.append(username, AccountAction.SIGNED_IN, username, address, null);
  }

  // ---------------------------------------------------------------- rules

  private static void requireOverseer(Actor actor) {
    if (actor.role() != Role.DISTRICT_ADMIN && actor.role() != Role.AUDITOR) {
      throw new AccessDeniedException("only the district admin and auditors read the account log");
    }
  }

  /** Only those who oversee accounts look others up: nobody else learns which names exist. */
  private static void requireLooksUpOthers(Actor actor) {
    if (actor.role() != Role.DISTRICT_ADMIN
        && actor.role() != Role.AUDITOR
        && actor.role() != Role.TOWNSHIP_OFFICER) {
      throw new AccessDeniedException(actor.username() + " reads no other account");
    }
  }

  private static void requireDonor(Actor actor) {
    if (actor.role() != Role.DONOR) {
      throw new AccessDeniedException(
          "only a donor changes their profile or closes their account here; officials ask their"
              + " superior");
    }
  }

  private static void requireAppoints(Actor actor, Actor appointee) {
    if (!actor.mayAppoint(appointee)) {
      throw new AccessDeniedException(
          actor.username()
              + " ("
              + actor.role()
              + ") may not appoint a "
              + appointee.role()
              + " in "
              + placeOf(appointee));
    }
  }

  /**
   * An account the caller may disable or enable: one they manage, or — for the district admin — a
   * donor's, whom nobody appoints but who may abuse the board.
   */
  private AccountEntity switchable(Actor actor, String username) {
    if (actor.role() == Role.DISTRICT_ADMIN) {
      AccountEntity account = find(username);
      if (account.toActor().role() == Role.DONOR) {
        return account;
      }
    }
    return manageable(actor, username);
  }

  /** An account the caller may manage: within their reach, and not their own. */
  private AccountEntity manageable(Actor actor, String username) {
    if (actor.role() != Role.DISTRICT_ADMIN && actor.role() != Role.TOWNSHIP_OFFICER) {
      throw new AccessDeniedException(
          actor.username() + " (" + actor.role() + ") manages no account");
    }
    AccountEntity account = find(username);
    if (actor.username().equals(username)) {
      throw new AccessDeniedException("nobody edits, resets or disables their own account here");
    }
    requireAppoints(actor, account.toActor());
    return account;
  }

  /**
   * Writes the new account now, so that a name taken by a sign-up that passed the same check a
   * moment before is refused as taken (409), not as a fault of the server.
   */
  private void flushRefusingATakenName(String username) {
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException raced) {
      for (Throwable cause = raced; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.sql.SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith("23")) {
          throw new AlreadyExistsException("username", "an account named " + username + " exists");
        }
      }
      throw raced;
    }
  }

  private void requireFree(String username) {
    if (!em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty()) {
      throw new AlreadyExistsException("username", "an account named " + username + " exists");
    }
  }

  /**
   * The current password, confirmed: failures are counted per account, so that a session taken over
   * cannot guess its way to a new password.
   */
  private void requirePassword(String field, String password, AccountEntity account) {
    String key = "password-checks:" + account.id();
    throttle.requireBelow(key, PASSWORD_CHECKS, Authenticator.FAILURE_WINDOW);
    if (!PasswordHasher.matches(password.toCharArray(), account.passwordHash())) {
      throttle.record(key);
      throw new InvalidRequestException(
          field, "the current password is not right", "account.currentWrong");
    }
  }

  /** The role and place asked for, checked against the district's places. */
  private Actor appointee(String username, AccountRequests.OfficialRequest request) {
    District district = places.district();
    Role role = request.role();
    if (role == Role.DONOR) {
      throw new InvalidRequestException(
          "role", "donors sign up themselves; nobody appoints a donor", "account.donorRole");
    }
    if (role == Role.VILLAGE_OFFICER) {
      Village village =
          Optional.ofNullable(request.village())
              .flatMap(id -> district.village(new VillageId(id)))
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "village",
                          "a village officer needs a village of the district",
                          "account.village"));
      if (request.township() != null && request.township() != village.township().value()) {
        throw new InvalidRequestException(
            "township", "the village is not in that township", "account.village");
      }
      return Actor.villageOfficer(username, village);
    }
    if (request.village() != null) {
      throw new InvalidRequestException(
          "village", "only a village officer has a village", "account.village");
    }
    if (role == Role.TOWNSHIP_OFFICER) {
      Township township =
          Optional.ofNullable(request.township())
              .flatMap(id -> district.township(new TownshipId(id)))
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "township",
                          "a township officer needs a township of the district",
                          "account.township"));
      return Actor.townshipOfficer(username, township.id());
    }
    if (request.township() != null) {
      throw new InvalidRequestException(
          "township", "only township and village officers have a township", "account.township");
    }
    return Actor.unscoped(username, role);
  }

  private static Official official(AccountRequests.OfficialRequest request) {
    String name = request.name().strip();
    if (name.isEmpty() || name.length() > 50) {
      throw new InvalidRequestException(
          "name", "the official's name has 1 to 50 characters", "account.text", 50);
    }
    String office = request.office().strip();
    if (office.isEmpty() || office.length() > 100) {
      throw new InvalidRequestException(
          "office", "the office has 1 to 100 characters", "account.text", 100);
    }
    String phone = request.phone().strip();
    if (!PHONE.matcher(phone).matches()) {
      throw new InvalidRequestException(
          "phone", "a telephone number of digits, spaces, + and -", "account.phoneInvalid");
    }
    return new Official(name, office, phone);
  }

  private static String displayName(String requested) {
    String name = requested.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidRequestException(
          "displayName", "the display name has 1 to 100 characters", "account.displayName");
    }
    return name;
  }

  private static String placeOf(Actor actor) {
    return actor.role()
        + actor.township().map(t -> " township " + t.value()).orElse("")
        + actor.village().map(v -> " village " + v.value()).orElse("");
  }

  private AccountEntity find(String username) {
    return em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownResourceException("account", username));
  }

  private AccountViews.AccountView view(AccountEntity account) {
    Actor actor = account.toActor();
    District district = places.district();
    Optional<Official> official = account.official();
    boolean donor = actor.role() == Role.DONOR;
    DonorProfile profile = donor ? account.profile() : null;
    return new AccountViews.AccountView(
        actor.username(),
        actor.role(),
        actor.township().map(TownshipId::value).orElse(null),
        actor.township().flatMap(district::township).map(Township::name).orElse(null),
        actor.village().map(VillageId::value).orElse(null),
        actor.village().flatMap(district::village).map(Village::name).orElse(null),
        donor ? profile.displayName() : null,
        donor ? profile.kind() : null,
        donor && profile.anonymous(),
        official.map(Official::name).orElse(null),
        official.map(Official::office).orElse(null),
        official.map(Official::phone).orElse(null),
        account.appointedBy(),
        account.standing().map(Authenticator.Standing::mustChangePassword).orElse(false),
        account.disabledAt() != null,
        account.demo(),
        account.createdAt());
  }

  private static String oneTimePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      if (i > 0 && i % 5 == 0) {
        password.append('-');
      }
      password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return password.toString();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}

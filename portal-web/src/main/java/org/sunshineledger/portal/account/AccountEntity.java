package org.sunshineledger.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * An account of someone who writes to the ledger: a hashed password, a role and its scope; for a
 * donor what the public sees of them, for an official who they are (never public); and its standing
 * — a one-time password to change, disabled, closed — with the version of its credentials that
 * sessions are held to.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = AccountEntity.BY_USERNAME,
    query = "SELECT a FROM AccountEntity a WHERE a.username = :username")
class AccountEntity {
  /** The query that finds an account by its name. */
  public static final String BY_USERNAME = "AccountEntity.byUsername";

  /** An edit gives the official another role or place. */
  void place(Actor actor) {
    this.role = actor.role();
    this.townshipId = actor.township().map(TownshipId::value).orElse(null);
    this.villageId = actor.village().map(VillageId::value).orElse(null);
  }

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private long id;

  @Column(nullable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "township_id")
  private Long townshipId;

  @Column(name = "village_id")
  private Long villageId;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "display_name")
  private String displayName;

  @Column(nullable = false)
  private boolean anonymous;

  @Enumerated(EnumType.STRING)
  @Column(name = "donor_kind")
  private DonorKind donorKind;

  @Column(name = "person_name")
  private String personName;

  private String office;

  private String phone;

  @Column(name = "appointed_by")
  private String appointedBy;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "credentials_version", nullable = false)
  private long credentialsVersion;

  @Column(name = "disabled_at")
  private OffsetDateTime disabledAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version private long version;

  protected AccountEntity() {}

  /**
   * A donor who signed up.
   *
   * @param username the mobile number or e-mail address they sign in with
   * @param passwordHash the encoded password hash
   * @param profile what the public sees of them
   * @param at when
   * @return the account
   */
  static AccountEntity donor(
      String username, String passwordHash, DonorProfile profile, OffsetDateTime at) {
    AccountEntity account =
        new AccountEntity(Actor.unscoped(username, Role.DONOR), passwordHash, false, at);
    account.profile(profile);
    return account;
  }

  /**
   * An official appointed by another, with a one-time password.
   *
   * @param actor the role and place
   * @param official who they are
   * @param oneTimeHash the hash of the one-time password
   * @param appointedBy who appointed them
   * @param at when
   * @return the account
   */
  static AccountEntity appointed(
      Actor actor, Official official, String oneTimeHash, String appointedBy, OffsetDateTime at) {
    AccountEntity account = new AccountEntity(actor, oneTimeHash, false, at);
    account.official(official);
    account.appointedBy = appointedBy;
    account.mustChangePassword = true;
    return account;
  }

  /**
   * A new account for an actor.
   *
   * @param actor the actor with role and scope
   * @param passwordHash the encoded password hash
   * @param demo whether the account belongs to the demo data
   * @param createdAt when it was created
   */
  public AccountEntity(Actor actor, String passwordHash, boolean demo, OffsetDateTime createdAt) {
    this.username = actor.username();
    this.role = actor.role();
    this.townshipId = actor.township().map(TownshipId::value).orElse(null);
    this.villageId = actor.village().map(VillageId::value).orElse(null);
    this.passwordHash = passwordHash;
    this.demo = demo;
    this.createdAt = createdAt;
  }

  /**
   * Returns the encoded password hash.
   *
   * @return the hash
   */
  public String passwordHash() {
    return passwordHash;
  }

  /**
   * The account's name.
   *
   * @return the name it signs in with
   */
  String username() {
    return username;
  }

  long id() {
    return id;
  }

  boolean demo() {
    return demo;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  String appointedBy() {
    return appointedBy;
  }

  OffsetDateTime disabledAt() {
    return disabledAt;
  }

  /**
   * Where the account stands now, for the session and the sign-in checks.
   *
   * @return the standing, empty when it may not act at all (disabled or closed)
   */
  Optional<Authenticator.Standing> standing() {
    return disabledAt != null || closedAt != null
        ? Optional.empty()
        : Optional.of(
            new Authenticator.Standing(toActor(), credentialsVersion, mustChangePassword));
  }

  /**
   * What the public sees of a donor.
   *
   * @return the profile; a donor who never gave one (the demo's) is an anonymous individual
   */
  DonorProfile profile() {
    // never the sign-in name, which is a phone number or an e-mail address
    return displayName == null
        ? new DonorProfile(DonorProfile.ANONYMOUS, DonorKind.INDIVIDUAL, true)
        : new DonorProfile(
            displayName, donorKind == null ? DonorKind.INDIVIDUAL : donorKind, anonymous);
  }

  void profile(DonorProfile profile) {
    this.displayName = profile.displayName();
    this.donorKind = profile.kind();
    this.anonymous = profile.anonymous();
  }

  /**
   * Who the official is: kept for officials only, never public.
   *
   * @return the person, empty for donors and the accounts made at start
   */
  Optional<Official> official() {
    return personName == null
        ? Optional.empty()
        : Optional.of(new Official(personName, office, phone));
  }

  void official(Official official) {
    this.personName = official.name();
    this.office = official.office();
    this.phone = official.phone();
  }

  /**
   * A new password: one the holder chose, or a one-time password set by a superior. Either way the
   * credentials' version moves on, so sessions and remembered passwords of the old one end.
   *
   * @param hash the new hash
   * @param oneTime whether it is a one-time password the holder must change
   */
  void password(String hash, boolean oneTime) {
    this.passwordHash = hash;
    this.mustChangePassword = oneTime;
    this.credentialsVersion++;
  }

  void disable(OffsetDateTime at) {
    this.disabledAt = at;
    this.credentialsVersion++;
  }

  void enable() {
    this.disabledAt = null;
  }

  /**
   * Closes a donor's account: the sign-in name is erased (it is a phone number or an e-mail
   * address) and the account can never sign in again.
   *
   * @param erasedName the name it keeps, naming no one
   * @param at when
   */
  void close(String erasedName, OffsetDateTime at) {
    this.username = erasedName;
    this.displayName = null;
    this.anonymous = true;
    this.closedAt = at;
    this.credentialsVersion++;
  }

  /**
   * Returns the actor this account acts as.
   *
   * @return the actor
   */
  public Actor toActor() {
    return new Actor(
        username,
        role,
        Optional.ofNullable(townshipId).map(TownshipId::new),
        Optional.ofNullable(villageId).map(VillageId::new));
  }
}

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
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** An account of someone who writes to the ledger: a hashed password, a role and its scope. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = AccountEntity.BY_USERNAME,
    query = "SELECT a FROM AccountEntity a WHERE a.username = :username")
class AccountEntity {
  /** The query that finds an account by its name. */
  public static final String BY_USERNAME = "AccountEntity.byUsername";

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

  @Version private long version;

  protected AccountEntity() {}

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

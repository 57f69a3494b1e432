package org.sunshineledger.access;

import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * Someone acting on the ledger: an account's name, its role and the place its role is scoped to.
 *
 * <p>A township officer is scoped to one township, a village officer to one village and (through
 * it) its township; the other roles to no place.
 *
 * @param username the account name
 * @param role the role
 * @param township the township a township or village officer works for, else empty
 * @param village the village a village officer works for, else empty
 */
public record Actor(
    String username, Role role, Optional<TownshipId> township, Optional<VillageId> village) {

  /**
   * Validates that the scope fits the role.
   *
   * @param username the account name
   * @param role the role
   * @param township the township a township or village officer works for, else empty
   * @param village the village a village officer works for, else empty
   * @throws IllegalArgumentException when a township officer has no township or a village officer
   *     no village and township, or another role carries a place
   */
  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(village, "village");
    boolean fits =
        switch (role) {
          case TOWNSHIP_OFFICER -> township.isPresent() && village.isEmpty();
          case VILLAGE_OFFICER -> township.isPresent() && village.isPresent();
          default -> township.isEmpty() && village.isEmpty();
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "a " + role + " cannot be scoped to township " + township + " and village " + village);
    }
  }

  /**
   * An actor scoped to no place (district admin, donor, auditor).
   *
   * @param username the account name
   * @param role the role
   * @return the actor
   */
  public static Actor unscoped(String username, Role role) {
    return new Actor(username, role, Optional.empty(), Optional.empty());
  }

  /**
   * A township officer.
   *
   * @param username the account name
   * @param township the township
   * @return the actor
   */
  public static Actor townshipOfficer(String username, TownshipId township) {
    return new Actor(username, Role.TOWNSHIP_OFFICER, Optional.of(township), Optional.empty());
  }

  /**
   * A village officer.
   *
   * @param username the account name
   * @param village the village
   * @return the actor
   */
  public static Actor villageOfficer(String username, Village village) {
    return new Actor(
        username, Role.VILLAGE_OFFICER, Optional.of(village.township()), Optional.of(village.id()));
  }

  /**
   * Whether this actor may write data that belongs to a village: the district admin anywhere, a
   * township officer in its township's villages, a village officer in its own village; donors and
   * auditors never.
   *
   * @param target the village written to
   * @return true when the write is within the actor's scope
   */
  public boolean mayWriteTo(Village target) {
    return switch (role) {
      case DISTRICT_ADMIN -> true;
      case TOWNSHIP_OFFICER -> township.orElseThrow().equals(target.township());
      case VILLAGE_OFFICER -> village.orElseThrow().equals(target.id());
      case DONOR, AUDITOR -> false;
    };
  }

  /**
   * Whether this actor may read the registry's personal records of a village (建档立卡信息): the
   * village's officer, its township's officer, the district admin and auditors; donors and the
   * public never.
   *
   * @param target the village
   * @return true when the read is within the actor's scope
   */
  public boolean mayReadRegistryOf(Village target) {
    return role == Role.AUDITOR || mayWriteTo(target);
  }

  /**
   * Whether this actor may write data that belongs to a township as a whole (its fund blocks, its
   * township-led projects): the district admin and that township's officer.
   *
   * @param target the township written to
   * @return true when the write is within the actor's scope
   */
  public boolean mayWriteTo(TownshipId target) {
    return switch (role) {
      case DISTRICT_ADMIN -> true;
      case TOWNSHIP_OFFICER -> township.orElseThrow().equals(target);
      case VILLAGE_OFFICER, DONOR, AUDITOR -> false;
    };
  }

  /**
   * Whether this actor may appoint an official with the appointee's role and place, and later edit,
   * reset or disable that account (任免): the district admin appoints township officers, auditors,
   * village officers and further district admins anywhere; a township officer appoints the village
   * officers of its own township's villages; nobody else appoints anyone. Nobody gives a role above
   * their own or a place wider than their own, and donors are never appointed: they sign up.
   *
   * @param appointee the account to be, with its role and place
   * @return true when the appointment is within this actor's authority
   */
  public boolean mayAppoint(Actor appointee) {
    return switch (role) {
      case DISTRICT_ADMIN -> appointee.role() != Role.DONOR;
      case TOWNSHIP_OFFICER ->
          appointee.role() == Role.VILLAGE_OFFICER && appointee.township().equals(township);
      case VILLAGE_OFFICER, DONOR, AUDITOR -> false;
    };
  }
}

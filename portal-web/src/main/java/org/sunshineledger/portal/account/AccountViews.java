package org.sunshineledger.portal.account;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.DonorKind;

/** The account room's answers. */
public final class AccountViews {
  private AccountViews() {}

  /**
   * An account as its holder, their superiors, the district admin and auditors see it. The public
   * never sees it: an official's person and phone are not public, nor a donor's sign-in name.
   *
   * @param username the sign-in name
   * @param role the role
   * @param township the township of a township or village officer
   * @param townshipName its name
   * @param village the village of a village officer
   * @param villageName its name
   * @param displayName a donor's public name
   * @param donorKind a donor's kind
   * @param anonymous whether a donor gives as 爱心人士
   * @param personName an official's name
   * @param office an official's office
   * @param phone an official's telephone
   * @param appointedBy who appointed the official
   * @param mustChangePassword whether a one-time password is still to be changed
   * @param disabled whether the account is disabled
   * @param demo whether it belongs to the demo data
   * @param createdAt when it was made
   */
  public record AccountView(
      String username,
      Role role,
      @Schema(nullable = true) Long township,
      @Schema(nullable = true) String townshipName,
      @Schema(nullable = true) Long village,
      @Schema(nullable = true) String villageName,
      @Schema(nullable = true) String displayName,
      @Schema(nullable = true) DonorKind donorKind,
      boolean anonymous,
      @Schema(nullable = true) String personName,
      @Schema(nullable = true) String office,
      @Schema(nullable = true) String phone,
      @Schema(nullable = true) String appointedBy,
      boolean mustChangePassword,
      boolean disabled,
      boolean demo,
      OffsetDateTime createdAt) {}

  /**
   * A one-time password, shown once to whoever set it; its holder must choose their own at the
   * first sign-in.
   *
   * @param username the account
   * @param oneTimePassword the password
   */
  public record OneTimePassword(String username, String oneTimePassword) {}

  /**
   * A line of the account log.
   *
   * @param id its number
   * @param at when
   * @param actor who did it, null for someone not signed in
   * @param action what
   * @param subject the account it was done to
   * @param address the address the request came from
   * @param detail what else to know
   */
  public record LogEntry(
      long id,
      OffsetDateTime at,
      @Schema(nullable = true) String actor,
      AccountAction action,
      @Schema(nullable = true) String subject,
      @Schema(nullable = true) String address,
      @Schema(nullable = true) String detail) {}
}

package org.sunshineledger.portal.account;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.portal.http.JsonRequest;

/**
 * The bodies the account resource takes, one record each: its components are the fields allowed.
 * The pages build the same records from their forms, so both are checked by the service alike.
 */
final class AccountRequests {
  private AccountRequests() {}

  /**
   * A donor signs up.
   *
   * @param username a mobile number or an e-mail address, to sign in with
   * @param password at least 10 characters, not a common one
   * @param displayName the name the public sees
   * @param anonymous whether the public sees 爱心人士 instead
   * @param donorKind individual, enterprise, SOE, volunteer team or charity
   */
  public record SignUpRequest(
      @Schema(description = "手机号或电子邮箱 — a mobile number or an e-mail address") String username,
      @Schema(description = "至少10个字符 — at least 10 characters") String password,
      @Schema(description = "公开显示的名称 — the name the public sees") String displayName,
      @Schema(nullable = true, description = "缺省为否 — default: false") Boolean anonymous,
      DonorKind donorKind) {
    static SignUpRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, SignUpRequest.class);
      return new SignUpRequest(
          r.requiredString("username", 64),
          r.requiredString("password", PasswordRules.MAX_LENGTH),
          r.requiredString("displayName", 100),
          r.has("anonymous") ? r.requiredBoolean("anonymous") : null,
          r.requiredEnum("donorKind", DonorKind.class));
    }

    boolean givenAnonymously() {
      return Boolean.TRUE.equals(anonymous);
    }
  }

  /**
   * An official is appointed.
   *
   * @param username the sign-in name, lower-case letters, digits, dots and dashes
   * @param role the role
   * @param township the township of a township or village officer
   * @param village the village of a village officer
   * @param name the person's name
   * @param office their office
   * @param phone their telephone
   */
  public record AppointmentRequest(
      @Schema(description = "登录名：小写字母、数字、点、横线 — lower-case letters, digits, dots, dashes")
          String username,
      Role role,
      @Schema(nullable = true, description = "镇街（镇街、村干部） — for township and village officers")
          Long township,
      @Schema(nullable = true, description = "村（居）（村干部） — for village officers") Long village,
      String name,
      String office,
      String phone) {
    static AppointmentRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, AppointmentRequest.class);
      return new AppointmentRequest(
          r.requiredString("username", 64),
          r.requiredEnum("role", Role.class),
          r.has("township") ? r.requiredLong("township") : null,
          r.has("village") ? r.requiredLong("village") : null,
          r.requiredString("name", 50),
          r.requiredString("office", 100),
          r.requiredString("phone", 30));
    }

    OfficialRequest official() {
      return new OfficialRequest(role, township, village, name, office, phone);
    }
  }

  /**
   * An official's details, role and place, as a superior edits them: the whole of them.
   *
   * @param role the role
   * @param township the township of a township or village officer
   * @param village the village of a village officer
   * @param name the person's name
   * @param office their office
   * @param phone their telephone
   */
  public record OfficialRequest(
      Role role,
      @Schema(nullable = true, description = "镇街（镇街、村干部） — for township and village officers")
          Long township,
      @Schema(nullable = true, description = "村（居）（村干部） — for village officers") Long village,
      String name,
      String office,
      String phone) {
    static OfficialRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, OfficialRequest.class);
      return new OfficialRequest(
          r.requiredEnum("role", Role.class),
          r.has("township") ? r.requiredLong("township") : null,
          r.has("village") ? r.requiredLong("village") : null,
          r.requiredString("name", 50),
          r.requiredString("office", 100),
          r.requiredString("phone", 30));
    }
  }

  /**
   * The holder chooses a new password.
   *
   * @param currentPassword the password now, one-time or not
   * @param newPassword the new one
   */
  public record PasswordRequest(String currentPassword, String newPassword) {
    static PasswordRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, PasswordRequest.class);
      return new PasswordRequest(
          r.requiredString("currentPassword", PasswordRules.MAX_LENGTH),
          r.requiredString("newPassword", PasswordRules.MAX_LENGTH));
    }
  }

  /**
   * A donor changes what the public sees of them.
   *
   * @param displayName the name the public sees
   * @param anonymous whether the public sees 爱心人士 instead
   * @param donorKind their kind
   */
  public record ProfileRequest(String displayName, boolean anonymous, DonorKind donorKind) {
    static ProfileRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, ProfileRequest.class);
      return new ProfileRequest(
          r.requiredString("displayName", 100),
          r.requiredBoolean("anonymous"),
          r.requiredEnum("donorKind", DonorKind.class));
    }
  }

  /**
   * A donor closes their account, confirming with the password.
   *
   * @param password the password now
   */
  public record ClosingRequest(String password) {
    static ClosingRequest read(JsonValue body) {
      return new ClosingRequest(
          JsonRequest.of(body, ClosingRequest.class)
              .requiredString("password", PasswordRules.MAX_LENGTH));
    }
  }

  /**
   * A superior disables an account.
   *
   * @param reason why, for the account log
   */
  public record DisablingRequest(
      @Schema(nullable = true, description = "原因，记入账号日志 — why, for the account log")
          String reason) {
    static DisablingRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, DisablingRequest.class);
      return new DisablingRequest(r.optionalString("reason").orElse(null));
    }
  }
}

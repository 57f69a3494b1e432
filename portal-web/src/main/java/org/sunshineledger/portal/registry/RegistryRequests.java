package org.sunshineledger.portal.registry;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.RiskEvent;

/**
 * The bodies the registry resource takes, one record each: its components are the fields allowed,
 * and {@code read} refuses any other, or a missing or malformed one, naming it.
 */
final class RegistryRequests {
  private RegistryRequests() {}

  /**
   * A year's per-capita income of a household.
   *
   * @param year the income year
   * @param perCapita the per-capita net income in yuan
   */
  public record IncomeRequest(int year, Money perCapita) {
    static IncomeRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, IncomeRequest.class);
      return new IncomeRequest(r.requiredInt("year", 2000, 2100), r.requiredMoney("perCapita"));
    }

    Year incomeYear() {
      return Year.of(year);
    }
  }

  /**
   * A check of one of a household's guarantees.
   *
   * @param guarantee the guarantee checked
   * @param met whether it holds
   * @param evidence the evidence
   * @param checkedOn when it was checked
   */
  public record GuaranteeCheckRequest(
      Guarantee guarantee, boolean met, String evidence, LocalDate checkedOn) {
    static GuaranteeCheckRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, GuaranteeCheckRequest.class);
      return new GuaranteeCheckRequest(
          r.requiredEnum("guarantee", Guarantee.class),
          r.requiredBoolean("met"),
          r.requiredString("evidence"),
          r.requiredDate("checkedOn"));
    }

    GuaranteeCheck check() {
      return new GuaranteeCheck(guarantee, met, evidence, checkedOn);
    }
  }

  /**
   * An illness, disaster or large expenditure that befell a household.
   *
   * @param kind the kind of risk
   * @param on when it happened
   * @param cost what it cost, in yuan
   * @param description what happened, at most 400 characters
   */
  public record RiskEventRequest(
      RiskEvent.Kind kind, LocalDate on, Money cost, String description) {
    static RiskEventRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, RiskEventRequest.class);
      return new RiskEventRequest(
          r.requiredEnum("kind", RiskEvent.Kind.class),
          r.requiredDate("on"),
          r.requiredMoney("cost"),
          r.requiredString("description", 400));
    }

    RiskEvent event() {
      return new RiskEvent(kind, on, cost, description);
    }
  }

  /**
   * A household's exit from poverty.
   *
   * @param year the year of the exit
   * @param reason why it exits
   */
  public record HouseholdExitRequest(int year, String reason) {
    static HouseholdExitRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, HouseholdExitRequest.class);
      return new HouseholdExitRequest(
          r.requiredInt("year", 2000, 2100), r.requiredString("reason"));
    }

    Year exitYear() {
      return Year.of(year);
    }
  }

  /**
   * The end of a lifted household's policy support.
   *
   * @param year the year it ends
   * @param plainlyAboveStandard whether the household is plainly above the standard, no when absent
   * @param reason why it ends
   */
  public record EndPolicyRequest(
      int year,
      @Schema(nullable = true, description = "明显高于标准，缺省为否 — default: false")
          Boolean plainlyAboveStandard,
      String reason) {
    static EndPolicyRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, EndPolicyRequest.class);
      int year = r.requiredInt("year", 2000, 2100);
      Boolean plainlyAboveStandard =
          r.has("plainlyAboveStandard") ? r.requiredBoolean("plainlyAboveStandard") : null;
      return new EndPolicyRequest(year, plainlyAboveStandard, r.requiredString("reason"));
    }

    Year endYear() {
      return Year.of(year);
    }

    boolean plainlyAbove() {
      return Boolean.TRUE.equals(plainlyAboveStandard);
    }
  }

  /**
   * A household's return to poverty.
   *
   * @param reason why it returns
   */
  public record HouseholdReturnRequest(String reason) {
    static HouseholdReturnRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, HouseholdReturnRequest.class);
      return new HouseholdReturnRequest(r.requiredString("reason"));
    }
  }

  /**
   * A household marked city-marked poor.
   *
   * @param reason why it is marked
   */
  public record CityMarkRequest(String reason) {
    static CityMarkRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, CityMarkRequest.class);
      return new CityMarkRequest(r.requiredString("reason"));
    }
  }

  /**
   * A step of an unsafe house's renovation.
   *
   * @param step the step: START, COMPLETE or ACCEPT
   * @param acceptanceRef the acceptance's reference, read (and required) only for ACCEPT
   */
  public record RenovationStepRequest(
      RegistryService.RenovationStep step,
      @Schema(nullable = true, description = "验收文号，验收时必填 — required to ACCEPT")
          String acceptanceRef) {
    static RenovationStepRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, RenovationStepRequest.class);
      RegistryService.RenovationStep step =
          r.requiredEnum("step", RegistryService.RenovationStep.class);
      String acceptanceRef =
          step == RegistryService.RenovationStep.ACCEPT ? r.requiredString("acceptanceRef") : null;
      return new RenovationStepRequest(step, acceptanceRef);
    }
  }
}

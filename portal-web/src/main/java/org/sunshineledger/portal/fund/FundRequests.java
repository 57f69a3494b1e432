package org.sunshineledger.portal.fund;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.region.TownshipId;

/**
 * The bodies the funds resource takes, one record each: its components are the fields allowed, and
 * {@code read} refuses any other, or a missing or malformed one, naming it.
 */
final class FundRequests {
  private FundRequests() {}

  /**
   * A year's appropriation from one source.
   *
   * @param source the level it comes from
   * @param name its name
   * @param year its year
   * @param amount the amount in yuan
   * @param documentRef the document that appropriates it
   */
  public record FundRequest(
      FundSourceKind source, String name, int year, Money amount, String documentRef) {
    static FundRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, FundRequest.class);
      return new FundRequest(
          r.requiredEnum("source", FundSourceKind.class),
          r.requiredString("name"),
          r.requiredInt("year", 2000, 2100),
          r.requiredMoney("amount"),
          r.requiredString("documentRef"));
    }

    Year planYear() {
      return Year.of(year);
    }
  }

  /**
   * A fund cut into township blocks by the factor method.
   *
   * @param fund the fund
   * @param amount how much of it, all that is unallocated when absent
   * @param weights the factors' weights, the district's when absent
   * @param townships each township's factors
   * @param documentRef the decision
   */
  public record AllocationRequest(
      long fund,
      @Schema(nullable = true, description = "切块金额，缺省为未分配余额 — default: all unallocated")
          Money amount,
      @Schema(nullable = true, description = "因素权重，缺省为区定权重 — default: the district's")
          Factors weights,
      List<TownshipFactorsRequest> townships,
      String documentRef) {
    static AllocationRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, AllocationRequest.class);
      long fund = r.requiredLong("fund");
      Money amount = r.optionalMoney("amount").orElse(null);
      Factors weights = r.optionalObject("weights", Factors.class).map(Factors::read).orElse(null);
      List<TownshipFactorsRequest> townships =
          r.objectList("townships", TownshipFactorsRequest.class, 1000).stream()
              .map(TownshipFactorsRequest::read)
              .toList();
      return new AllocationRequest(
          fund, amount, weights, townships, r.requiredString("documentRef"));
    }

    FactorAllocationPolicy policy() {
      return weights == null
          ? FactorAllocationPolicy.DEMO
          : new FactorAllocationPolicy(weights.values());
    }

    List<TownshipFactors> factors() {
      return townships.stream()
          .map(t -> new TownshipFactors(new TownshipId(t.township()), t.factors().values()))
          .toList();
    }
  }

  /**
   * The factors of the method, or their weights; a factor left out counts for nothing.
   *
   * @param poorPopulation the registered poor population
   * @param keyVillages the key-support villages
   * @param focusTownship 1 for a focus township
   * @param assessmentScore the last assessment's score
   */
  public record Factors(
      @Schema(nullable = true) BigDecimal poorPopulation,
      @Schema(nullable = true) BigDecimal keyVillages,
      @Schema(nullable = true) BigDecimal focusTownship,
      @Schema(nullable = true) BigDecimal assessmentScore) {
    static Factors read(JsonRequest r) {
      return new Factors(
          r.optionalDecimal("poorPopulation").orElse(null),
          r.optionalDecimal("keyVillages").orElse(null),
          r.optionalDecimal("focusTownship").orElse(null),
          r.optionalDecimal("assessmentScore").orElse(null));
    }

    Map<AllocationFactor, BigDecimal> values() {
      Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
      if (poorPopulation != null) {
        values.put(AllocationFactor.POOR_POPULATION, poorPopulation);
      }
      if (keyVillages != null) {
        values.put(AllocationFactor.KEY_VILLAGES, keyVillages);
      }
      if (focusTownship != null) {
        values.put(AllocationFactor.FOCUS_TOWNSHIP, focusTownship);
      }
      if (assessmentScore != null) {
        values.put(AllocationFactor.ASSESSMENT_SCORE, assessmentScore);
      }
      return values;
    }
  }

  /**
   * One township's factors.
   *
   * @param township the township
   * @param poorPopulation its registered poor population
   * @param keyVillages its key-support villages
   * @param focusTownship 1 when it is a focus township
   * @param assessmentScore its last assessment's score
   */
  public record TownshipFactorsRequest(
      long township,
      @Schema(nullable = true) BigDecimal poorPopulation,
      @Schema(nullable = true) BigDecimal keyVillages,
      @Schema(nullable = true) BigDecimal focusTownship,
      @Schema(nullable = true) BigDecimal assessmentScore) {
    static TownshipFactorsRequest read(JsonRequest r) {
      long township = r.requiredLong("township");
      Factors factors = Factors.read(r);
      return new TownshipFactorsRequest(
          township,
          factors.poorPopulation(),
          factors.keyVillages(),
          factors.focusTownship(),
          factors.assessmentScore());
    }

    Factors factors() {
      return new Factors(poorPopulation, keyVillages, focusTownship, assessmentScore);
    }
  }
}

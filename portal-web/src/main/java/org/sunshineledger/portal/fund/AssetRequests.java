package org.sunshineledger.portal.fund;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.CollectiveFund;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/**
 * The bodies the assets and distributions resources take, one record each: its components are the
 * fields allowed, and {@code read} refuses any other, or a missing or malformed one, naming it.
 */
final class AssetRequests {
  private AssetRequests() {}

  /**
   * An asset a project built, with its five rights.
   *
   * @param project the project that built it
   * @param name its name
   * @param value its value in yuan
   * @param ownership who owns it
   * @param incomeHolder who holds its income
   * @param beneficiaries who benefits
   * @param supervisor who supervises it
   * @param documentRef the acceptance document
   */
  public record AssetRequest(
      long project,
      String name,
      Money value,
      OwnershipRequest ownership,
      String incomeHolder,
      String beneficiaries,
      String supervisor,
      String documentRef) {
    static AssetRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, AssetRequest.class);
      OwnershipRequest ownership =
          r.optionalObject("ownership", OwnershipRequest.class)
              .map(OwnershipRequest::read)
              .orElseThrow(
                  () -> new InvalidRequestException("ownership", "field 'ownership' is required"));
      ownership.ownership(); // the domain's own checks of the owners, in the order of old
      String incomeHolder = r.requiredString("incomeHolder");
      String beneficiaries = r.requiredString("beneficiaries");
      String supervisor = r.requiredString("supervisor");
      long project = r.requiredLong("project");
      String name = r.requiredString("name");
      Money value = r.requiredMoney("value");
      return new AssetRequest(
          project,
          name,
          value,
          ownership,
          incomeHolder,
          beneficiaries,
          supervisor,
          r.requiredString("documentRef"));
    }

    AssetRights rights() {
      return new AssetRights(
          ownership.ownership(), Optional.empty(), incomeHolder, beneficiaries, supervisor);
    }
  }

  /**
   * Who owns an asset: one village's collective, villages jointly by shares, or one household.
   * Exactly one of the three is given; {@code shares} wins over {@code household} over {@code
   * village}.
   *
   * @param village the owning village
   * @param shares the villages' shares of a joint ownership
   * @param household the owning household
   */
  public record OwnershipRequest(
      @Schema(nullable = true, description = "村集体所有 — a village's collective") Long village,
      @Schema(nullable = true, description = "多村按股共有 — villages jointly by shares")
          List<ShareRequest> shares,
      @Schema(nullable = true, description = "农户所有 — one household") Long household) {
    static OwnershipRequest read(JsonRequest owner) {
      if (owner.has("shares")) {
        return new OwnershipRequest(
            null,
            owner.objectList("shares", ShareRequest.class, 50).stream()
                .map(ShareRequest::read)
                .toList(),
            null);
      }
      if (owner.has("household")) {
        return new OwnershipRequest(
            null, null, positive(owner.requiredLong("household"), "ownership.household"));
      }
      return new OwnershipRequest(
          positive(owner.requiredLong("village"), "ownership.village"), null, null);
    }

    Ownership ownership() {
      if (shares != null) {
        return new Ownership.Joint(
            shares.stream()
                .map(s -> new Ownership.Share(new VillageId(s.village()), s.share()))
                .toList());
      }
      if (household != null) {
        return new Ownership.Household(new HouseholdId(household));
      }
      return new Ownership.Collective(new VillageId(village));
    }
  }

  /**
   * One village's share of a joint ownership.
   *
   * @param village the village
   * @param share its share
   */
  public record ShareRequest(long village, BigDecimal share) {
    static ShareRequest read(JsonRequest s) {
      return new ShareRequest(
          positive(s.requiredLong("village"), "ownership.shares"), s.requiredDecimal("share"));
    }
  }

  /**
   * An asset handed over to its custodian.
   *
   * @param custodian who keeps it
   * @param personInCharge the person in charge
   * @param documentRef the hand-over document
   */
  public record HandoverRequest(String custodian, String personInCharge, String documentRef) {
    static HandoverRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, HandoverRequest.class);
      return new HandoverRequest(
          r.requiredString("custodian"),
          r.requiredString("personInCharge"),
          r.requiredString("documentRef"));
    }
  }

  /**
   * An asset's income of a period, distributed.
   *
   * @param asset the asset
   * @param periodFrom the period's first day
   * @param periodTo its last day
   * @param income the income in yuan
   * @param policy how it is shared, the district's rule when absent
   * @param beneficiaries the households it is shared among
   * @param documentRef the decision
   */
  public record DistributionRequest(
      long asset,
      LocalDate periodFrom,
      LocalDate periodTo,
      Money income,
      @Schema(nullable = true, description = "分配规则，缺省为区定规则 — default: the district's rule")
          DistributionPolicyRequest policy,
      @Schema(nullable = true, description = "缺省为空 — absent means none")
          List<BeneficiaryRequest> beneficiaries,
      String documentRef) {
    static DistributionRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, DistributionRequest.class);
      DistributionPolicyRequest policy =
          r.optionalObject("policy", DistributionPolicyRequest.class)
              .map(DistributionPolicyRequest::read)
              .orElse(null);
      List<BeneficiaryRequest> beneficiaries =
          r.objectList("beneficiaries", BeneficiaryRequest.class, 100_000).stream()
              .map(BeneficiaryRequest::read)
              .toList();
      long asset = r.requiredLong("asset");
      LocalDate from = r.requiredDate("periodFrom");
      LocalDate to = r.requiredDate("periodTo");
      new IncomePeriod(from, to); // a period ending before it starts is refused here, as before
      Money income = r.requiredMoney("income");
      return new DistributionRequest(
          asset, from, to, income, policy, beneficiaries, r.requiredString("documentRef"));
    }

    IncomePeriod period() {
      return new IncomePeriod(periodFrom, periodTo);
    }

    DistributionPolicy distributionPolicy() {
      return policy == null ? DistributionPolicy.DEMO : policy.policy();
    }

    List<Beneficiary> households() {
      return beneficiaries.stream().map(BeneficiaryRequest::beneficiary).toList();
    }
  }

  /**
   * How an income is shared: the collective's part, then weights for households.
   *
   * @param collectiveShare the collective's share
   * @param collectiveFund what the collective's part is for
   * @param noLabourWeight the weight of a household without labour
   * @param vulnerableMemberWeight the weight of each vulnerable member
   * @param workDayWeight the weight of each day worked
   */
  public record DistributionPolicyRequest(
      BigDecimal collectiveShare,
      CollectiveFund collectiveFund,
      BigDecimal noLabourWeight,
      BigDecimal vulnerableMemberWeight,
      BigDecimal workDayWeight) {
    static DistributionPolicyRequest read(JsonRequest p) {
      DistributionPolicyRequest request =
          new DistributionPolicyRequest(
              p.requiredDecimal("collectiveShare"),
              p.requiredEnum("collectiveFund", CollectiveFund.class),
              p.requiredDecimal("noLabourWeight"),
              p.requiredDecimal("vulnerableMemberWeight"),
              p.requiredDecimal("workDayWeight"));
      request.policy(); // the policy's own checks, before the rest of the body is read
      return request;
    }

    DistributionPolicy policy() {
      return new DistributionPolicy(
          collectiveShare, collectiveFund, noLabourWeight, vulnerableMemberWeight, workDayWeight);
    }
  }

  /**
   * A household an income is shared with.
   *
   * @param household the household
   * @param labourAble whether it has labour
   * @param vulnerableMembers its vulnerable members, 0 when absent
   * @param workDays the days it worked, 0 when absent
   */
  public record BeneficiaryRequest(
      long household,
      boolean labourAble,
      @Schema(nullable = true, description = "缺省为0 — default 0") Integer vulnerableMembers,
      @Schema(nullable = true, description = "缺省为0 — default 0") Integer workDays) {
    static BeneficiaryRequest read(JsonRequest b) {
      long household = b.requiredLong("household");
      if (household <= 0) {
        throw new InvalidRequestException("beneficiaries", "household ids are positive");
      }
      BeneficiaryRequest request =
          new BeneficiaryRequest(
              household,
              b.requiredBoolean("labourAble"),
              b.optionalInt("vulnerableMembers", 0, 50, 0),
              b.optionalInt("workDays", 0, 366, 0));
      request.beneficiary(); // the domain's own checks, item by item as before
      return request;
    }

    Beneficiary beneficiary() {
      return new Beneficiary(
          new HouseholdId(household),
          labourAble,
          vulnerableMembers == null ? 0 : vulnerableMembers,
          workDays == null ? 0 : workDays);
    }
  }

  private static long positive(long id, String field) {
    if (id <= 0) {
      throw new InvalidRequestException(field, "field '" + field + "' is a positive id");
    }
    return id;
  }
}

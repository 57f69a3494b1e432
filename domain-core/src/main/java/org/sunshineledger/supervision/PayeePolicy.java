package org.sunshineledger.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.income.Payout;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.HouseholdStatus;

/**
 * Payees who should not have been paid (§3, §13: "不帮一个不穷的"): a payout to a household not registered
 * in the asset's villages, or registered but not of the statuses an asset's income goes to in that
 * year; and one household paid twice for the same asset and period (优亲厚友 often showed so). The
 * statuses are data: the district's are 未脱贫 and 已脱贫享受政策.
 *
 * @param eligible the statuses a payee may have
 */
public record PayeePolicy(Set<HouseholdStatus> eligible) {
  /** Rule code of a payee not registered in the asset's villages. */
  public static final String OUTSIDE = "supervision.payee-outside-villages";

  /** Rule code of a payee whose status does not share in asset income. */
  public static final String NOT_ELIGIBLE = "supervision.payee-not-eligible";

  /** Rule code of a household paid twice for one asset and period. */
  public static final String PAID_TWICE = "supervision.paid-twice";

  /** The district's: households not yet lifted out, and lifted ones still under the policies. */
  public static final PayeePolicy DISTRICT =
      new PayeePolicy(EnumSet.of(HouseholdStatus.POOR, HouseholdStatus.LIFTED_WITH_POLICY));

  /**
   * Freezes the statuses.
   *
   * @param eligible the statuses, at least one
   */
  public PayeePolicy {
    if (eligible.isEmpty()) {
      throw new IllegalArgumentException("some status shares in asset income");
    }
    eligible = Set.copyOf(eligible);
  }

  /**
   * How the registry stands for a household in a distribution's year.
   *
   * @param household the household
   * @param village its village
   * @param status its status in the year
   */
  public record Standing(HouseholdId household, VillageId village, HouseholdStatus status) {
    /**
     * Validates the standing.
     *
     * @param household the household
     * @param village its village
     * @param status its status
     */
    public Standing {
      Objects.requireNonNull(household, "household");
      Objects.requireNonNull(village, "village");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * A distribution and the asset's place, as the checks read them.
   *
   * @param id the distribution
   * @param distribution its payouts and period
   * @param township the asset's township
   * @param villages the villages that own the asset
   */
  public record Paid(
      DistributionId id, Distribution distribution, TownshipId township, Set<VillageId> villages) {
    /**
     * Validates and freezes the villages.
     *
     * @param id the distribution
     * @param distribution its payouts
     * @param township the asset's township
     * @param villages the owning villages, at least one
     */
    public Paid {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(distribution, "distribution");
      Objects.requireNonNull(township, "township");
      if (villages.isEmpty()) {
        throw new IllegalArgumentException("an asset is owned by some village: " + id);
      }
      villages = Set.copyOf(villages);
    }

    private Optional<VillageId> answering() {
      return villages.size() == 1 ? Optional.of(villages.iterator().next()) : Optional.empty();
    }

    private String payout(HouseholdId household) {
      return "payout:" + id.value() + ":" + household.value();
    }
  }

  /**
   * Every payout of a distribution to a household not registered in the asset's villages, or not of
   * an eligible status in the distribution's year.
   *
   * @param paid the distribution
   * @param registry the registry's standing of a household in the distribution's year, empty when
   *     it is not registered
   * @return the findings, in the payouts' order
   */
  public List<Finding> check(Paid paid, Function<HouseholdId, Optional<Standing>> registry) {
    List<Finding> findings = new ArrayList<>();
    for (Payout payout : paid.distribution().payouts()) {
      Optional<Standing> standing = registry.apply(payout.household());
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("distribution", paid.id().value());
      figures.put("asset", paid.distribution().asset().value());
      figures.put("household", payout.household().value());
      figures.put("amount", payout.amount().toDecimal());
      if (standing.isEmpty() || !paid.villages().contains(standing.get().village())) {
        figures.put("registered", standing.isPresent());
        standing.ifPresent(s -> figures.put("village", s.village().value()));
        findings.add(finding(OUTSIDE, paid, payout.household(), figures));
      } else if (!eligible.contains(standing.get().status())) {
        figures.put("status", standing.get().status().name());
        findings.add(finding(NOT_ELIGIBLE, paid, payout.household(), figures));
      }
    }
    return findings;
  }

  /**
   * Every household paid twice from one asset for days that overlap: two payouts in one
   * distribution, or in two distributions whose periods overlap.
   *
   * @param ofOneAsset the asset's distributions, in any order; distributions of several assets are
   *     compared asset by asset
   * @return one finding per household and pair of distributions, the earlier distribution first
   */
  public List<Finding> paidTwice(List<Paid> ofOneAsset) {
    Map<Long, List<Paid>> byAsset = new java.util.TreeMap<>();
    ofOneAsset.forEach(
        p ->
            byAsset
                .computeIfAbsent(p.distribution().asset().value(), a -> new ArrayList<>())
                .add(p));
    if (byAsset.size() > 1) {
      // two assets never pay "twice": each asset's distributions are compared among themselves
      List<Finding> findings = new ArrayList<>();
      byAsset.values().forEach(one -> findings.addAll(paidTwice(one)));
      return findings;
    }
    List<Paid> byStart = new ArrayList<>(ofOneAsset);
    byStart.sort(
        Comparator.comparing((Paid p) -> p.distribution().period().from())
            .thenComparing(p -> p.id().value()));
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < byStart.size(); i++) {
      Paid first = byStart.get(i);
      Map<HouseholdId, Integer> times = new HashMap<>();
      first.distribution().payouts().forEach(p -> times.merge(p.household(), 1, Integer::sum));
      times.forEach(
          (household, count) -> {
            if (count > 1) {
              findings.add(twice(first, first, household));
            }
          });
      for (int j = i + 1; j < byStart.size(); j++) {
        Paid second = byStart.get(j);
        if (second.distribution().period().from().isAfter(first.distribution().period().to())) {
          break;
        }
        second.distribution().payouts().stream()
            .map(Payout::household)
            .distinct()
            .filter(times::containsKey)
            .forEach(household -> findings.add(twice(first, second, household)));
      }
    }
    return findings;
  }

  private static Finding twice(Paid first, Paid second, HouseholdId household) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("asset", first.distribution().asset().value());
    figures.put("household", household.value());
    figures.put("first", first.id().value());
    figures.put(
        "firstPeriod",
        first.distribution().period().from() + "/" + first.distribution().period().to());
    figures.put("second", second.id().value());
    figures.put(
        "secondPeriod",
        second.distribution().period().from() + "/" + second.distribution().period().to());
    return new Finding(
        PAID_TWICE,
        "paid-twice:" + household.value() + ":" + first.id().value() + ":" + second.id().value(),
        Optional.of(second.township()),
        second.answering(),
        figures);
  }

  private static Finding finding(
      String rule, Paid paid, HouseholdId household, Map<String, Object> figures) {
    return new Finding(
        rule, paid.payout(household), Optional.of(paid.township()), paid.answering(), figures);
  }
}

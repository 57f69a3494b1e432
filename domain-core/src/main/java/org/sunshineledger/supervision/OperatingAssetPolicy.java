package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetStatus;
import org.sunshineledger.asset.OperatingContract;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * Operating assets not at work (经营性资产未发挥效益, §12, §17): an asset built by an income-earning project
 * ({@link ProjectType#operating()}), handed over and in use, that has had no operator under a
 * contract (经营权未发包) for some days after its hand-over or after its last contract ended, or that has
 * recorded no income (无收益) for some days since the last income period distributed, or since the
 * hand-over when none was. The district's defaults are ninety days to find an operator, a quarter,
 * and a year of income, the period most assets distribute over.
 *
 * <p>An asset not handed over is the hand-over rule's ({@link HandOverPolicy}); an idle or disposed
 * one is recorded as such already. The caller passes the township and the village that answer for
 * the asset: the village of a collective asset, none below the township for a joint one.
 *
 * @param contractDays how many days an operating asset may wait for an operator under contract
 * @param incomeDays how many days an operating asset may go without income
 */
public record OperatingAssetPolicy(int contractDays, int incomeDays) {
  /** Rule code of an operating asset with no operating contract. */
  public static final String NO_CONTRACT = "supervision.asset-no-contract";

  /** Rule code of an operating asset with no income. */
  public static final String NO_INCOME = "supervision.asset-no-income";

  /** The district's default: ninety days to contract, a year of income. */
  public static final OperatingAssetPolicy DISTRICT = new OperatingAssetPolicy(90, 365);

  /**
   * Validates the days.
   *
   * @param contractDays how many days the contract may wait, positive
   * @param incomeDays how many days the income may wait, positive
   */
  public OperatingAssetPolicy {
    if (contractDays <= 0) {
      throw new IllegalArgumentException(
          "an operating asset waits a positive number of days for its contract (contractDays): "
              + contractDays);
    }
    if (incomeDays <= 0) {
      throw new IllegalArgumentException(
          "an operating asset waits a positive number of days for its income (incomeDays): "
              + incomeDays);
    }
  }

  /**
   * An operating asset in use with no operating contract, or whose contract ended (its last day
   * before today), more than {@link #contractDays} after its hand-over, or after the contract's end
   * when that is later.
   *
   * @param asset the asset as it stands
   * @param type the type of the project that formed it
   * @param township the township that answers for the asset
   * @param village the village that answers for it, empty for a joint asset
   * @param today the day of the check
   * @return the finding, or empty when the asset is not operating, not handed over, not in use,
   *     under a contract, or not yet overdue
   */
  public Optional<Finding> checkContract(
      Asset asset,
      ProjectType type,
      TownshipId township,
      Optional<VillageId> village,
      LocalDate today) {
    Optional<LocalDate> handedOverOn = operatingInUse(asset, type);
    Optional<OperatingContract> contract = asset.rights().operation();
    if (handedOverOn.isEmpty() || contract.filter(c -> !c.to().isBefore(today)).isPresent()) {
      return Optional.empty();
    }
    LocalDate since =
        contract
            .map(OperatingContract::to)
            .filter(ended -> ended.isAfter(handedOverOn.get()))
            .orElse(handedOverOn.get());
    LocalDate due = since.plusDays(contractDays);
    if (!today.isAfter(due)) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("asset", asset.id().value());
    figures.put("handedOverOn", handedOverOn.get());
    contract.ifPresent(
        ended -> {
          figures.put("contract", ended.contractRef());
          figures.put("contractEndedOn", ended.to());
        });
    figures.put("dueOn", due);
    figures.put("daysLate", Supervision.daysLate(due, today));
    return Optional.of(finding(NO_CONTRACT, asset, township, village, figures));
  }

  /**
   * An operating asset in use with no income recorded for more than {@link #incomeDays}: since the
   * last day of the last income period distributed, or since the hand-over when none was or when
   * that period ended before it.
   *
   * @param asset the asset as it stands
   * @param type the type of the project that formed it
   * @param incomeUntil the last day of the last income period distributed for the asset, empty when
   *     none was
   * @param township the township that answers for the asset
   * @param village the village that answers for it, empty for a joint asset
   * @param today the day of the check
   * @return the finding, or empty when the asset is not operating, not handed over, not in use, or
   *     not yet overdue
   */
  public Optional<Finding> checkIncome(
      Asset asset,
      ProjectType type,
      Optional<LocalDate> incomeUntil,
      TownshipId township,
      Optional<VillageId> village,
      LocalDate today) {
    Optional<LocalDate> handedOverOn = operatingInUse(asset, type);
    if (handedOverOn.isEmpty()) {
      return Optional.empty();
    }
    LocalDate since =
        incomeUntil.filter(until -> until.isAfter(handedOverOn.get())).orElse(handedOverOn.get());
    LocalDate due = since.plusDays(incomeDays);
    if (!today.isAfter(due)) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("asset", asset.id().value());
    figures.put("handedOverOn", handedOverOn.get());
    incomeUntil.ifPresent(until -> figures.put("incomeUntil", until));
    figures.put("dueOn", due);
    figures.put("daysLate", Supervision.daysLate(due, today));
    return Optional.of(finding(NO_INCOME, asset, township, village, figures));
  }

  private static Optional<LocalDate> operatingInUse(Asset asset, ProjectType type) {
    if (!type.operating() || !asset.handedOver() || asset.status() != AssetStatus.IN_USE) {
      return Optional.empty();
    }
    return Supervision.handedOverOn(asset);
  }

  private static Finding finding(
      String rule,
      Asset asset,
      TownshipId township,
      Optional<VillageId> village,
      Map<String, Object> figures) {
    return new Finding(
        rule, "asset:" + asset.id().value(), Optional.of(township), village, figures);
  }
}

package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionId;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * Income distributed late (收益分配不及时, §13, §17): an asset's income for a period whose distribution
 * was decided more than some days after the period ended, while the households waited for it. The
 * district's default is ninety days, a quarter to count the income and decide its split. An income
 * never distributed at all is the operating-asset rule's ({@link OperatingAssetPolicy#NO_INCOME}).
 *
 * @param days how many days after its period's end an income may wait for its distribution
 */
public record IncomeDistributionPolicy(int days) {
  /** Rule code. */
  public static final String RULE = "supervision.income-distributed-late";

  /** The district's default: ninety days. */
  public static final IncomeDistributionPolicy DISTRICT = new IncomeDistributionPolicy(90);

  /**
   * Validates the days.
   *
   * @param days how many days the distribution may wait, positive
   */
  public IncomeDistributionPolicy {
    if (days <= 0) {
      throw new IllegalArgumentException(
          "a distribution waits a positive number of days after its period (days): " + days);
    }
  }

  /**
   * A distribution decided more than {@link #days} after the last day of its period.
   *
   * @param id the distribution's id
   * @param distribution the distribution
   * @param decidedOn the day it was decided
   * @param township the township that answers for the asset
   * @param village the village that answers for it, empty for a joint asset
   * @return the finding, or empty when decided in time
   */
  public Optional<Finding> check(
      DistributionId id,
      Distribution distribution,
      LocalDate decidedOn,
      TownshipId township,
      Optional<VillageId> village) {
    Objects.requireNonNull(id, "id");
    LocalDate due = distribution.period().to().plusDays(days);
    if (!decidedOn.isAfter(due)) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("distribution", id.value());
    figures.put("asset", distribution.asset().value());
    figures.put("period", distribution.period().from() + "/" + distribution.period().to());
    figures.put("dueOn", due);
    figures.put("decidedOn", decidedOn);
    figures.put("daysLate", Supervision.daysLate(due, decidedOn));
    return Optional.of(
        new Finding(RULE, "distribution:" + id.value(), Optional.of(township), village, figures));
  }
}

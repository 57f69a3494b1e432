package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.charity.Need;
import org.sunshineledger.charity.Pledge;

/**
 * Pledges delivered and not received (物资送达未签收, §14): a pledge on the charity board that the donor
 * marked delivered and the village has not confirmed receiving for the beneficiary some days later.
 * Either the goods did not arrive or the receipt was not recorded; both are to verify. The
 * district's default is fourteen days. The finding names the pledge and the need, never the donor.
 *
 * @param days how many days after delivery the receipt may wait
 */
public record PledgeReceiptPolicy(int days) {
  /** Rule code. */
  public static final String RULE = "supervision.pledge-not-received";

  /** The district's default: fourteen days. */
  public static final PledgeReceiptPolicy DISTRICT = new PledgeReceiptPolicy(14);

  /**
   * Validates the days.
   *
   * @param days how many days the receipt may wait, positive
   */
  public PledgeReceiptPolicy {
    if (days <= 0) {
      throw new IllegalArgumentException(
          "a receipt waits a positive number of days after delivery (days): " + days);
    }
  }

  /**
   * A pledge still delivered and not received more than {@link #days} after its delivery.
   *
   * @param pledge the pledge as it stands
   * @param need the need it was pledged to, whose village answers for the receipt
   * @param deliveredOn the day it was delivered
   * @param today the day of the check
   * @return the finding, or empty when not delivered, received, or not yet overdue
   * @throws IllegalArgumentException when the need is not the pledge's
   */
  public Optional<Finding> check(Pledge pledge, Need need, LocalDate deliveredOn, LocalDate today) {
    if (pledge.need() != need.id()) {
      throw new IllegalArgumentException(
          "pledge " + pledge.id() + " is to need " + pledge.need() + ", not " + need.id());
    }
    LocalDate due = deliveredOn.plusDays(days);
    if (pledge.state() != Pledge.State.DELIVERED || !today.isAfter(due)) {
      return Optional.empty();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("pledge", pledge.id());
    figures.put("need", need.id());
    figures.put("units", pledge.units());
    figures.put("deliveredOn", deliveredOn);
    figures.put("dueOn", due);
    figures.put("daysLate", Supervision.daysLate(due, today));
    return Optional.of(
        new Finding(
            RULE,
            "pledge:" + pledge.id(),
            Optional.of(need.township()),
            Optional.of(need.village()),
            figures));
  }
}

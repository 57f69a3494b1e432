package org.sunshineledger.charity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.TownshipId;

/**
 * A donation with units still unassigned, as unified matching sees it.
 *
 * @param id the donation's id
 * @param category what it gives (goods of a category, or cash in fen)
 * @param remaining units not yet pledged
 * @param township the township the donor restricted it to, or null for anywhere
 * @param receivedAt when it came in
 */
public record PooledDonation(
    long id, NeedCategory category, long remaining, TownshipId township, Instant receivedAt) {
  /**
   * Validates the donation.
   *
   * @param id the donation's id
   * @param category what it gives (goods of a category, or cash in fen)
   * @param remaining units not yet pledged
   * @param township the township the donor restricted it to, or null for anywhere
   * @param receivedAt when it came in
   */
  public PooledDonation {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (remaining <= 0) {
      throw new DomainException(
          "charity.donation-figures",
          "a pooled donation has units remaining",
          Map.of("donation", id));
    }
  }

  /**
   * Whether its restriction allows a need.
   *
   * @param need the need
   * @return true when the category matches and the township, if restricted, too
   */
  public boolean allows(OpenNeed need) {
    return need.category() == category && (township == null || township.equals(need.township()));
  }
}

package org.sunshineledger.portal.fund;

import java.time.Instant;
import java.time.LocalDate;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.DistrictClock;

/** What the fund chain's services share: a command's day in the district and a refusal. */
final class FundChainWrites {
  private FundChainWrites() {}

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, DistrictClock.ZONE);
  }

  static void deny(Actor actor, String what) {
    throw new AccessDeniedException(actor.username() + " may not " + what);
  }
}

package org.sunshineledger.portal.shared;

import java.time.ZoneId;

/** The district's time: what day an event happened on, and when a deadline falls. */
public final class DistrictClock {
  /** The district's time zone, in which days and deadlines are counted. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private DistrictClock() {}
}

package org.sunshineledger.portal.account;

import org.sunshineledger.region.District;

/**
 * The district's places, as the account room needs them to check an appointment's township and
 * village. The place room implements it: it already uses this room (for the caller of a request),
 * so this room asks through the interface rather than depending back on it.
 */
public interface DistrictPlaces {
  /**
   * The district with its townships and villages.
   *
   * @return the district
   */
  District district();
}

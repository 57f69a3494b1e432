package org.sunshineledger.portal.place;

import java.util.Map;
import java.util.Optional;
import org.sunshineledger.region.District;
import org.sunshineledger.region.VillageContact;
import org.sunshineledger.region.VillageId;

/**
 * The district's places as stored, with the public contacts villages have recorded.
 *
 * @param district the district with its townships and villages
 * @param contacts the contacts recorded so far, by village
 */
public record Places(District district, Map<VillageId, VillageContact> contacts) {
  /** Freezes the contacts. */
  public Places {
    contacts = Map.copyOf(contacts);
  }

  /**
   * The public contact of a village.
   *
   * @param village the village
   * @return its contact, or empty when none was recorded
   */
  public Optional<VillageContact> contactOf(VillageId village) {
    return Optional.ofNullable(contacts.get(village));
  }
}

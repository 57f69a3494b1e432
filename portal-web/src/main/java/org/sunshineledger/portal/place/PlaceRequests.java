package org.sunshineledger.portal.place;

import jakarta.json.JsonValue;
import org.sunshineledger.portal.http.JsonRequest;
import org.sunshineledger.region.VillageContact;

/**
 * The bodies the regions resource takes, one record each: its components are the fields allowed,
 * and {@code read} refuses any other, or a missing or malformed one, naming it.
 */
final class PlaceRequests {
  private PlaceRequests() {}

  /**
   * A village's public contact.
   *
   * @param complaintPhone the local complaint telephone
   * @param noticeBoardLocation where the village's notice board stands
   */
  public record VillageContactRequest(String complaintPhone, String noticeBoardLocation) {
    static VillageContactRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, VillageContactRequest.class);
      return new VillageContactRequest(
          r.requiredString("complaintPhone"), r.requiredString("noticeBoardLocation"));
    }

    VillageContact contact() {
      return new VillageContact(complaintPhone, noticeBoardLocation);
    }
  }
}

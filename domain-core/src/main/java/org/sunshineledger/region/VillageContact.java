package org.sunshineledger.region;

import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/**
 * The public contact of a village (村务公开联系方式): the local complaint telephone and where its notice
 * board (公示栏) stands. Both are printed on every notice the village publishes, beside the 12317
 * hotline.
 *
 * @param complaintPhone the local complaint telephone, digits with an optional area-code hyphen
 * @param noticeBoardLocation where the notice board stands, for example 村委会大院东墙
 */
public record VillageContact(String complaintPhone, String noticeBoardLocation) {
  /** The longest notice-board location accepted, in characters. */
  public static final int MAX_LOCATION_LENGTH = 100;

  /**
   * Validates the contact.
   *
   * @param complaintPhone the local complaint telephone, digits with an optional area-code hyphen
   * @param noticeBoardLocation where the notice board stands, for example 村委会大院东墙
   * @throws DomainException {@code region.contact.phone} or {@code region.contact.notice-board}
   *     naming the field that is wrong
   */
  public VillageContact {
    if (complaintPhone == null || !complaintPhone.matches("\\d{3,4}-?\\d{5,8}|1\\d{10}|\\d{5}")) {
      throw new DomainException(
          "region.contact.phone",
          "complaintPhone must be a telephone number such as 0632-7711234",
          Map.of("field", "complaintPhone"));
    }
    if (noticeBoardLocation == null
        || noticeBoardLocation.isBlank()
        || noticeBoardLocation.length() > MAX_LOCATION_LENGTH) {
      throw new DomainException(
          "region.contact.notice-board",
          "noticeBoardLocation must have 1 to " + MAX_LOCATION_LENGTH + " characters",
          Map.of("field", "noticeBoardLocation", "maxLength", MAX_LOCATION_LENGTH));
    }
    noticeBoardLocation = noticeBoardLocation.strip();
  }
}

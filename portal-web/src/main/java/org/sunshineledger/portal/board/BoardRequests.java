package org.sunshineledger.portal.board;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.http.JsonRequest;

/**
 * The bodies the board resource takes, one record each: its components are the fields allowed, and
 * reading refuses any other, or a missing or malformed one, naming it. A receipt opens the body
 * first, then reads the pledge's id from the path, then the fields (as {@code from}), so that its
 * mistakes are reported in that order.
 */
final class BoardRequests {
  private BoardRequests() {}

  /**
   * A need the village posts.
   *
   * @param village the beneficiary's village
   * @param household the household, none for a village need
   * @param category the category
   * @param item the item
   * @param quantity the units asked (fen for cash)
   * @param unitPrice the price of a unit in yuan (one fen for cash)
   * @param urgency 1 to 5
   * @param deadline when it is needed by
   */
  public record NeedRequest(
      long village,
      @Schema(nullable = true, description = "缺省为全村需求 — absent for a village need") Long household,
      NeedCategory category,
      String item,
      long quantity,
      Money unitPrice,
      int urgency,
      LocalDate deadline) {
    static NeedRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, NeedRequest.class);
      return new NeedRequest(
          r.requiredLong("village"),
          r.has("household") ? r.requiredLong("household") : null,
          r.requiredEnum("category", NeedCategory.class),
          r.requiredString("item"),
          r.requiredLong("quantity"),
          r.requiredMoney("unitPrice"),
          r.requiredInt("urgency", 1, 5),
          r.requiredDate("deadline"));
    }
  }

  /**
   * A donor's gift of money (in fen) or goods.
   *
   * @param donorKind the donor's kind
   * @param donorName the name shown, unless anonymous
   * @param anonymous whether the public sees it as anonymous
   * @param category money (CASH, in fen) or goods of a category
   * @param units the units given
   * @param township a township to restrict it to
   */
  public record DonationRequest(
      DonorKind donorKind,
      String donorName,
      @Schema(nullable = true, description = "缺省为否 — default: false") Boolean anonymous,
      NeedCategory category,
      long units,
      @Schema(nullable = true, description = "缺省为不限镇街 — default: any township") Long township) {
    static DonationRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, DonationRequest.class);
      return new DonationRequest(
          r.requiredEnum("donorKind", DonorKind.class),
          r.requiredString("donorName"),
          r.has("anonymous") ? r.requiredBoolean("anonymous") : null,
          r.requiredEnum("category", NeedCategory.class),
          r.requiredLong("units"),
          r.has("township") ? r.requiredLong("township") : null);
    }

    boolean givenAnonymously() {
      return anonymous != null && anonymous;
    }
  }

  /**
   * Part of a donation pledged to part of a need.
   *
   * @param donation the donation
   * @param need the need
   * @param units the units
   */
  public record PledgeRequest(long donation, long need, long units) {
    static PledgeRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, PledgeRequest.class);
      return new PledgeRequest(
          r.requiredLong("donation"), r.requiredLong("need"), r.requiredLong("units"));
    }
  }

  /**
   * The village's confirmation that the beneficiary received a pledge.
   *
   * @param code the one-time code the beneficiary shows
   */
  public record PledgeReceiptRequest(String code) {
    static PledgeReceiptRequest from(JsonRequest r) {
      return new PledgeReceiptRequest(r.requiredString("code"));
    }
  }
}

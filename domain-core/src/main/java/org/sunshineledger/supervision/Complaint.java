package org.sunshineledger.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * A complaint from anyone (举报, §17: 快查、快办、快结): the place, the category and what happened, and an
 * optional way to reach the complainant. It becomes a lead of the rectification ledger; the lead
 * carries what happened and where, never who complained or how to reach them — that stays with the
 * complaint, for the auditors alone.
 *
 * @param id the complaint's number
 * @param township the township complained about
 * @param village the village, when the complaint names one
 * @param category what it is about
 * @param account what happened, as the complainant wrote it
 * @param contact how to reach the complainant, empty for an anonymous complaint
 * @param filedAt when it was filed
 */
public record Complaint(
    long id,
    TownshipId township,
    Optional<VillageId> village,
    ComplaintCategory category,
    String account,
    Optional<String> contact,
    Instant filedAt) {
  /** Rule code of the leads complaints open. */
  public static final String RULE = "supervision.complaint";

  /** The shortest account of what happened that can be checked, in characters. */
  public static final int MIN_ACCOUNT = 10;

  /**
   * The longest account, in characters (UTF-16 units, as the database counts them), so that the
   * lead's figures, escaped, stay within their column.
   */
  public static final int MAX_ACCOUNT = 1500;

  /** The longest contact, in characters. */
  public static final int MAX_CONTACT = 100;

  /**
   * Validates the complaint.
   *
   * @param id the complaint's number
   * @param township the township complained about
   * @param village the village, when the complaint names one
   * @param category what it is about
   * @param account what happened
   * @param contact how to reach the complainant
   * @param filedAt when it was filed
   */
  public Complaint {
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(village, "village");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(filedAt, "filedAt");
    account = account(account);
    contact = contact.map(Complaint::contact).filter(c -> !c.isEmpty());
  }

  /**
   * An account of what happened as a complaint keeps it: stripped, without control characters but
   * line breaks and tabs, {@value #MIN_ACCOUNT} to {@value #MAX_ACCOUNT} characters.
   *
   * @param account the account as typed
   * @return the account as kept
   * @throws DomainException {@code supervision.complaint-account} naming the length
   */
  public static String account(String account) {
    String kept = account == null ? "" : account.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    int length = kept.length();
    if (length < MIN_ACCOUNT || length > MAX_ACCOUNT) {
      throw new DomainException(
          "supervision.complaint-account",
          "a complaint says what happened in "
              + MIN_ACCOUNT
              + " to "
              + MAX_ACCOUNT
              + " characters, not "
              + length,
          Map.of("minimum", MIN_ACCOUNT, "maximum", MAX_ACCOUNT, "given", length));
    }
    return kept;
  }

  /**
   * A contact as a complaint keeps it: stripped, at most {@value #MAX_CONTACT} characters.
   *
   * @param contact the contact as typed, null for none
   * @return the contact as kept, empty for none
   * @throws DomainException {@code supervision.complaint-contact} naming the length
   */
  public static String contact(String contact) {
    String kept = contact == null ? "" : contact.replaceAll("[\\p{Cntrl}]", "").strip();
    if (kept.length() > MAX_CONTACT) {
      throw new DomainException(
          "supervision.complaint-contact",
          "a complaint's contact is at most " + MAX_CONTACT + " characters, not " + kept.length(),
          Map.of("maximum", MAX_CONTACT, "given", kept.length()));
    }
    return kept;
  }

  /**
   * The complaint without its contact, which is never printed.
   *
   * @return the complaint's number, place and category
   */
  @Override
  public String toString() {
    return "Complaint[id="
        + id
        + ", township="
        + township.value()
        + ", village="
        + village.map(VillageId::value).map(String::valueOf).orElse("")
        + ", category="
        + category
        + ", contact="
        + (contact.isPresent() ? "given" : "none")
        + "]";
  }

  /**
   * A complaint about a place of the district, checked against its map: the village, if named,
   * belongs to the township.
   *
   * @param id the complaint's number
   * @param district the district
   * @param township the township complained about
   * @param village the village, when the complaint names one
   * @param category what it is about
   * @param account what happened
   * @param contact how to reach the complainant, null or blank for none
   * @param filedAt when
   * @return the complaint
   * @throws DomainException {@code supervision.complaint-place} when the place is not the
   *     district's, or the village is another township's
   */
  public static Complaint about(
      long id,
      District district,
      TownshipId township,
      Optional<VillageId> village,
      ComplaintCategory category,
      String account,
      String contact,
      Instant filedAt) {
    if (district.township(township).isEmpty()) {
      throw new DomainException(
          "supervision.complaint-place",
          "township " + township.value() + " is not the district's",
          Map.of("township", township.value()));
    }
    if (village.isPresent()
        && !district.village(village.get()).map(Village::township).equals(Optional.of(township))) {
      throw new DomainException(
          "supervision.complaint-place",
          "village " + village.get().value() + " is not in township " + township.value(),
          Map.of("township", township.value(), "village", village.get().value()));
    }
    return new Complaint(
        id, township, village, category, account, Optional.ofNullable(contact), filedAt);
  }

  /**
   * The lead the complaint opens: what happened and where, without the complainant.
   *
   * @return the finding
   */
  public Finding finding() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("complaint", id);
    figures.put("category", category.chineseName());
    figures.put("filedOn", LocalDate.ofInstant(filedAt, Supervision.DISTRICT_ZONE));
    figures.put("account", account);
    return new Finding(RULE, "complaint:" + id, Optional.of(township), village, figures);
  }
}

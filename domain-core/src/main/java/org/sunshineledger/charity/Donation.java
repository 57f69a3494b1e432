package org.sunshineledger.charity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.TownshipId;

/**
 * A donation (捐赠) of money (units in fen) or goods of a category, from an enterprise, an SOE, a
 * person, a volunteer team or a charity; optionally restricted to a township; optionally anonymous
 * in public. What it pledges never exceeds what it gave.
 */
public final class Donation {
  private final long id;
  private final DonorKind donorKind;
  private final String donorName;
  private final boolean anonymous;
  private final NeedCategory category;
  private final long donated;
  private final TownshipId township;
  private final Instant receivedAt;
  private long pledged;

  /**
   * A donation as given or stored.
   *
   * @param id id
   * @param donorKind who gives
   * @param donorName the donor's name
   * @param anonymous whether the public sees it as anonymous
   * @param category what it gives
   * @param donated units given
   * @param township the township it is restricted to, or null
   * @param receivedAt when it came in
   * @param pledged units already pledged and not returned
   */
  public Donation(
      long id,
      DonorKind donorKind,
      String donorName,
      boolean anonymous,
      NeedCategory category,
      long donated,
      TownshipId township,
      Instant receivedAt,
      long pledged) {
    this.id = id;
    this.donorKind = Objects.requireNonNull(donorKind, "donorKind");
    this.donorName = Objects.requireNonNull(donorName, "donorName");
    this.anonymous = anonymous;
    this.category = Objects.requireNonNull(category, "category");
    this.donated = donated;
    this.township = township;
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.pledged = pledged;
    if (donated <= 0 || pledged < 0 || pledged > donated) {
      throw new DomainException(
          "charity.donation-figures",
          "donation " + id + ": donated " + donated + ", pledged " + pledged,
          Map.of("field", "units", "donated", donated));
    }
  }

  /**
   * Reserves units for a pledge to a need the donation may serve.
   *
   * @param need the need
   * @param units the units
   * @throws DomainException {@code charity.over-spend} naming the units left, {@code
   *     charity.restriction} when the need is outside the donation's category or township
   */
  public void reserveFor(Need need, long units) {
    if (need.category() != category || (township != null && !township.equals(need.township()))) {
      throw new DomainException(
          "charity.restriction",
          "donation "
              + id
              + " is for "
              + category
              + (township == null ? "" : " in township " + township.value()),
          Map.of("donation", id, "need", need.id()));
    }
    if (units <= 0 || units > remaining()) {
      throw new DomainException(
          "charity.over-spend",
          "donation " + id + " has " + remaining() + " units left; " + units + " were asked for",
          Map.of("donation", id, "remaining", remaining(), "requested", units));
    }
    pledged += units;
  }

  /**
   * Returns the units of a cancelled or expired pledge.
   *
   * @param units the units
   */
  public void release(long units) {
    if (units <= 0 || units > pledged) {
      throw new DomainException(
          "charity.release",
          "donation " + id + " cannot return " + units + " units",
          Map.of("donation", id));
    }
    pledged -= units;
  }

  /**
   * Units not yet pledged.
   *
   * @return donated less pledged
   */
  public long remaining() {
    return donated - pledged;
  }

  /**
   * The name the public sees.
   *
   * @return the donor's name, or 爱心人士 for an anonymous donation
   */
  public String publicName() {
    return anonymous ? "爱心人士（匿名）" : donorName;
  }

  /**
   * The donation as unified matching sees it.
   *
   * @return the pooled view
   */
  public PooledDonation pooled() {
    return new PooledDonation(id, category, remaining(), township, receivedAt);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the donor's kind.
   *
   * @return the kind
   */
  public DonorKind donorKind() {
    return donorKind;
  }

  /**
   * Returns the donor's name (not for the public when anonymous).
   *
   * @return the name
   */
  public String donorName() {
    return donorName;
  }

  /**
   * Whether the donation is anonymous in public.
   *
   * @return true when anonymous
   */
  public boolean anonymous() {
    return anonymous;
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public NeedCategory category() {
    return category;
  }

  /**
   * Returns the units given.
   *
   * @return the units
   */
  public long donated() {
    return donated;
  }

  /**
   * Returns the township restriction.
   *
   * @return the township, or null
   */
  public TownshipId township() {
    return township;
  }

  /**
   * Returns the units pledged.
   *
   * @return the units
   */
  public long pledged() {
    return pledged;
  }

  /**
   * Returns when it came in.
   *
   * @return the time
   */
  public Instant receivedAt() {
    return receivedAt;
  }
}

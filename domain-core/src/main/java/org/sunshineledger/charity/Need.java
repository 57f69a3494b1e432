package org.sunshineledger.charity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/**
 * A need on the board (帮扶需求): posted by the village, verified by the township, and only then
 * visible; pledges reserve its units, receipts fill it, and it closes when all it asked for has
 * been received. Its pledged-and-not-returned units never exceed what it asked for.
 */
public final class Need {
  /** Where a need stands. */
  public enum State {
    /** 村已发布，待镇核实. */
    POSTED,
    /** 镇已核实，在众筹板公开. */
    VERIFIED,
    /** 已全部收到. */
    CLOSED,
    /** 已撤销. */
    CANCELLED
  }

  private final long id;
  private final VillageId village;
  private final TownshipId township;
  private final HouseholdId household;
  private final NeedCategory category;
  private final String item;
  private final long requested;
  private final Money unitPrice;
  private final int urgency;
  private final LocalDate deadline;
  private final String postedBy;
  private final Instant postedAt;
  private State state;
  private String verifiedBy;
  private Instant verifiedAt;
  private long pledged;
  private long received;

  /**
   * A need as posted or stored.
   *
   * @param id id
   * @param village the beneficiary's village
   * @param township its township
   * @param household the household, or null for a village need
   * @param category what is needed
   * @param item the item, for example 棉被
   * @param requested units asked for (fen for cash)
   * @param unitPrice the price of one unit (one fen for cash)
   * @param urgency 1 to 5
   * @param deadline when it is needed by
   * @param postedBy who posted it
   * @param postedAt when
   * @param state where it stands
   * @param verifiedBy who verified it, or null
   * @param verifiedAt when, or null
   * @param pledged units pledged and not returned
   * @param received units received
   */
  public Need(
      long id,
      VillageId village,
      TownshipId township,
      HouseholdId household,
      NeedCategory category,
      String item,
      long requested,
      Money unitPrice,
      int urgency,
      LocalDate deadline,
      String postedBy,
      Instant postedAt,
      State state,
      String verifiedBy,
      Instant verifiedAt,
      long pledged,
      long received) {
    this.id = id;
    this.village = Objects.requireNonNull(village, "village");
    this.township = Objects.requireNonNull(township, "township");
    this.household = household;
    this.category = Objects.requireNonNull(category, "category");
    this.item = Objects.requireNonNull(item, "item");
    this.requested = requested;
    this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
    this.urgency = urgency;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.postedBy = Objects.requireNonNull(postedBy, "postedBy");
    this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    this.state = Objects.requireNonNull(state, "state");
    this.verifiedBy = verifiedBy;
    this.verifiedAt = verifiedAt;
    this.pledged = pledged;
    this.received = received;
    if (requested <= 0
        || urgency < 1
        || urgency > 5
        || pledged < 0
        || received < 0
        || pledged > requested
        || received > pledged) {
      throw new DomainException(
          "charity.need-figures",
          "need "
              + id
              + ": requested "
              + requested
              + ", pledged "
              + pledged
              + ", received "
              + received
              + ", urgency "
              + urgency,
          Map.of("field", "quantity", "requested", requested, "urgency", urgency));
    }
  }

  /**
   * The township verifies the need; from now on it is on the board.
   *
   * @param by who verified it
   * @param at when
   */
  public void verify(String by, Instant at) {
    require(State.POSTED, "verify");
    state = State.VERIFIED;
    verifiedBy = Objects.requireNonNull(by, "by");
    verifiedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Reserves units for a pledge.
   *
   * @param units the units, positive
   * @throws DomainException {@code charity.over-pledge} naming the units still open
   */
  public void reserve(long units) {
    require(State.VERIFIED, "take pledges");
    if (units <= 0 || units > remaining()) {
      throw new DomainException(
          "charity.over-pledge",
          "need " + id + " has " + remaining() + " units still open; " + units + " were pledged",
          Map.of("need", id, "remaining", remaining(), "requested", units));
    }
    pledged += units;
  }

  /**
   * Returns units of a cancelled or expired pledge.
   *
   * @param units the units
   */
  public void release(long units) {
    if (units <= 0 || units > pledged - received) {
      throw new DomainException(
          "charity.release",
          "need " + id + " cannot return " + units + " units",
          Map.of("need", id, "units", units));
    }
    pledged -= units;
  }

  /**
   * Records the receipt of a pledge's units; the need closes when all it asked for is received.
   *
   * @param units the units received
   */
  public void receive(long units) {
    if (units <= 0 || received + units > pledged) {
      throw new DomainException(
          "charity.receive",
          "need " + id + " cannot receive " + units + " units",
          Map.of("need", id, "units", units));
    }
    received += units;
    if (received == requested) {
      state = State.CLOSED;
    }
  }

  private void require(State required, String what) {
    if (state != required) {
      throw new DomainException(
          "charity.need-state",
          "need " + id + " is " + state + " and cannot " + what,
          Map.of("need", id, "state", state.name()));
    }
  }

  /**
   * Units still open for pledges.
   *
   * @return requested less pledged
   */
  public long remaining() {
    return requested - pledged;
  }

  /**
   * What the need is worth.
   *
   * @return requested units times the unit price
   */
  public Money value() {
    return unitPrice.times(requested);
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
   * Returns the village.
   *
   * @return the village
   */
  public VillageId village() {
    return village;
  }

  /**
   * Returns the township.
   *
   * @return the township
   */
  public TownshipId township() {
    return township;
  }

  /**
   * Returns the household.
   *
   * @return the household, or null
   */
  public HouseholdId household() {
    return household;
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
   * Returns the item.
   *
   * @return the item
   */
  public String item() {
    return item;
  }

  /**
   * Returns the units asked for.
   *
   * @return the units
   */
  public long requested() {
    return requested;
  }

  /**
   * Returns the unit price.
   *
   * @return the price of one unit
   */
  public Money unitPrice() {
    return unitPrice;
  }

  /**
   * Returns the urgency.
   *
   * @return 1 to 5
   */
  public int urgency() {
    return urgency;
  }

  /**
   * Returns the deadline.
   *
   * @return the day
   */
  public LocalDate deadline() {
    return deadline;
  }

  /**
   * Returns when it was posted.
   *
   * @return the time
   */
  public Instant postedAt() {
    return postedAt;
  }

  /**
   * Returns the state.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * Returns units pledged and not returned.
   *
   * @return the units
   */
  public long pledged() {
    return pledged;
  }

  /**
   * Returns units received.
   *
   * @return the units
   */
  public long received() {
    return received;
  }

  /**
   * Returns who verified it.
   *
   * @return the account, or null
   */
  public String verifiedBy() {
    return verifiedBy;
  }

  /**
   * Returns when it was verified.
   *
   * @return the time, or null
   */
  public Instant verifiedAt() {
    return verifiedAt;
  }

  /**
   * Returns who posted it.
   *
   * @return the account
   */
  public String postedBy() {
    return postedBy;
  }
}

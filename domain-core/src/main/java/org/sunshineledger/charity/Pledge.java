package org.sunshineledger.charity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * A pledge (认捐): part of a donation reserved for part of a need, with an expiry. It is delivered by
 * the donor, then received — confirmed by the village for the beneficiary with a one-time code. A
 * cancelled or expired pledge returns its units to both sides (done by the caller, which holds the
 * need and the donation).
 */
public final class Pledge {
  /** Where a pledge stands. */
  public enum State {
    /** 已认捐. */
    PLEDGED,
    /** 已送达. */
    DELIVERED,
    /** 已签收. */
    RECEIVED,
    /** 已撤销. */
    CANCELLED,
    /** 已过期. */
    EXPIRED
  }

  private final long id;
  private final long donation;
  private final long need;
  private final long units;
  private final Instant expiresAt;
  private final String receiptCodeHash;
  private State state;

  /**
   * A pledge as made or stored.
   *
   * @param id id
   * @param donation the donation
   * @param need the need
   * @param units the units
   * @param expiresAt when it expires unless delivered
   * @param receiptCodeHash the SHA-256 of the one-time receipt code, hex
   * @param state where it stands
   */
  public Pledge(
      long id,
      long donation,
      long need,
      long units,
      Instant expiresAt,
      String receiptCodeHash,
      State state) {
    this.id = id;
    this.donation = donation;
    this.need = need;
    this.units = units;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.receiptCodeHash = Objects.requireNonNull(receiptCodeHash, "receiptCodeHash");
    this.state = Objects.requireNonNull(state, "state");
    if (units <= 0) {
      throw new DomainException(
          "charity.pledge-units",
          "a pledge has at least one unit",
          Map.of("field", "units", "units", units));
    }
  }

  /**
   * The hash a one-time code is kept as.
   *
   * @param code the code
   * @return its SHA-256, hex
   */
  public static String hashCode(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The donor has delivered the goods or paid the money. */
  public void deliver() {
    require(State.PLEDGED, "be delivered");
    state = State.DELIVERED;
  }

  /**
   * The village confirms receipt for the beneficiary with the one-time code.
   *
   * @param code the code the beneficiary was given
   * @throws DomainException {@code charity.receipt-code} when the code is wrong
   */
  public void receive(String code) {
    require(State.DELIVERED, "be received");
    boolean matches =
        MessageDigest.isEqual(
            receiptCodeHash.getBytes(StandardCharsets.US_ASCII),
            hashCode(code == null ? "" : code.strip()).getBytes(StandardCharsets.US_ASCII));
    if (!matches) {
      throw new DomainException(
          "charity.receipt-code",
          "the receipt code of pledge " + id + " is wrong",
          Map.of("field", "code", "pledge", id));
    }
    state = State.RECEIVED;
  }

  /** The donor withdraws the pledge before delivery. */
  public void cancel() {
    require(State.PLEDGED, "be cancelled");
    state = State.CANCELLED;
  }

  /**
   * Expires the pledge if it was not delivered in time.
   *
   * @param now the time
   * @return true when it expired now
   */
  public boolean expireIfDue(Instant now) {
    if (state == State.PLEDGED && now.isAfter(expiresAt)) {
      state = State.EXPIRED;
      return true;
    }
    return false;
  }

  private void require(State required, String what) {
    if (state != required) {
      throw new DomainException(
          "charity.pledge-state",
          "pledge " + id + " is " + state + " and cannot " + what,
          Map.of("pledge", id, "state", state.name()));
    }
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
   * Returns the donation.
   *
   * @return its id
   */
  public long donation() {
    return donation;
  }

  /**
   * Returns the need.
   *
   * @return its id
   */
  public long need() {
    return need;
  }

  /**
   * Returns the units.
   *
   * @return the units
   */
  public long units() {
    return units;
  }

  /**
   * Returns when it expires.
   *
   * @return the time
   */
  public Instant expiresAt() {
    return expiresAt;
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
   * Returns the receipt code's hash.
   *
   * @return the hash
   */
  public String receiptCodeHash() {
    return receiptCodeHash;
  }
}

package org.sunshineledger.portal.shared;

/** A pledge asked for more than a need has open or a donation has left: answered with 409. */
public final class ReservationConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long remaining;

  /**
   * Creates the refusal.
   *
   * @param what {@code need} or {@code donation}
   * @param id its id
   * @param remaining the units it has left now
   * @param requested the units asked for
   */
  public ReservationConflictException(String what, long id, long remaining, long requested) {
    super(what + " " + id + " has " + remaining + " units left; " + requested + " were asked for");
    this.remaining = remaining;
  }

  /**
   * Returns the units left now.
   *
   * @return the units
   */
  public long remaining() {
    return remaining;
  }
}

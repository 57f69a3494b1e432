package org.sunshineledger.portal.shared;

/** Someone changed a record after the caller last read it: answered with 409. */
public final class ConcurrentChangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long current;

  /**
   * Creates the refusal.
   *
   * @param what the kind of record
   * @param id its id
   * @param expected the version the caller sent
   * @param current the version stored
   */
  public ConcurrentChangeException(String what, long id, long expected, long current) {
    super(
        what + " " + id + " is at version " + current + ", not " + expected + "; reload and retry");
    this.current = current;
  }

  /**
   * Returns the version stored now.
   *
   * @return the version
   */
  public long current() {
    return current;
  }
}

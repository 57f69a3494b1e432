package org.sunshineledger.portal.shared;

/** A write was attempted without valid credentials: answered with 401. */
public final class NotAuthenticatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the refusal.
   *
   * @param message why
   */
  public NotAuthenticatedException(String message) {
    super(message);
  }
}

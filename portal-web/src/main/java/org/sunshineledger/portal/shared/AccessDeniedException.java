package org.sunshineledger.portal.shared;

/** An actor tried to write outside its scope (越权): answered with 403. */
public final class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the refusal.
   *
   * @param message what was refused, naming the actor and the target
   */
  public AccessDeniedException(String message) {
    super(message);
  }
}

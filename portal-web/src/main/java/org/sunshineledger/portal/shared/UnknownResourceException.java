package org.sunshineledger.portal.shared;

/** A request named something the ledger does not hold: answered with 404. */
public final class UnknownResourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the refusal.
   *
   * @param what the kind of thing, for example {@code village}
   * @param id the id asked for
   */
  public UnknownResourceException(String what, Object id) {
    super("no " + what + " with id " + id);
  }
}

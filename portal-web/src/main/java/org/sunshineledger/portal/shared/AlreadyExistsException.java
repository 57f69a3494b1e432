package org.sunshineledger.portal.shared;

/** What a request would create exists already, for example an account of that name: 409. */
public final class AlreadyExistsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the refusal.
   *
   * @param field the field naming what exists
   * @param message what exists
   */
  public AlreadyExistsException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The field naming what exists.
   *
   * @return the field
   */
  public String field() {
    return field;
  }
}

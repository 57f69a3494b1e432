package org.sunshineledger.portal.http;

/**
 * A request body or parameter that is not what the endpoint takes, naming the field: answered with
 * 400.
 */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the refusal.
   *
   * @param field the field at fault, or null for the body as a whole
   * @param message what is wrong with it
   */
  public InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * Returns the field at fault.
   *
   * @return the field's name, or null for the whole body
   */
  public String field() {
    return field;
  }
}

package org.sunshineledger.portal.http;

/**
 * A request body or parameter that is not what the endpoint takes, naming the field: answered with
 * 400.
 */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  /**
   * Creates the refusal.
   *
   * @param field the field at fault, or null for the body as a whole
   * @param message what is wrong with it
   */
  public InvalidRequestException(String field, String message) {
    this(field, message, null);
  }

  /**
   * Creates the refusal with the key of its message in the pages' bundle, so that a form can show
   * it beside the field in the reader's language.
   *
   * @param field the field at fault, or null for the body as a whole
   * @param message what is wrong with it, in English, for the API
   * @param messageKey the key of the same message in {@code i18n/messages*.properties}
   * @param arguments the message's arguments
   */
  public InvalidRequestException(
      String field, String message, String messageKey, Object... arguments) {
    super(message);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /**
   * The key of the message in the pages' bundle.
   *
   * @return the key, or null when the refusal has only its English message
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * The arguments of the bundle's message.
   *
   * @return a copy of them
   */
  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
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

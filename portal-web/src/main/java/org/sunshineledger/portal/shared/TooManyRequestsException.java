package org.sunshineledger.portal.shared;

/** A request refused because its sender used up its allowance (HTTP 429). */
public final class TooManyRequestsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  /**
   * A refusal.
   *
   * @param message what was exceeded and when to retry
   * @param retryAfterSeconds seconds until a request will be taken again
   */
  public TooManyRequestsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Returns the wait.
   *
   * @return seconds until a request will be taken again
   */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

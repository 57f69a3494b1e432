package org.sunshineledger.disclosure;

import java.time.Instant;
import java.util.Objects;

/**
 * An objection to a notice (异议) and the publisher's answer. The thread is public; the objector's
 * contact details are kept apart by the embedder and never belong to this record.
 *
 * @param id the objection's id
 * @param version the version it was filed against
 * @param text what the objector says
 * @param filedAt when
 * @param answer the publisher's answer, or null while open
 * @param answeredBy the official who answered, or null
 * @param answeredAt when, or null
 */
public record Objection(
    long id,
    int version,
    String text,
    Instant filedAt,
    String answer,
    String answeredBy,
    Instant answeredAt) {
  /**
   * An objection.
   *
   * @param id id
   * @param version the version
   * @param text the text
   * @param filedAt when filed
   * @param answer the answer or null
   * @param answeredBy who answered or null
   * @param answeredAt when answered or null
   */
  public Objection {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(filedAt, "filedAt");
  }

  /**
   * Whether the publisher has answered.
   *
   * @return true once answered
   */
  public boolean answered() {
    return answer != null;
  }
}

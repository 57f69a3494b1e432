package org.sunshineledger.project;

import java.time.Instant;
import java.util.Objects;

/**
 * A mid-term inspection (中期检查监督) during implementation.
 *
 * @param by who inspected
 * @param at when
 * @param findings what was found
 * @param documentRef the inspection report
 */
public record Inspection(String by, Instant at, String findings, String documentRef) {
  /**
   * Validates the record.
   *
   * @param by who inspected
   * @param at when
   * @param findings what was found
   * @param documentRef the inspection report
   */
  public Inspection {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(documentRef, "documentRef");
  }
}

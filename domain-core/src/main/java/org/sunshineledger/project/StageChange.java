package org.sunshineledger.project;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a project's lifecycle, as recorded: from which stage to which, who, when and under
 * which document. Never changed once recorded.
 *
 * @param from the stage left (null for the creation into the reserve)
 * @param to the stage entered
 * @param by the account that recorded it
 * @param at when
 * @param documentRef the document (批复文号, 验收报告 …)
 */
public record StageChange(
    ProjectStage from, ProjectStage to, String by, Instant at, String documentRef) {
  /**
   * Validates the record.
   *
   * @param from the stage left (null for the creation into the reserve)
   * @param to the stage entered
   * @param by the account that recorded it
   * @param at when
   * @param documentRef the document (批复文号, 验收报告 …)
   */
  public StageChange {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(documentRef, "documentRef");
  }
}

package org.sunshineledger.asset;

import java.time.Instant;
import java.util.Objects;
import org.sunshineledger.money.Money;

/**
 * One line of the asset ledger (资产登记管理台账), never changed once written.
 *
 * @param kind what happened
 * @param at when
 * @param by who recorded it
 * @param detail a sentence for the reader
 * @param value the value recorded, or null when the entry is not about value
 * @param documentRef the document (移交手续, 评估报告, 处置批复 …)
 */
public record LedgerEntry(
    Kind kind, Instant at, String by, String detail, Money value, String documentRef) {

  /** What a ledger line records. */
  public enum Kind {
    /** 登记. */
    REGISTERED,
    /** 评估作价. */
    VALUED,
    /** 移交. */
    HANDED_OVER,
    /** 管护主体变更. */
    CUSTODIAN_CHANGED,
    /** 经营权发包. */
    OPERATOR_CONTRACTED,
    /** 状态变更 (在用 / 闲置). */
    STATUS_CHANGED,
    /** 处置. */
    DISPOSED
  }

  /**
   * Validates the entry.
   *
   * @param kind what happened
   * @param at when
   * @param by who recorded it
   * @param detail a sentence for the reader
   * @param value the value recorded, or null when the entry is not about value
   * @param documentRef the document (移交手续, 评估报告, 处置批复 …)
   */
  public LedgerEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(documentRef, "documentRef");
  }
}

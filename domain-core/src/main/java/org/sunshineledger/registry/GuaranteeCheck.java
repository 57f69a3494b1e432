package org.sunshineledger.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One guarantee as last checked: whether it holds, on what evidence, when.
 *
 * @param guarantee the guarantee
 * @param met whether it holds
 * @param evidence the evidence (入户核查记录, 安全鉴定, 参保凭证 …)
 * @param checkedOn when it was checked
 */
public record GuaranteeCheck(
    Guarantee guarantee, boolean met, String evidence, LocalDate checkedOn) {
  /**
   * Validates the check.
   *
   * @param guarantee the guarantee
   * @param met whether it holds
   * @param evidence the evidence (入户核查记录, 安全鉴定, 参保凭证 …)
   * @param checkedOn when it was checked
   */
  public GuaranteeCheck {
    Objects.requireNonNull(guarantee, "guarantee");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(checkedOn, "checkedOn");
  }
}

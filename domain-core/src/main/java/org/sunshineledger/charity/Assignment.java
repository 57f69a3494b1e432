package org.sunshineledger.charity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One assignment of a matching batch: units of a donation for a need, and why.
 *
 * @param donation the donation
 * @param need the need
 * @param units how many units
 * @param why the facts that decided it, rendered in words by {@link #reasons()}
 */
public record Assignment(long donation, long need, long units, Why why) {

  /**
   * The facts behind an assignment.
   *
   * @param category the category both share
   * @param urgency the need's urgency, 1 to 5
   * @param deadline the need's deadline
   * @param waitingDays how long the need had waited
   * @param focusArea whether the need is in a focus area of §4
   * @param restricted whether the donor restricted the donation to the need's township
   * @param partial whether the need is only partly met by this batch
   */
  public record Why(
      NeedCategory category,
      int urgency,
      LocalDate deadline,
      long waitingDays,
      boolean focusArea,
      boolean restricted,
      boolean partial) {}

  /**
   * The reasons in words a donor can read.
   *
   * @return the reasons, most decisive first
   */
  public List<String> reasons() {
    List<String> words = new ArrayList<>();
    words.add("需求类别与捐赠一致：" + why.category().chineseName());
    words.add("紧急程度 " + why.urgency() + "/5，截止 " + why.deadline());
    words.add("已等待 " + why.waitingDays() + " 天");
    if (why.focusArea()) {
      words.add("位于脱贫任务较重的镇或重点扶持村，优先保障");
    }
    if (why.restricted()) {
      words.add("捐赠人指定用于本镇");
    }
    if (why.partial()) {
      words.add("本批次部分满足，其余待后续捐赠");
    }
    return words;
  }
}

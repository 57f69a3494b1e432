package org.sunshineledger.portal.supervision;

import java.util.List;
import java.util.Map;

/** What the supervision room answers, to officials and auditors and to the public. */
public final class SupervisionViews {
  private SupervisionViews() {}

  /**
   * A lead as officials and auditors read it.
   *
   * @param id the lead
   * @param rule the rule's code
   * @param ruleName the rule's name
   * @param subject the record it concerns
   * @param township the township, or null for the district's own records
   * @param townshipName its name
   * @param village the village, or null above village level
   * @param villageName its name
   * @param figures the figures that made the rule fire, by name
   * @param status where it stands
   * @param statusName its name
   * @param deadline the rectification's deadline, or null
   * @param overdue whether the rectification is past its deadline
   * @param openedAt when it was opened, ISO-8601
   * @param history every move, the opening first
   * @param next the moves the reader may make next (CONFIRM, DISMISS, RECTIFY, CLOSE)
   */
  public record LeadView(
      long id,
      String rule,
      String ruleName,
      String subject,
      Long township,
      String townshipName,
      Long village,
      String villageName,
      Map<String, String> figures,
      String status,
      String statusName,
      String deadline,
      boolean overdue,
      String openedAt,
      List<LeadEventView> history,
      List<String> next) {}

  /**
   * One move of a lead.
   *
   * @param from the status left, or null for the opening
   * @param to the status entered
   * @param by who moved it, or the rule
   * @param at when, ISO-8601
   * @param note the reason, plan or evidence
   * @param deadline the deadline set, or null
   */
  public record LeadEventView(
      String from, String to, String by, String at, String note, String deadline) {}

  /**
   * A count as the public sees it: one or two of anything that may concern a household are shown as
   * fewer than three, never as the number.
   *
   * @param count the number, or null when it is one or two
   * @param fewerThanThree whether it is one or two
   */
  public record PublicCount(Integer count, boolean fewerThanThree) {
    static PublicCount of(long n) {
      return n == 1 || n == 2 ? new PublicCount(null, true) : new PublicCount((int) n, false);
    }
  }

  /**
   * One line of the public summary: leads found and closed.
   *
   * @param key the township's name, the rule's name, or the quarter (2019Q2)
   * @param found leads opened
   * @param closed leads closed as rectified
   * @param unfounded leads found not true
   * @param open leads still open
   */
  public record SummaryLine(
      String key, PublicCount found, PublicCount closed, PublicCount unfounded, PublicCount open) {}

  /**
   * The public's view of the supervision work: counts, never a person or a record.
   *
   * @param byTownship by township, the district's own records under 区级
   * @param byRule by rule
   * @param byQuarter by the quarter the lead was opened
   * @param averageDaysToClose the mean days from opening to closing, over closed leads, or null
   * @param total every lead
   */
  public record Summary(
      List<SummaryLine> byTownship,
      List<SummaryLine> byRule,
      List<SummaryLine> byQuarter,
      String averageDaysToClose,
      SummaryLine total) {}
}

package org.sunshineledger.portal.disclosure;

import java.util.List;
import java.util.Map;

/** The public read models of disclosures: everything in them is already public and masked. */
public final class DisclosureViews {
  private DisclosureViews() {}

  /**
   * A disclosure in a list.
   *
   * @param id id
   * @param kind kind code
   * @param kindName kind in Chinese
   * @param level level code
   * @param levelName level in Chinese
   * @param township township id, or null
   * @param townshipName township name, or null
   * @param village village id, or null
   * @param villageName village name, or null
   * @param publisher the publisher as printed
   * @param title the current title
   * @param version the current version
   * @param windowStart the window's first day
   * @param windowEnd its last day
   * @param status PUBLISHED, WINDOW_CLOSED or ARCHIVED (DRAFT only for officials)
   * @param dueDate the obligation's due date, or null
   * @param overdue whether it was published after its due date
   * @param objections the number of objections
   */
  public record DisclosureSummary(
      long id,
      String kind,
      String kindName,
      String level,
      String levelName,
      Long township,
      String townshipName,
      Long village,
      String villageName,
      String publisher,
      String title,
      int version,
      String windowStart,
      String windowEnd,
      String status,
      String dueDate,
      boolean overdue,
      long objections) {}

  /**
   * A page of disclosures with the count of each filter value, each counted with the other filters
   * applied (so a chosen township still shows the counts of the others).
   *
   * @param items the disclosures
   * @param page the page
   * @param size the page size
   * @param total all matching
   * @param counts filter name → value → count
   */
  public record DisclosureListing(
      List<DisclosureSummary> items,
      int page,
      int size,
      long total,
      Map<String, Map<String, Long>> counts) {}

  /**
   * One disclosure with every version and the objection thread.
   *
   * @param summary the summary
   * @param versions the versions, newest first
   * @param objections the objections, oldest first
   * @param complaintChannels where to complain: the 12317 hotline and the local number
   */
  public record DisclosureDetail(
      DisclosureSummary summary,
      List<VersionView> versions,
      List<ObjectionView> objections,
      List<String> complaintChannels) {}

  /**
   * One published version.
   *
   * @param number the version
   * @param replaces the version it corrects, or 0
   * @param reason why it was corrected
   * @param publishedAt when
   * @param leafIndex its index in the transparency log — the {@code version} of the inclusion proof
   * @param leafHash its leaf hash, hex
   * @param shortHash the first 16 hex digits, as printed on the notice
   * @param intact whether the stored text still hashes to the log's leaf
   * @param title the title
   * @param statement the statement
   * @param columns the headings
   * @param rows the records, as the public sees them
   */
  public record VersionView(
      int number,
      int replaces,
      String reason,
      String publishedAt,
      long leafIndex,
      String leafHash,
      String shortHash,
      boolean intact,
      String title,
      String statement,
      List<String> columns,
      List<List<String>> rows) {}

  /**
   * An objection and its answer; never the objector's contact.
   *
   * @param id id
   * @param version the version it was filed against
   * @param text what was said
   * @param filedAt when
   * @param answer the answer, or null while open
   * @param answeredAt when, or null
   */
  public record ObjectionView(
      long id, int version, String text, String filedAt, String answer, String answeredAt) {}

  /**
   * Something that should be published and is not yet.
   *
   * @param subject the event's key
   * @param kind kind code
   * @param kindName kind in Chinese
   * @param title what about
   * @param publisher who must publish
   * @param township township id, or null
   * @param townshipName township name, or null
   * @param eventDate when the event happened
   * @param dueDate the last day to publish
   * @param daysOverdue calendar days since the due date
   */
  public record OverdueView(
      String subject,
      String kind,
      String kindName,
      String title,
      String publisher,
      Long township,
      String townshipName,
      String eventDate,
      String dueDate,
      long daysOverdue) {}

  /**
   * A new disclosure or correction in a feed.
   *
   * @param disclosure the disclosure
   * @param number the version
   * @param title the title
   * @param publisher the publisher
   * @param kindName the kind in Chinese
   * @param publishedAt when
   * @param reason the correction's reason, or empty for a first version
   */
  public record FeedEntry(
      long disclosure,
      int number,
      String title,
      String publisher,
      String kindName,
      java.time.Instant publishedAt,
      String reason) {}
}

package org.sunshineledger.portal.disclosure;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.portal.http.JsonRequest;

/**
 * The bodies the disclosures resource takes, one record each: its components are the fields
 * allowed, and reading refuses any other, or a missing or malformed one, naming it. A notice's
 * content keeps its cells as sent, and is checked whole on reading; its PERSON, PHONE and ID_NUMBER
 * cells are masked when {@code content()} turns it into the notice's content, before anything is
 * stored. An answer to an objection opens the body first, then reads the objection's id from the
 * path, then the fields (as {@code from}), so that its mistakes are reported in that order.
 */
final class DisclosureRequests {
  private DisclosureRequests() {}

  /**
   * An objection to a notice during its window.
   *
   * @param text what the objector says
   */
  public record ObjectionRequest(String text) {
    static ObjectionRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, ObjectionRequest.class);
      return new ObjectionRequest(r.requiredString("text"));
    }
  }

  /**
   * A notice's content, as drafted: a cell is a text, a whole number, or {@code {"type","value"}}.
   *
   * @param title the title
   * @param statement the text above the table
   * @param columns the table's headings
   * @param rows the records, each with one cell per heading
   */
  public record NoticeContentRequest(
      String title,
      @Schema(nullable = true, description = "缺省为空 — absent means empty") String statement,
      @Schema(nullable = true, description = "缺省为空 — absent means none") List<String> columns,
      @Schema(
              nullable = true,
              description =
                  "缺省为空；单元格为文本、整数或 {\"type\",\"value\"} — absent means none; a cell is a"
                      + " text, a whole number or {\"type\",\"value\"}")
          List<List<JsonValue>> rows) {
    static NoticeContentRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, NoticeContentRequest.class);
      return read(r);
    }

    static NoticeContentRequest read(JsonRequest r) {
      List<String> columns = r.stringList("columns", NoticeRequests.MAX_COLUMNS);
      List<List<JsonValue>> rows = r.rows("rows", NoticeRequests.MAX_ROWS);
      List<List<Cell>> cells = NoticeRequests.cells(rows);
      String title = r.requiredString("title");
      String statement = r.optionalString("statement").orElse("");
      // checked whole now, so that its mistakes come before any other field's
      new NoticeContent(title, statement, columns, cells);
      return new NoticeContentRequest(title, statement, columns, rows);
    }

    /**
     * The notice's content, its personal data masked.
     *
     * @return the content
     */
    NoticeContent content() {
      return new NoticeContent(title, statement, columns, NoticeRequests.cells(rows));
    }

    /** Without the rows: they hold personal data not yet masked. */
    @Override
    public String toString() {
      return "NoticeContentRequest[" + title + ", " + (rows == null ? 0 : rows.size()) + " rows]";
    }
  }

  /**
   * A new notice drafted within the official's scope: what it is, who publishes it, and its
   * content.
   *
   * @param kind what the notice makes public
   * @param level who publishes it
   * @param township the township, for township and village level
   * @param village the village, for village level
   * @param subject the obligation it settles, if any
   * @param title the title
   * @param statement the text above the table
   * @param columns the table's headings
   * @param rows the records, each with one cell per heading
   */
  public record DisclosureDraftRequest(
      DisclosureKind kind,
      DisclosureLevel level,
      @Schema(nullable = true, description = "镇级、村级必填 — for township and village level")
          Long township,
      @Schema(nullable = true, description = "村级必填 — for village level") Long village,
      @Schema(nullable = true, description = "所履行的公开义务 — the obligation it settles") String subject,
      String title,
      @Schema(nullable = true, description = "缺省为空 — absent means empty") String statement,
      @Schema(nullable = true, description = "缺省为空 — absent means none") List<String> columns,
      @Schema(nullable = true, description = "缺省为空 — absent means none")
          List<List<JsonValue>> rows) {
    static DisclosureDraftRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, DisclosureDraftRequest.class);
      DisclosureLevel level = r.requiredEnum("level", DisclosureLevel.class);
      DisclosureKind kind = r.requiredEnum("kind", DisclosureKind.class);
      Long township = r.has("township") ? r.requiredLong("township") : null;
      Long village = r.has("village") ? r.requiredLong("village") : null;
      String subject = r.optionalString("subject").orElse(null);
      NoticeContentRequest content = NoticeContentRequest.read(r);
      return new DisclosureDraftRequest(
          kind,
          level,
          township,
          village,
          subject,
          content.title(),
          content.statement(),
          content.columns(),
          content.rows());
    }

    /**
     * The notice's content, its personal data masked.
     *
     * @return the content
     */
    NoticeContent content() {
      return new NoticeContentRequest(title, statement, columns, rows).content();
    }

    /** Without the rows: they hold personal data not yet masked. */
    @Override
    public String toString() {
      return "DisclosureDraftRequest[" + kind + ", " + level + ", " + title + "]";
    }
  }

  /**
   * The window a draft is published for.
   *
   * @param windowStart its first day
   * @param windowEnd its last day
   */
  public record PublishRequest(LocalDate windowStart, LocalDate windowEnd) {
    static PublishRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, PublishRequest.class);
      LocalDate start = r.requiredDate("windowStart");
      return new PublishRequest(start, r.requiredDate("windowEnd"));
    }
  }

  /**
   * A correction: the notice's corrected content, and why.
   *
   * @param title the title
   * @param statement the text above the table
   * @param columns the table's headings
   * @param rows the records, each with one cell per heading
   * @param reason why it is corrected
   */
  public record CorrectionRequest(
      String title,
      @Schema(nullable = true, description = "缺省为空 — absent means empty") String statement,
      @Schema(nullable = true, description = "缺省为空 — absent means none") List<String> columns,
      @Schema(
              nullable = true,
              description =
                  "缺省为空；单元格为文本、整数或 {\"type\",\"value\"} — absent means none; a cell is a"
                      + " text, a whole number or {\"type\",\"value\"}")
          List<List<JsonValue>> rows,
      String reason) {
    static CorrectionRequest read(JsonValue body) {
      JsonRequest r = JsonRequest.of(body, CorrectionRequest.class);
      NoticeContentRequest content = NoticeContentRequest.read(r);
      return new CorrectionRequest(
          content.title(),
          content.statement(),
          content.columns(),
          content.rows(),
          r.requiredString("reason"));
    }

    /**
     * The corrected content, its personal data masked.
     *
     * @return the content
     */
    NoticeContent content() {
      return new NoticeContentRequest(title, statement, columns, rows).content();
    }

    /** Without the rows: they hold personal data not yet masked. */
    @Override
    public String toString() {
      return "CorrectionRequest[" + title + ", " + reason + "]";
    }
  }

  /**
   * The publisher's answer to an objection.
   *
   * @param answer the answer
   */
  public record ObjectionAnswerRequest(String answer) {
    static ObjectionAnswerRequest from(JsonRequest r) {
      return new ObjectionAnswerRequest(r.requiredString("answer"));
    }
  }
}

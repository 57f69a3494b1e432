package org.sunshineledger.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One published version of a disclosure (公示版本). Published content is never edited: a correction is
 * a new version naming the one it {@linkplain #replaces() replaces} and the {@linkplain #reason()
 * reason}. Each version's {@linkplain #canonicalBytes() canonical bytes} are what the transparency
 * log hashes.
 *
 * @param disclosureId the disclosure
 * @param number the version, from 1
 * @param kind what the disclosure reports
 * @param publisher who publishes it
 * @param content what it says
 * @param windowStart first day of the publication window
 * @param windowEnd last day of the window
 * @param replaces the version this one corrects, or 0 for the first
 * @param reason why it was corrected, or empty for the first
 * @param publishedBy the official's account
 * @param publishedAt when
 */
public record DisclosureVersion(
    long disclosureId,
    int number,
    DisclosureKind kind,
    Publisher publisher,
    NoticeContent content,
    LocalDate windowStart,
    LocalDate windowEnd,
    int replaces,
    String reason,
    String publishedBy,
    Instant publishedAt) {
  /** The first line of every canonical form, naming its format. */
  public static final String FORMAT = "sunshine-ledger/disclosure-version/v1";

  /**
   * A version.
   *
   * @param disclosureId the disclosure
   * @param number the version number
   * @param kind the kind
   * @param publisher the publisher
   * @param content the content
   * @param windowStart the window's first day
   * @param windowEnd its last day
   * @param replaces the corrected version or 0
   * @param reason the reason or empty
   * @param publishedBy who
   * @param publishedAt when
   */
  public DisclosureVersion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(publishedBy, "publishedBy");
    Objects.requireNonNull(publishedAt, "publishedAt");
    reason = reason == null ? "" : reason;
  }

  /**
   * Returns the version in its one canonical form: JSON with a fixed order of keys, no spaces, and
   * only {@code "}, {@code \} and control characters escaped. Anyone can rebuild it from the public
   * API's fields and hash it.
   *
   * @return the canonical JSON text
   */
  public String canonicalJson() {
    StringBuilder json = new StringBuilder(256);
    json.append("{\"format\":");
    string(json, FORMAT);
    json.append(",\"disclosure\":").append(disclosureId);
    json.append(",\"version\":").append(number);
    json.append(",\"kind\":");
    string(json, kind.name());
    json.append(",\"level\":");
    string(json, publisher.level().name());
    json.append(",\"township\":")
        .append(publisher.township() == null ? "null" : publisher.township().value());
    json.append(",\"village\":")
        .append(publisher.village() == null ? "null" : publisher.village().value());
    json.append(",\"publisher\":");
    string(json, publisher.name());
    json.append(",\"title\":");
    string(json, content.title());
    json.append(",\"statement\":");
    string(json, content.statement());
    json.append(",\"windowStart\":");
    string(json, windowStart.toString());
    json.append(",\"windowEnd\":");
    string(json, windowEnd.toString());
    json.append(",\"replaces\":").append(replaces);
    json.append(",\"reason\":");
    string(json, reason);
    json.append(",\"publishedBy\":");
    string(json, publishedBy);
    json.append(",\"publishedAt\":");
    string(json, publishedAt.toString());
    json.append(",\"columns\":[");
    for (int c = 0; c < content.columns().size(); c++) {
      json.append(c == 0 ? "" : ",");
      string(json, content.columns().get(c));
    }
    json.append("],\"rows\":[");
    List<List<Cell>> rows = content.rows();
    for (int r = 0; r < rows.size(); r++) {
      json.append(r == 0 ? "[" : ",[");
      for (int c = 0; c < rows.get(r).size(); c++) {
        Cell cell = rows.get(r).get(c);
        json.append(c == 0 ? "{\"type\":" : ",{\"type\":");
        string(json, cell.type().name());
        json.append(",\"value\":");
        string(json, cell.value());
        json.append('}');
      }
      json.append(']');
    }
    return json.append("]}").toString();
  }

  /**
   * Returns the canonical form's UTF-8 bytes: the transparency log's entry for this version.
   *
   * @return the bytes
   */
  public byte[] canonicalBytes() {
    return canonicalJson().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the leaf hash of this version in the transparency log.
   *
   * @return SHA-256(0x00 ‖ canonical bytes)
   */
  public byte[] leafHash() {
    return MerkleHashing.leafHash(canonicalBytes());
  }

  /**
   * Returns the short hash printed on a paper notice: the first 16 hex digits of the leaf hash.
   *
   * @return for example {@code 3f9a0c5e1b2d7a44}
   */
  public String shortHash() {
    return HexFormat.of().formatHex(leafHash()).substring(0, 16);
  }

  private static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}

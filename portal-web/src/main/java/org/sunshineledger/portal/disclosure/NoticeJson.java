package org.sunshineledger.portal.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.DisclosureVersion;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * Notice content to and from JSON: a draft is stored as its content, a published version as its
 * canonical text ({@link DisclosureVersion#canonicalJson()}). Reading a cell back goes through
 * {@link Cell#restore}, so a stored value that is not in its masked form is refused, not shown.
 */
final class NoticeJson {
  private NoticeJson() {}

  /**
   * Writes a draft's content.
   *
   * @param content the content
   * @return JSON with title, statement, columns and rows
   */
  public static String write(NoticeContent content) {
    JsonArrayBuilder columns = Json.createArrayBuilder();
    content.columns().forEach(columns::add);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (List<Cell> row : content.rows()) {
      JsonArrayBuilder cells = Json.createArrayBuilder();
      for (Cell cell : row) {
        cells.add(
            Json.createObjectBuilder().add("type", cell.type().name()).add("value", cell.value()));
      }
      rows.add(cells);
    }
    return Json.createObjectBuilder()
        .add("title", content.title())
        .add("statement", content.statement())
        .add("columns", columns)
        .add("rows", rows)
        .build()
        .toString();
  }

  /**
   * Reads content from a draft or a canonical version.
   *
   * @param json the JSON
   * @return the content
   */
  public static NoticeContent content(String json) {
    return content(parse(json));
  }

  /**
   * Reads a published version from its canonical text.
   *
   * @param canonical the canonical JSON
   * @return the version
   */
  public static DisclosureVersion version(String canonical) {
    JsonObject o = parse(canonical);
    return new DisclosureVersion(
        o.getJsonNumber("disclosure").longValue(),
        o.getInt("version"),
        DisclosureKind.valueOf(o.getString("kind")),
        new Publisher(
            DisclosureLevel.valueOf(o.getString("level")),
            o.isNull("township") ? null : new TownshipId(o.getJsonNumber("township").longValue()),
            o.isNull("village") ? null : new VillageId(o.getJsonNumber("village").longValue()),
            o.getString("publisher")),
        content(o),
        LocalDate.parse(o.getString("windowStart")),
        LocalDate.parse(o.getString("windowEnd")),
        o.getInt("replaces"),
        o.getString("reason"),
        o.getString("publishedBy"),
        Instant.parse(o.getString("publishedAt")));
  }

  private static NoticeContent content(JsonObject o) {
    List<String> columns = new ArrayList<>();
    for (JsonValue column : o.getJsonArray("columns")) {
      columns.add(((jakarta.json.JsonString) column).getString());
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (JsonValue row : o.getJsonArray("rows")) {
      List<Cell> cells = new ArrayList<>();
      for (JsonValue cell : (JsonArray) row) {
        JsonObject c = (JsonObject) cell;
        cells.add(Cell.restore(Cell.Type.valueOf(c.getString("type")), c.getString("value")));
      }
      rows.add(cells);
    }
    return new NoticeContent(o.getString("title"), o.getString("statement"), columns, rows);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

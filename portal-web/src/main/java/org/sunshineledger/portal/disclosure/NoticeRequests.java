package org.sunshineledger.portal.disclosure;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.http.InvalidRequestException;

/**
 * Reads a notice's content from a request: {@code title}, {@code statement}, {@code columns} and
 * {@code rows}. A cell is a text, a whole number, or {@code {"type","value"}} where a PERSON, PHONE
 * or ID_NUMBER value is the real datum — it is masked here, on arrival, and only the mask is kept.
 */
final class NoticeRequests {
  /** The most columns a notice has. */
  static final int MAX_COLUMNS = 30;

  /** The most rows a notice has. */
  static final int MAX_ROWS = 5000;

  private NoticeRequests() {}

  /**
   * The rows' cells in their public form, each PERSON, PHONE or ID_NUMBER value masked.
   *
   * @param raw the rows as sent, each as its JSON values
   * @return the cells
   * @throws InvalidRequestException naming the first malformed cell, as {@code rows[i][c]}
   */
  static List<List<Cell>> cells(List<List<JsonValue>> raw) {
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < raw.get(i).size(); c++) {
        cells.add(cell(raw.get(i).get(c), "rows[" + i + "][" + c + "]"));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static Cell cell(JsonValue value, String field) {
    if (value instanceof JsonString text) {
      return Cell.text(text.getString());
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return Cell.number(number.longValue());
    }
    if (value instanceof JsonObject object
        && object.get("type") instanceof JsonString type
        && object.get("value") != null
        && object.size() == 2) {
      String text =
          object.get("value") instanceof JsonString s
              ? s.getString()
              : object.get("value").toString();
      return switch (type.getString()) {
        case "TEXT" -> Cell.text(text);
        case "NUMBER" -> Cell.number(wholeNumber(text, field));
        case "AMOUNT" -> Cell.amount(amount(text, field));
        case "PERSON" -> Cell.person(text);
        case "PHONE" -> Cell.phone(text);
        case "ID_NUMBER" -> Cell.idNumber(text);
        case "ADDRESS" -> Cell.address(text);
        case "COUNT" -> Cell.count(wholeNumber(text, field));
        default ->
            throw new InvalidRequestException(
                field + ".type",
                "field '"
                    + field
                    + ".type' is one of TEXT, NUMBER, AMOUNT, PERSON, PHONE,"
                    + " ID_NUMBER");
      };
    }
    throw new InvalidRequestException(
        field, "field '" + field + "' is a text, a whole number or {\"type\",\"value\"}");
  }

  private static long wholeNumber(String text, String field) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(field, "field '" + field + "' is a whole number");
    }
  }

  private static Money amount(String text, String field) {
    try {
      BigDecimal yuan = new BigDecimal(text.strip());
      if (yuan.scale() > 2 || yuan.abs().compareTo(new BigDecimal("1e13")) >= 0) {
        throw new NumberFormatException();
      }
      return Money.yuan(yuan.toPlainString());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          field, "field '" + field + "' is an amount in yuan with at most two decimals");
    }
  }
}

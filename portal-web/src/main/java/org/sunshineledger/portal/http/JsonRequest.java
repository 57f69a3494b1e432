package org.sunshineledger.portal.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sunshineledger.money.Money;

/**
 * A JSON request body read field by field, so that every mistake names its field (with its path
 * inside nested objects, such as {@code townships[2].poorPopulation}): an unknown field, a field of
 * the wrong type and a missing field are each refused with the field's name.
 */
public final class JsonRequest {
  private final JsonObject body;
  private final String path;

  private JsonRequest(JsonObject body, String path) {
    this.body = body;
    this.path = path;
  }

  /**
   * Reads a body that may hold only the given fields.
   *
   * @param value the parsed body, null when the request had none
   * @param allowed the names of the fields the endpoint takes
   * @return the request
   * @throws InvalidRequestException when the body is missing, not an object, or has a field not
   *     allowed
   */
  public static JsonRequest of(JsonValue value, Set<String> allowed) {
    return of(value, allowed, "");
  }

  /**
   * Reads a body whose fields are the components of a request record, and only those.
   *
   * @param value the parsed body, null when the request had none
   * @param type the request record
   * @return the request
   * @throws InvalidRequestException when the body is missing, not an object, or has a field that is
   *     not one of the record's components
   */
  public static JsonRequest of(JsonValue value, Class<? extends Record> type) {
    return of(value, fieldsOf(type));
  }

  /**
   * Reads a nested object whose fields are the components of a request record.
   *
   * @param name the field
   * @param type the nested record
   * @return the nested request, empty when the field is absent
   */
  public Optional<JsonRequest> optionalObject(String name, Class<? extends Record> type) {
    return optionalObject(name, fieldsOf(type));
  }

  /**
   * Reads a list of objects whose fields are the components of a request record.
   *
   * @param name the field
   * @param type the record of each item
   * @param maxItems the most items allowed
   * @return the items
   */
  public List<JsonRequest> objectList(String name, Class<? extends Record> type, int maxItems) {
    return objectList(name, fieldsOf(type), maxItems);
  }

  /**
   * The fields a request record allows: its components' names.
   *
   * @param type the record
   * @return the names
   */
  public static Set<String> fieldsOf(Class<? extends Record> type) {
    return java.util.Arrays.stream(type.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static JsonRequest of(JsonValue value, Set<String> allowed, String path) {
    if (!(value instanceof JsonObject body)) {
      throw new InvalidRequestException(
          path.isEmpty() ? null : path,
          (path.isEmpty() ? "the body" : path) + " must be a JSON object");
    }
    for (String name : body.keySet()) {
      if (!allowed.contains(name)) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        throw new InvalidRequestException(path + shown, "unknown field '" + path + shown + "'");
      }
    }
    return new JsonRequest(body, path.isEmpty() ? "" : path + ".");
  }

  private String field(String name) {
    return path + name;
  }

  private Optional<JsonValue> value(String name) {
    JsonValue value = body.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? Optional.empty()
        : Optional.of(value);
  }

  /**
   * Whether a field is present and not null.
   *
   * @param name the field
   * @return true when it is
   */
  public boolean has(String name) {
    return value(name).isPresent();
  }

  private JsonValue required(String name) {
    return value(name)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    field(name), "field '" + field(name) + "' is required"));
  }

  private InvalidRequestException wrongType(String name, String expected, JsonValue value) {
    return new InvalidRequestException(
        field(name),
        "field '" + field(name) + "' must be " + expected + ", not " + value.getValueType());
  }

  /**
   * A text field that must be present.
   *
   * @param name the field
   * @return its text
   */
  public String requiredString(String name) {
    JsonValue value = required(name);
    if (!(value instanceof JsonString text)) {
      throw wrongType(name, "a string", value);
    }
    return text.getString();
  }

  /**
   * A required text field of at most so many characters.
   *
   * @param name the field
   * @param maxLength the most characters kept
   * @return its text
   */
  public String requiredString(String name, int maxLength) {
    String text = requiredString(name);
    if (text.length() > maxLength) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' has at most " + maxLength + " characters");
    }
    return text;
  }

  /**
   * A text field that may be absent.
   *
   * @param name the field
   * @return its text, or empty
   */
  public Optional<String> optionalString(String name) {
    return value(name).map(v -> requiredString(name));
  }

  /**
   * A whole number that must be present.
   *
   * @param name the field
   * @return its value
   */
  public long requiredLong(String name) {
    JsonValue value = required(name);
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw wrongType(name, "a whole number", value);
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException tooLarge) {
      throw new InvalidRequestException(field(name), "field '" + field(name) + "' is out of range");
    }
  }

  /**
   * A whole number in a range that must be present.
   *
   * @param name the field
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return its value
   */
  public int requiredInt(String name, int min, int max) {
    long value = requiredLong(name);
    if (value < min || value > max) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' is between " + min + " and " + max);
    }
    return (int) value;
  }

  /**
   * A whole number in a range that may be absent.
   *
   * @param name the field
   * @param min the smallest allowed
   * @param max the largest allowed
   * @param otherwise the value when absent
   * @return its value
   */
  public int optionalInt(String name, int min, int max, int otherwise) {
    return value(name).isPresent() ? requiredInt(name, min, max) : otherwise;
  }

  /**
   * A decimal number (a JSON number or a numeric string) that must be present.
   *
   * @param name the field
   * @return its exact value
   */
  public BigDecimal requiredDecimal(String name) {
    JsonValue value = required(name);
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString text) {
      try {
        return new BigDecimal(text.getString().strip());
      } catch (NumberFormatException notANumber) {
        throw wrongType(name, "a decimal number", value);
      }
    }
    throw wrongType(name, "a decimal number", value);
  }

  /**
   * A decimal number that may be absent.
   *
   * @param name the field
   * @return its value, or empty
   */
  public Optional<BigDecimal> optionalDecimal(String name) {
    return value(name).map(v -> requiredDecimal(name));
  }

  /**
   * An amount in yuan with at most two decimals ({@code 1234.56} or {@code "1234.56"}).
   *
   * @param name the field
   * @return the amount
   */
  public Money requiredMoney(String name) {
    BigDecimal yuan = requiredDecimal(name);
    if (yuan.stripTrailingZeros().scale() > 2
        || yuan.abs().compareTo(new BigDecimal("1e15")) >= 0) {
      throw new InvalidRequestException(
          field(name),
          "field '" + field(name) + "' is an amount in yuan with at most two decimals");
    }
    return Money.of(yuan, Money.CNY);
  }

  /**
   * An amount that may be absent.
   *
   * @param name the field
   * @return the amount, or empty
   */
  public Optional<Money> optionalMoney(String name) {
    return value(name).map(v -> requiredMoney(name));
  }

  /**
   * A yes/no field that must be present.
   *
   * @param name the field
   * @return its value
   */
  public boolean requiredBoolean(String name) {
    JsonValue value = required(name);
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw wrongType(name, "true or false", value);
  }

  /**
   * A date ({@code 2019-12-31}) that must be present.
   *
   * @param name the field
   * @return the date
   */
  public LocalDate requiredDate(String name) {
    String text = requiredString(name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' is a date such as 2019-12-31");
    }
  }

  /**
   * One of an enumeration's names, in any case.
   *
   * @param name the field
   * @param type the enumeration
   * @param <E> its type
   * @return the constant
   */
  public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    String text = requiredString(name);
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' is one of " + EnumSet.allOf(type));
    }
  }

  /**
   * A list of an enumeration's names; absent means none.
   *
   * @param name the field
   * @param type the enumeration
   * @param <E> its type
   * @return the constants
   */
  public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    for (int i = 0; i < array(name).size(); i++) {
      JsonValue item = array(name).get(i);
      if (!(item instanceof JsonString text)) {
        throw wrongType(name + "[" + i + "]", "a string", item);
      }
      try {
        result.add(Enum.valueOf(type, text.getString().strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw new InvalidRequestException(
            field(name) + "[" + i + "]",
            "field '" + field(name) + "[" + i + "]' is one of " + EnumSet.allOf(type));
      }
    }
    return result;
  }

  /**
   * A list of whole numbers; absent means empty.
   *
   * @param name the field
   * @return the numbers
   */
  public List<Long> longList(String name) {
    List<Long> result = new ArrayList<>();
    JsonArray items = array(name);
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof JsonNumber number) || !number.isIntegral()) {
        throw wrongType(name + "[" + i + "]", "a whole number", items.get(i));
      }
      result.add(number.longValue());
    }
    return result;
  }

  /**
   * A list of objects, each read with its own allowed fields; absent means empty.
   *
   * @param name the field
   * @param allowed the fields each object may hold
   * @param maxItems the most items accepted
   * @return the objects
   */
  public List<JsonRequest> objectList(String name, Set<String> allowed, int maxItems) {
    JsonArray items = array(name);
    if (items.size() > maxItems) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' holds at most " + maxItems + " items");
    }
    List<JsonRequest> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      result.add(of(items.get(i), allowed, field(name) + "[" + i + "]"));
    }
    return result;
  }

  /**
   * A nested object that may be absent.
   *
   * @param name the field
   * @param allowed the fields it may hold
   * @return the object, or empty
   */
  public Optional<JsonRequest> optionalObject(String name, Set<String> allowed) {
    return value(name).map(v -> of(v, allowed, field(name)));
  }

  /**
   * A list of texts; absent means empty.
   *
   * @param name the field
   * @param maxItems the most items accepted
   * @return the texts
   */
  public List<String> stringList(String name, int maxItems) {
    JsonArray items = array(name);
    if (items.size() > maxItems) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' holds at most " + maxItems + " items");
    }
    List<String> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof JsonString text)) {
        throw wrongType(name + "[" + i + "]", "a text", items.get(i));
      }
      result.add(text.getString());
    }
    return result;
  }

  /**
   * A list of lists (the rows of a table); absent means empty.
   *
   * @param name the field
   * @param maxRows the most rows accepted
   * @return the rows, each as its JSON values
   */
  public List<List<JsonValue>> rows(String name, int maxRows) {
    JsonArray items = array(name);
    if (items.size() > maxRows) {
      throw new InvalidRequestException(
          field(name), "field '" + field(name) + "' holds at most " + maxRows + " rows");
    }
    List<List<JsonValue>> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof JsonArray row)) {
        throw wrongType(name + "[" + i + "]", "a list of cells", items.get(i));
      }
      result.add(List.copyOf(row));
    }
    return result;
  }

  private JsonArray array(String name) {
    Optional<JsonValue> value = value(name);
    if (value.isEmpty()) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (!(value.get() instanceof JsonArray items)) {
      throw wrongType(name, "a list", value.get());
    }
    return items;
  }
}

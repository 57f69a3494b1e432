package org.sunshineledger.portal.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A JSON request body read field by field, so that every mistake names its field: an unknown field,
 * a field of the wrong type and a missing field are each refused with the field's name.
 */
public final class JsonRequest {
  private final JsonObject body;

  private JsonRequest(JsonObject body) {
    this.body = body;
  }

  /**
   * Reads a body that may hold only the given fields.
   *
   * @param value the parsed body, null when the request had none
   * @param allowed the names of the fields the endpoint takes
   * @return the request
   * @throws BadRequestBodyException when the body is missing, not an object, or has a field not
   *     allowed
   */
  public static JsonRequest of(JsonValue value, Set<String> allowed) {
    if (!(value instanceof JsonObject body)) {
      throw new BadRequestBodyException(null, "the body must be a JSON object");
    }
    for (String name : body.keySet()) {
      if (!allowed.contains(name)) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        throw new BadRequestBodyException(shown, "unknown field '" + shown + "'");
      }
    }
    return new JsonRequest(body);
  }

  /**
   * A text field that must be present.
   *
   * @param name the field
   * @return its text
   * @throws BadRequestBodyException when it is missing, null or not a string
   */
  public String requiredString(String name) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw new BadRequestBodyException(name, "field '" + name + "' is required");
    }
    if (!(value instanceof JsonString text)) {
      throw new BadRequestBodyException(
          name, "field '" + name + "' must be a string, not " + value.getValueType());
    }
    return text.getString();
  }
}

package org.sunshineledger.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API document as published: the running portal's, without what depends on where it runs (the
 * context root in front of every path) and without Payara's non-standard {@code endpoints} root
 * attribute, so that a standard generator takes it; keys sorted so that the file's history reads
 * well.
 */
final class OpenApiSnapshot {
  private OpenApiSnapshot() {}

  static JsonObject normalized(JsonObject document, String contextRoot) {
    JsonObjectBuilder copy = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> entry : document.entrySet()) {
      if (entry.getKey().equals("endpoints")) {
        continue; // Payara's own listing of its applications' paths, which OpenAPI does not know
      }
      if (entry.getKey().equals("paths")) {
        JsonObjectBuilder paths = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> path : entry.getValue().asJsonObject().entrySet()) {
          String key = path.getKey();
          if (!contextRoot.isEmpty() && key.startsWith(contextRoot + "/")) {
            key = key.substring(contextRoot.length());
          }
          paths.add(key, path.getValue());
        }
        copy.add("paths", paths);
      } else {
        copy.add(entry.getKey(), entry.getValue());
      }
    }
    return sorted(copy.build()).asJsonObject();
  }

  static void write(JsonObject document, Path file) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.writeObject(document);
    }
    Files.writeString(file, text.toString().strip() + "\n", StandardCharsets.UTF_8);
  }

  private static JsonValue sorted(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.createObjectBuilder();
      new TreeMap<>(object).forEach((key, child) -> copy.add(key, sorted(child)));
      return copy.build();
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      var array = Json.createArrayBuilder();
      value.asJsonArray().forEach(child -> array.add(sorted(child)));
      return array.build();
    }
    return value;
  }
}

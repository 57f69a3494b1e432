package org.sunshineledger.portal.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published API document ({@code api-docs/openapi/openapi.json}, which the integration tests
 * hold equal to the running portal's) is one a standard client generator takes: OpenAPI's own root
 * attributes only, servers, one tag per room, an operation id per operation, and a request schema
 * for every operation that takes a body, which every recorded request example satisfies.
 */
class PublishedDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "api-docs", "openapi", "openapi.json");
  private static final String BASE = "https://sunshine-ledger.example/openapi.json";
  private static final Set<String> ROOT =
      Set.of(
          "openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");

  private static String text;
  private static JsonObject document;
  private static SchemaRegistry schemas;

  @BeforeAll
  static void read() throws Exception {
    text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      document = reader.readObject();
    }
    schemas =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(), builder -> builder.schemas(Map.of(BASE, text)));
  }

  private static Map<String, JsonObject> operations() {
    Map<String, JsonObject> operations = new TreeMap<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (verb, operation) -> {
                          if (operation instanceof JsonObject o && o.containsKey("responses")) {
                            operations.put(verb + " " + path, o);
                          }
                        }));
    return operations;
  }

  @Test
  void holds_only_the_root_attributes_openapi_defines_and_names_its_servers() {
    for (String key : document.keySet()) {
      assertTrue(ROOT.contains(key) || key.startsWith("x-"), "not an OpenAPI attribute: " + key);
    }
    assertFalse(document.getJsonArray("servers").isEmpty());
  }

  @Test
  void gives_every_operation_its_own_id_and_one_tag_of_a_room() {
    Set<String> tags = new TreeSet<>();
    document.getJsonArray("tags").forEach(t -> tags.add(t.asJsonObject().getString("name")));
    assertEquals(
        Set.of(
            "fund",
            "registry",
            "board",
            "disclosure",
            "search",
            "place",
            "account",
            "village",
            "imports",
            "supervision"),
        tags);
    Set<String> ids = new TreeSet<>();
    operations()
        .forEach(
            (name, operation) -> {
              assertTrue(
                  ids.add(operation.getString("operationId")),
                  "operationId repeated: " + operation.getString("operationId"));
              assertEquals(1, operation.getJsonArray("tags").size(), name);
              assertTrue(tags.contains(operation.getJsonArray("tags").getString(0)), name);
            });
  }

  @Test
  void every_operation_that_takes_a_body_has_a_request_schema() {
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (!operation.containsKey("requestBody")) {
                return;
              }
              JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
              content.forEach(
                  (mediaType, body) -> {
                    JsonObject schema = body.asJsonObject().getJsonObject("schema");
                    if (schema == null || (schema.isEmpty() && mediaType.endsWith("json"))) {
                      missing.add(name + " " + mediaType);
                    } else if (mediaType.equals("application/json")
                        && !schema.containsKey("$ref")) {
                      missing.add(name + " " + mediaType + " is no request record");
                    }
                  });
            });
    assertEquals(List.of(), missing);
  }

  @Test
  void every_recorded_request_example_validates_against_its_schema() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (var entry : operations().entrySet()) {
      JsonObject operation = entry.getValue();
      if (!operation.containsKey("requestBody")) {
        continue;
      }
      JsonObject json =
          operation
              .getJsonObject("requestBody")
              .getJsonObject("content")
              .getJsonObject("application/json");
      if (json == null || !json.containsKey("example")) {
        continue;
      }
      var errors = validate(entry.getKey(), json.get("example"));
      checked++;
      if (!errors.isEmpty()) {
        failures.add(entry.getKey() + ": " + errors);
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(checked >= 25, "request examples checked: " + checked);
  }

  @Test
  void a_request_schema_refuses_what_the_portal_refuses() {
    JsonValue wrong =
        Json.createObjectBuilder()
            .add("source", "CENTRAL")
            .add("name", "2021年测试资金")
            .add("year", 2021)
            .add("amount", "一百万")
            .add("colour", "red")
            .build();
    var errors = validate("post /api/v1/funds", wrong);
    String all = errors.toString();
    assertTrue(all.contains("amount"), all);
    assertTrue(all.contains("colour"), all);
    assertTrue(all.contains("documentRef"), all);
  }

  private static List<String> validate(String operation, JsonValue body) {
    String verb = operation.substring(0, operation.indexOf(' '));
    String path = operation.substring(operation.indexOf(' ') + 1);
    String pointer =
        "/paths/"
            + path.replace("~", "~0").replace("/", "~1")
            + "/"
            + verb
            + "/requestBody/content/application~1json/schema";
    return schemas
        .getSchema(SchemaLocation.of(BASE + "#" + pointer))
        .validate(body.toString(), InputFormat.JSON)
        .stream()
        .map(Object::toString)
        .toList();
  }
}

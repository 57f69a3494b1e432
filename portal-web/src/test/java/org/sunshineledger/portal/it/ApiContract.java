package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract test: every answer of the API the tests receive is held to the published document
 * (the running portal's, which the drift test holds equal to the snapshot under version control) —
 * its status must be one the operation documents, its media type one documented for that status,
 * and a JSON body must validate against the documented schema (OpenAPI 3.0 dialect). Answers of
 * paths the document does not describe (pages, feeds of the platform) are not the API's and are
 * left alone.
 *
 * <p>With {@code -Dsunshine.openapi.write=true} it also records, for each operation that has none
 * yet, the first successful answer and the JSON request that caused it as the document's examples
 * ({@code api-docs/openapi/examples.json}), arrays cut to two items, and every full ID or mobile
 * number replaced by an obvious placeholder.
 */
final class ApiContract {
  static final Path EXAMPLES = Path.of("..", "api-docs", "openapi", "examples.json");
  private static final String BASE = "https://sunshine-ledger.example/openapi.json";
  private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1\\d{10}(?!\\d)");
  private static final boolean RECORD = Boolean.getBoolean("sunshine.openapi.write");

  private static ApiContract instance;

  private final JsonObject document;
  private final SchemaRegistry schemas;
  private final List<Operation> operations = new ArrayList<>();
  private final Set<String> answered = ConcurrentHashMap.newKeySet();
  private final Map<String, JsonObject> examples = new ConcurrentHashMap<>();

  /**
   * An operation of the document.
   *
   * @param verb its HTTP method, upper case
   * @param template its path, for example {@code /api/v1/projects/{id}}
   * @param path the pattern concrete paths of it match
   * @param spec its description in the document
   */
  record Operation(String verb, String template, Pattern path, JsonObject spec) {}

  private ApiContract(String text) {
    {
      document = Http.json(text);
      schemas =
          SchemaRegistry.withDefaultDialect(
              Dialects.getOpenApi30(), builder -> builder.schemas(Map.of(BASE, text)));
    }
    for (var path : document.getJsonObject("paths").entrySet()) {
      String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      for (var verb : path.getValue().asJsonObject().entrySet()) {
        if (verb.getValue() instanceof JsonObject spec && spec.containsKey("responses")) {
          operations.add(
              new Operation(
                  verb.getKey().toUpperCase(), path.getKey(), Pattern.compile(regex), spec));
        }
      }
    }
    if (RECORD) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::writeExamples));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::writeCoverage));
  }

  /**
   * The contract, read once per test run from the first deployment that asks.
   *
   * @param root the portal's root address
   * @param contextRoot the deployment's context root, empty at the root
   * @return it
   */
  static synchronized ApiContract get(URI root, String contextRoot) {
    if (instance == null) {
      try {
        HttpResponse<String> live =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(root.resolve("/openapi"))
                        .header("Accept", "application/json")
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject document = OpenApiSnapshot.normalized(Http.json(live.body()), contextRoot);
        instance = new ApiContract(document.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  /**
   * The contract as read by an earlier deployment of this run.
   *
   * @return it
   */
  static synchronized ApiContract get() {
    if (instance == null) {
      throw new IllegalStateException("no deployment has been asked yet");
    }
    return instance;
  }

  /**
   * Holds one answer to the document.
   *
   * @param verb the request's method
   * @param path the request's path below the context root, without the query
   * @param requestBody the JSON the request sent, or null
   * @param status the answer's status
   * @param contentType the answer's media type, or null
   * @param body the answer's body
   */
  void check(
      String verb, String path, String requestBody, int status, String contentType, String body) {
    Optional<Operation> found =
        operations.stream()
            .filter(o -> o.verb().equals(verb) && o.path().matcher(path).matches())
            .min((a, b) -> Long.compare(braces(a.template()), braces(b.template())));
    if (found.isEmpty()) {
      return;
    }
    Operation operation = found.get();
    String name = verb + " " + operation.template();
    if (status == 405 || status == 415 || status == 406) {
      return; // answered by JAX-RS before any resource: the method or media type is not offered
    }
    if (refusedByTheHttpServer(status, contentType, body)) {
      return; // the request never reached the application (see RELIABILITY.md, fuzzing)
    }
    JsonObject responses = operation.spec().getJsonObject("responses");
    String key = String.valueOf(status);
    if (!responses.containsKey(key)) {
      fail(name + " answered " + status + ", which the document does not list: " + shortened(body));
    }
    JsonObject response = responses.getJsonObject(key);
    if (!response.containsKey("content")) {
      assertTrue(body.isEmpty(), name + " " + status + " documents no body but sent " + body);
      if (RECORD && status < 300 && requestBody != null && !examples.containsKey(name)) {
        record(name, requestBody, null);
      }
      succeeded(name, status);
      return;
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
    JsonObject content = response.getJsonObject("content");
    if (content.keySet().stream().noneMatch(m -> m.split(";")[0].strip().equals(mediaType))) {
      fail(name + " " + status + " answered " + mediaType + "; documented: " + content.keySet());
    }
    if (mediaType.equals("application/json") || mediaType.equals("application/problem+json")) {
      String pointer =
          "/paths/"
              + escape(operation.template())
              + "/"
              + verb.toLowerCase()
              + "/responses/"
              + key
              + "/content/"
              + escape(mediaType)
              + "/schema";
      Schema schema = schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer));
      var errors = schema.validate(body, InputFormat.JSON);
      if (!errors.isEmpty()) {
        fail(
            name
                + " "
                + status
                + " does not match the document: "
                + errors.stream().map(Object::toString).collect(Collectors.joining("; "))
                + "\n"
                + shortened(body));
      }
      if (RECORD && status < 300 && !examples.containsKey(name)) {
        record(name, requestBody, body);
      }
    }
    succeeded(name, status);
  }

  private void succeeded(String name, int status) {
    if (status / 100 == 2) {
      answered.add(name);
    }
  }

  /**
   * The operations that succeeded as documented so far in this run.
   *
   * @return them, as {@code VERB /path}
   */
  Set<String> answered() {
    return new TreeSet<>(answered);
  }

  /**
   * Every operation of the document, as read.
   *
   * @return them, in the document's order
   */
  List<Operation> documented() {
    return List.copyOf(operations);
  }

  /**
   * Every operation of the document.
   *
   * @return them, as {@code VERB /path}
   */
  Set<String> operations() {
    return operations.stream()
        .map(o -> o.verb() + " " + o.template())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private void record(String name, String requestBody, String body) {
    JsonObjectBuilder example = Json.createObjectBuilder();
    if (requestBody != null && requestBody.strip().startsWith("{")) {
      example.add("request", Http.json(placeholders(requestBody)));
    } else if (requestBody != null && !requestBody.isBlank()) {
      example.add("request", placeholders(requestBody)); // a list as text (CSV)
    }
    if (body != null) {
      example.add(
          "response",
          cut(Json.createReader(new java.io.StringReader(placeholders(body))).readValue()));
    }
    examples.put(name, example.build());
  }

  /** Any full ID or mobile number replaced by an obvious placeholder: examples are public. */
  private static String placeholders(String json) {
    return ID_NUMBER
        .matcher(MOBILE.matcher(json).replaceAll("13800000000"))
        .replaceAll("370404190001010000");
  }

  /** Which operations this run saw succeed as documented: target/api-contract-coverage.txt. */
  private void writeCoverage() {
    Set<String> missing = operations();
    missing.removeAll(answered);
    try {
      Files.writeString(
          Path.of("target", "api-contract-coverage.txt"),
          "operations: "
              + operations().size()
              + ", succeeded as documented: "
              + answered.size()
              + "\nnot seen succeeding in this run:\n"
              + String.join("\n", missing)
              + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeExamples() {
    try {
      Map<String, JsonValue> merged = new TreeMap<>();
      if (Files.exists(EXAMPLES)) {
        merged.putAll(Http.json(Files.readString(EXAMPLES, StandardCharsets.UTF_8)));
      }
      examples.forEach(merged::putIfAbsent); // kept examples stay: delete one to record it anew
      JsonObjectBuilder all = Json.createObjectBuilder();
      merged.forEach(all::add);
      OpenApiSnapshot.write(all.build(), EXAMPLES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value with every array cut to its first two items, so examples stay short. */
  private static JsonValue cut(JsonValue value) {
    if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.createArrayBuilder();
      array.stream().limit(2).forEach(item -> copy.add(cut(item)));
      return copy.build();
    }
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.createObjectBuilder();
      object.forEach((k, v) -> copy.add(k, cut(v)));
      return copy.build();
    }
    return value;
  }

  /**
   * Whether the HTTP server itself refused the request before the application saw it — a request
   * line or header too long, an encoded NUL in the path: 400, 414 or 431 with no body at all.
   *
   * @param status the status
   * @param contentType the content type, or null
   * @param body the body
   * @return true for such a refusal
   */
  static boolean refusedByTheHttpServer(int status, String contentType, String body) {
    return (status == 400 || status == 414 || status == 431)
        && contentType == null
        && body.isEmpty();
  }

  private static String shortened(String body) {
    return body.length() <= 1000 ? body : body.substring(0, 1000) + "…";
  }

  private static long braces(String template) {
    return template.chars().filter(c -> c == '{').count();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }
}

package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fuzzer of the hardening suite: requests generated from the published document — every
 * operation, every parameter, every recorded request body — valid, at the boundaries, malformed,
 * oversized, of the wrong type, with unknown fields and Unicode edge cases, as anonymous, a donor
 * and each official role. Every answer must be below 500, an error must be problem+json, no body
 * may show a stack trace, an SQL fragment or a server version, and every answer is held to the
 * document by {@link ApiContract}.
 *
 * <p>The test command sends {@code sunshine.fuzz.requests} requests (2,000 by default); the long
 * run of the suite sends 50,000 (see RELIABILITY.md). The seed is fixed ({@code
 * sunshine.fuzz.seed}, default 20261129) so a failure replays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {
  private static final List<String> ACCOUNTS =
      java.util.Arrays.asList(
          null, "demo-donor", "huangquan-officer", "eshan-officer", "demo-admin", "demo-auditor");
  private static final Pattern LEAK =
      Pattern.compile(
          "(?i)exception|\\bat (org|java|jakarta|sun|fish)\\.|\\bselect \\S+ from\\b|\\binsert into\\b"
              + "|sqlstate|org\\.h2|postgresql|eclipselink|payara|glassfish|jersey|\\.java:\\d+");
  private static final List<String> STRANGE =
      List.of(
          "",
          "0",
          "-1",
          "1.5",
          "abc",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "1e309",
          "NaN",
          "true",
          "null",
          "' OR '1'='1",
          "1; DROP TABLE project",
          "../../etc/passwd",
          "%00",
          "\u0000",
          "\u202e\u0645\u0631\u062d\u0628\u0627",
          "e\u0301\u0301\u0301",
          "\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
          "\ud800",
          "黄泉村",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "2019-02-30",
          "9".repeat(400),
          "长".repeat(5000));
  private static final List<String> PAGE_SIZES =
      List.of("1", "100", "200", "201", "100000", "2147483648", "-5", "0");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void generated_requests_to_every_operation_never_fail_the_server_or_leak_its_insides(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    int total = Integer.getInteger("sunshine.fuzz.requests", 2000);
    long seed = Long.getLong("sunshine.fuzz.seed", 20261129L);
    http.get("api/v1/regions"); // reads the document into the contract
    JsonObject examples = Http.json(Files.readString(ApiContract.EXAMPLES, StandardCharsets.UTF_8));
    List<ApiContract.Operation> operations = ApiContract.get().documented();
    Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger retried = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        Random random = new Random(seed + i);
        ApiContract.Operation operation = operations.get(random.nextInt(operations.size()));
        JsonObject example = examples.getJsonObject(operation.verb() + " " + operation.template());
        sent.add(
            pool.submit(
                () -> {
                  HttpRequest.Builder request = request(http, operation, example, random);
                  String described = describe(request);
                  try {
                    HttpResponse<String> response;
                    try {
                      response = http.send(request);
                    } catch (java.io.UncheckedIOException closed) {
                      // the server closes a connection after refusing a request on it; the client
                      // may have sent the next one on it already: that one is sent again, once
                      retried.incrementAndGet();
                      response = http.send(request);
                    }
                    int status = response.statusCode();
                    String contentType = response.headers().firstValue("Content-Type").orElse(null);
                    String kind =
                        ApiContract.refusedByTheHttpServer(status, contentType, response.body())
                            ? "refused by the HTTP server"
                            : status / 100 + "xx";
                    statuses.computeIfAbsent(kind, s -> new AtomicInteger()).incrementAndGet();
                    if (kind.startsWith("refused")) {
                      return null;
                    }
                    if (status >= 500) {
                      failures.add(status + " for " + described + ": " + response.body());
                    } else if (status >= 400
                        && !response
                            .headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json")) {
                      failures.add(status + " not problem+json for " + described);
                    } else if (LEAK.matcher(response.body()).find() && !isDocument(operation)) {
                      failures.add("leak in " + described + ": " + shortened(response.body()));
                    }
                  } catch (AssertionError contract) {
                    failures.add("contract, " + described + ": " + contract.getMessage());
                  } catch (RuntimeException unanswered) {
                    failures.add("no answer to " + described + ": " + unanswered.getMessage());
                  }
                  return null;
                }));
      }
      for (Future<?> each : sent) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "fuzz: %d requests, seed %d, statuses %s, sent again %d, failures %d%n",
        total, seed, new TreeMap<>(statuses), retried.get(), failures.size());
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "fuzz-failures.txt"), failures, StandardCharsets.UTF_8);
    assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failures");
    assertEquals(total, statuses.values().stream().mapToInt(AtomicInteger::get).sum());
    assertTrue(statuses.containsKey("2xx") && statuses.containsKey("4xx"), statuses.toString());
  }

  /** One generated request of an operation. */
  private static HttpRequest.Builder request(
      Http http, ApiContract.Operation operation, JsonObject example, Random random) {
    String path = operation.template();
    StringBuilder query = new StringBuilder();
    JsonArray parameters = operation.spec().getJsonArray("parameters");
    Map<String, String> headers = new TreeMap<>();
    if (parameters != null) {
      for (JsonValue value : parameters) {
        JsonObject parameter = value.asJsonObject();
        String name = parameter.getString("name");
        String in = parameter.getString("in");
        if (in.equals("path")) {
          String id =
              random.nextInt(4) == 0
                  ? pick(STRANGE, random)
                  : String.valueOf(1 + random.nextInt(5));
          path = path.replace("{" + name + "}", encode(id));
        } else if (in.equals("query") && random.nextBoolean()) {
          String v =
              name.equals("size") || name.equals("page")
                  ? pick(PAGE_SIZES, random)
                  : pick(STRANGE, random);
          query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(v));
        } else if (in.equals("header") && random.nextBoolean()) {
          headers.put(name, "\"" + random.nextInt(10) + "\"");
        }
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path.substring(1) + query));
    headers.forEach(request::header);
    String account = pick(ACCOUNTS, random);
    if (account != null) {
      request.header("Authorization", Http.basic(account, Http.DEMO_PASSWORD));
    }
    if (operation.verb().equals("GET") || operation.verb().equals("DELETE")) {
      return request.method(operation.verb(), HttpRequest.BodyPublishers.noBody());
    }
    String body = body(example, random);
    request.header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/json");
    return request.method(
        operation.verb(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** A body: the recorded request, as it is or mutated, or something that is not one at all. */
  private static String body(JsonObject example, Random random) {
    JsonValue recorded = example == null ? null : example.get("request");
    if (recorded instanceof jakarta.json.JsonString text) {
      return random.nextBoolean() ? text.getString() : text.getString().replace(",", ",\"");
    }
    JsonObject valid = recorded instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    return switch (random.nextInt(10)) {
      case 0 -> valid.toString();
      case 1 -> "";
      case 2 -> "{\"unterminated\": ";
      case 3 -> "[1,2,3]";
      case 4 -> "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
      case 5 -> "{\"big\":\"" + "长".repeat(300_000) + "\"}";
      default -> mutated(valid, random).toString();
    };
  }

  private static JsonObject mutated(JsonObject valid, Random random) {
    JsonObjectBuilder copy = Json.createObjectBuilder(valid);
    List<String> fields = new ArrayList<>(valid.keySet());
    switch (random.nextInt(4)) {
      case 0 -> copy.add("unknownField", pick(STRANGE, random));
      case 1 -> {
        if (!fields.isEmpty()) {
          copy.remove(pick(fields, random));
        }
      }
      default -> {
        if (!fields.isEmpty()) {
          String field = pick(fields, random);
          switch (random.nextInt(5)) {
            case 0 -> copy.add(field, pick(STRANGE, random));
            case 1 -> copy.add(field, random.nextLong());
            case 2 -> copy.add(field, Json.createArrayBuilder().add(pick(STRANGE, random)));
            case 3 -> copy.add(field, Json.createObjectBuilder().add("x", 1));
            default -> copy.addNull(field);
          }
        }
      }
    }
    return copy.build();
  }

  private static boolean isDocument(ApiContract.Operation operation) {
    return operation.template().startsWith("/feeds/")
        || operation.template().endsWith("notice.pdf");
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String describe(HttpRequest.Builder request) {
    HttpRequest built = request.copy().build();
    return built.method() + " " + shortened(built.uri().toString());
  }

  private static String shortened(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}

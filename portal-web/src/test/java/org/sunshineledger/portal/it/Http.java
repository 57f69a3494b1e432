package org.sunshineledger.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** A small HTTP client for the tests, always on loopback whatever address Payara reports. */
public final class Http {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  /**
   * A client of a deployment.
   *
   * @param deployment the deployment's URL as Arquillian gives it
   */
  public Http(URL deployment) {
    String url = deployment.toString().replaceFirst("//[^:/]+", "//127.0.0.1");
    this.base = URI.create(url.endsWith("/") ? url : url + "/");
  }

  /**
   * The address of a path of the deployment.
   *
   * @param path a path without a leading slash
   * @return the address
   */
  public URI uri(String path) {
    return base.resolve(path);
  }

  /**
   * Sends a request.
   *
   * @param request the request
   * @return the response with its body as text
   */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(client, request);
  }

  /**
   * Sends a request with a client of the caller's (one that keeps a session's cookies), holding the
   * answer to the published API document like every other.
   *
   * @param with the client
   * @param request the request
   * @return the response with its body as text
   */
  public HttpResponse<String> send(HttpClient with, HttpRequest.Builder request) {
    try {
      HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
      HttpResponse<String> response =
          with.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String path = built.uri().getRawPath();
      if (path.startsWith(base.getRawPath())) {
        ApiContract.get(base.resolve("/"), base.getRawPath().replaceAll("/$", ""))
            .check(
                built.method(),
                "/" + path.substring(base.getRawPath().length()),
                bodyOf(built),
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body());
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The text a request sends, or null for none. */
  private static String bodyOf(HttpRequest request) {
    if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
      return null;
    }
    List<ByteBuffer> parts = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    request
        .bodyPublisher()
        .get()
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                parts.add(item);
              }

              @Override
              public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    done.join();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (ByteBuffer part : parts) {
      byte[] chunk = new byte[part.remaining()];
      part.get(chunk);
      bytes.writeBytes(chunk);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The id of a list's first item.
   *
   * @param list a path that answers a page ({@code items})
   * @return the first item's id
   */
  public long firstId(String list) {
    return getJson(list).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  /**
   * GETs a path.
   *
   * @param path the path
   * @return the response
   */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  /**
   * PUTs JSON to a path, optionally as an account.
   *
   * @param path the path
   * @param json the body
   * @param username the account, or null for an anonymous request
   * @return the response
   */
  public HttpResponse<String> putJson(String path, String json, String username) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (username != null) {
      request.header("Authorization", basic(username, DEMO_PASSWORD));
    }
    return send(request);
  }

  /**
   * POSTs JSON to a path as an account.
   *
   * @param path the path
   * @param json the body
   * @param username the account, or null for an anonymous request
   * @param ifMatch the version for {@code If-Match}, or null
   * @return the response
   */
  public HttpResponse<String> postJson(String path, String json, String username, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (username != null) {
      request.header("Authorization", basic(username, DEMO_PASSWORD));
    }
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    return send(request);
  }

  /**
   * POSTs JSON as an account and expects 2xx.
   *
   * @param path the path
   * @param json the body
   * @param username the account
   * @return the parsed body
   */
  public JsonObject post(String path, String json, String username) {
    HttpResponse<String> response = postJson(path, json, username, null);
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(
          "POST " + path + " → " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  /**
   * GETs a JSON object and expects 200.
   *
   * @param path the path
   * @return the parsed body
   */
  public JsonObject getJson(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " → " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }

  /**
   * GETs a JSON object as an account (HTTP Basic with the demo password) and expects 200.
   *
   * @param path the path
   * @param username the account
   * @return the parsed body
   */
  public JsonObject getJson(String path, String username) {
    HttpResponse<String> response =
        send(
            java.net.http.HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(username, DEMO_PASSWORD)));
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET "
              + path
              + " as "
              + username
              + " → "
              + response.statusCode()
              + " "
              + response.body());
    }
    return json(response);
  }

  /**
   * GETs a path as bytes with an Accept header.
   *
   * @param path the path
   * @param accept the media type asked for
   * @return the response
   */
  public HttpResponse<byte[]> getBytes(String path, String accept) {
    try {
      return client.send(
          HttpRequest.newBuilder(uri(path))
              .header("Accept", accept)
              .timeout(Duration.ofSeconds(60))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The demo accounts' password, as the README gives it. */
  public static final String DEMO_PASSWORD = "sunshine-demo";

  /**
   * An HTTP Basic header.
   *
   * @param username the account
   * @param password the password
   * @return the header's value
   */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses a JSON array body.
   *
   * @param response the response
   * @return the array
   */
  public static jakarta.json.JsonArray jsonArray(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /**
   * Parses a JSON object body.
   *
   * @param response the response
   * @return the object
   */
  public static JsonObject json(HttpResponse<String> response) {
    return json(response.body());
  }

  /**
   * Reads a JSON object from text.
   *
   * @param text the JSON
   * @return the object
   */
  public static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}

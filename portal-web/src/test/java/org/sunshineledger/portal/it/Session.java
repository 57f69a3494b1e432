package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A signed-in browser session: the password is checked once, then the cookie and the token. */
record Session(Http http, HttpClient client, String csrf) {
  static Session signIn(Http http, String user) {
    return signIn(http, user, Http.DEMO_PASSWORD);
  }

  static Session signIn(Http http, String user, String password) {
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new java.net.CookieManager())
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      client.send(
          HttpRequest.newBuilder(http.uri("login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "username=" + user + "&password=" + password + "&next=/"))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> session =
          client.send(
              HttpRequest.newBuilder(http.uri("api/v1/session")).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Session(http, client, Http.json(session).getString("csrfToken"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return http.send(client, HttpRequest.newBuilder(http.uri(path)));
  }

  HttpResponse<String> send(String path, String json) {
    return http.send(
        client,
        HttpRequest.newBuilder(http.uri(path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  JsonObject post(String path, String json) throws Exception {
    HttpResponse<String> response = send(path, json);
    assertTrue(
        response.statusCode() / 100 == 2,
        path + " → " + response.statusCode() + " " + response.body());
    return Http.json(response);
  }
}

package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The charity board on a managed Payara Micro: no need is ever over-pledged, however many pledges
 * race for it; a pledge is followed from donor to receipt in the donation's public trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardIT {
  private static final String VILLAGE = "huangquan-officer";
  private static final String TOWNSHIP = "eshan-officer";
  private static final String DONOR = "demo-donor";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void a_matching_run_is_kept_in_the_database_and_committed_once(@ArquillianResource URL url) {
    Http http = new Http(url);
    HttpResponse<String> previewed = http.postJson("api/v1/board/matching", "", "demo-admin", null);
    assertEquals(201, previewed.statusCode(), previewed.body());
    JsonObject run = Http.json(previewed);
    String id = run.getString("id");
    assertFalse(run.getBoolean("committed"));
    assertEquals(run, Http.json(asAdmin(http, "api/v1/board/matching/" + id)), "read back");
    assertEquals(
        403,
        http.postJson("api/v1/board/matching/" + id + "/commit", "", DONOR, null).statusCode());
    JsonObject committed = http.post("api/v1/board/matching/" + id + "/commit", "", "demo-admin");
    assertTrue(committed.getBoolean("committed"));
    assertEquals(
        run.getJsonArray("lines").size(),
        committed.getJsonArray("lines").size(),
        "every proposed line has its outcome");
    for (JsonObject line : committed.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      assertTrue(
          List.of("PLEDGED", "SKIPPED").contains(line.getString("outcome")), line.toString());
    }
    JsonObject again = http.post("api/v1/board/matching/" + id + "/commit", "", "demo-admin");
    assertEquals(committed, again, "a committed run is not committed twice");
    assertEquals(404, asAdmin(http, "api/v1/board/matching/no-such-run").statusCode());
  }

  private static HttpResponse<String> asAdmin(Http http, String path) {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", Http.basic("demo-admin", Http.DEMO_PASSWORD)));
  }

  /** Runs of the pledge race: 20 in the test command, 100 in the hardening run (RELIABILITY.md). */
  private static final int RACE_RUNS = Integer.getInteger("sunshine.races.runs", 20);

  @Test
  void a_signed_in_browser_without_the_anti_forgery_token_changes_nothing_with_it_may_cancel(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    Session donor = Session.signIn(http, DONOR);
    long donation = winterSupplies(donor, 10);
    long need = verifiedNeed(http, "棉被-防伪", 5);
    String pledge = "{\"donation\":" + donation + ",\"need\":" + need + ",\"units\":1}";
    for (String token : java.util.Arrays.asList(null, "", "forged-" + donor.csrf())) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(http.uri("api/v1/board/pledges"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(pledge, StandardCharsets.UTF_8));
      if (token != null) {
        request.header("X-CSRF-Token", token);
      }
      HttpResponse<String> refused = http.send(donor.client(), request);
      assertEquals(403, refused.statusCode(), "token " + token + ": " + refused.body());
    }
    assertEquals(
        0, http.getJson("api/v1/board/needs/" + need).getJsonNumber("pledged").longValue());
    long pledged =
        Http.json(donor.send("api/v1/board/pledges", pledge)).getJsonNumber("id").longValue();
    // with the token the donor may also take the pledge back
    HttpResponse<String> cancelled =
        http.send(
            donor.client(),
            HttpRequest.newBuilder(http.uri("api/v1/board/pledges/" + pledged))
                .header("X-CSRF-Token", donor.csrf())
                .DELETE());
    assertEquals(204, cancelled.statusCode(), cancelled.body());
    assertEquals(
        0, http.getJson("api/v1/board/needs/" + need).getJsonNumber("pledged").longValue());
  }

  @Test
  void two_hundred_concurrent_pledges_on_a_need_for_37_give_exactly_37_successes_every_run(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    Session donor = Session.signIn(http, DONOR);
    long donation = winterSupplies(donor, 100000);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      for (int run = 1; run <= RACE_RUNS; run++) {
        long need = verifiedNeed(http, "棉被-" + run, 37);
        List<Callable<HttpResponse<String>>> pledges = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          pledges.add(
              () ->
                  donor.send(
                      "api/v1/board/pledges",
                      "{\"donation\":" + donation + ",\"need\":" + need + ",\"units\":1}"));
        }
        int created = 0;
        int conflicts = 0;
        for (Future<HttpResponse<String>> result : pool.invokeAll(pledges)) {
          HttpResponse<String> response = result.get();
          if (response.statusCode() == 201) {
            created++;
          } else {
            assertEquals(409, response.statusCode(), response.body());
            assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(0, Http.json(response).getJsonNumber("remaining").longValue());
            conflicts++;
          }
        }
        assertEquals(37, created, "run " + run);
        assertEquals(163, conflicts, "run " + run);
        JsonObject stored = http.getJson("api/v1/board/needs/" + need);
        assertEquals(37, stored.getJsonNumber("pledged").longValue());
        assertEquals(0, stored.getJsonNumber("remaining").longValue());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        RACE_RUNS * 37,
        http.getJson("api/v1/board/donations/" + donation + "/trail")
            .getJsonNumber("pledged")
            .longValue());
  }

  @Test
  void a_pledge_is_followed_from_donor_to_receipt_in_the_public_trail(@ArquillianResource URL url)
      throws Exception {
    Http http = new Http(url);
    Session donor = Session.signIn(http, DONOR);
    long need = verifiedNeed(http, "电暖器", 2);
    long donation =
        donor
            .post(
                "api/v1/board/donations",
                "{\"donorKind\":\"INDIVIDUAL\",\"donorName\":\"李某\",\"anonymous\":true,\"category\":\"WINTER_SUPPLIES\",\"units\":5}")
            .getJsonNumber("id")
            .longValue();
    long pledge =
        donor
            .post(
                "api/v1/board/pledges",
                "{\"donation\":" + donation + ",\"need\":" + need + ",\"units\":2}")
            .getJsonNumber("id")
            .longValue();
    assertEquals(204, donor.send("api/v1/board/pledges/" + pledge + "/deliver", "").statusCode());
    String code =
        http.post("api/v1/board/pledges/" + pledge + "/receipt-code", "{}", VILLAGE)
            .getString("code");
    HttpResponse<String> wrong =
        http.postJson(
            "api/v1/board/pledges/" + pledge + "/receive", "{\"code\":\"bad\"}", VILLAGE, null);
    assertEquals(422, wrong.statusCode());
    assertEquals(
        204,
        http.postJson(
                "api/v1/board/pledges/" + pledge + "/receive",
                "{\"code\":\"" + code + "\"}",
                VILLAGE,
                null)
            .statusCode());
    JsonObject trail = http.getJson("api/v1/board/donations/" + donation + "/trail");
    assertEquals("爱心人士（匿名）", trail.getString("donor"));
    JsonObject step = trail.getJsonArray("pledges").getJsonObject(0);
    assertEquals("RECEIVED", step.getString("state"));
    assertEquals("CLOSED", step.getJsonObject("need").getString("state"));
    assertFalse(trail.toString().contains("李某"));
  }

  @Test
  void an_unverified_need_is_not_on_the_board_and_nobody_but_the_donor_pledges_a_donation(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long posted =
        http.post("api/v1/board/needs", needJson(village(http), "书包", 3), VILLAGE)
            .getJsonNumber("id")
            .longValue();
    assertEquals(404, http.get("api/v1/board/needs/" + posted).statusCode());
    assertEquals(
        403,
        http.postJson("api/v1/board/needs/" + posted + "/verify", "{}", "demo-auditor", null)
            .statusCode());
    HttpResponse<String> fromOfficer =
        http.postJson(
            "api/v1/board/donations",
            "{\"donorKind\":\"SOE\",\"donorName\":\"x\",\"category\":\"CASH\",\"units\":1}",
            VILLAGE,
            null);
    assertEquals(403, fromOfficer.statusCode());
    HttpResponse<String> priceCap =
        http.postJson(
            "api/v1/board/needs",
            needJson(village(http), "羽绒服", 1).replace("\"120\"", "\"900\""),
            VILLAGE,
            null);
    assertEquals(422, priceCap.statusCode());
    assertEquals("charity.price-cap", Http.json(priceCap).getString("rule"));
  }

  @Test
  void a_donor_pledges_in_chromium_the_village_confirms_receipt_and_the_public_trail_shows_it(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long need = verifiedNeed(http, "羽绒服-浏览器", 3);
    try (Browser donor = Browser.start()) {
      donor.open(http.uri("login?lang=zh&next=/board/needs/" + need));
      donor.signIn(DONOR, Http.DEMO_PASSWORD);
      assertEquals(List.of(), donor.accessibilityViolations(), "need page");
      donor.fill("units", "2").press("form.upload button");
      assertTrue(donor.text().contains("已认捐"), donor.text());
      assertEquals(List.of(), donor.accessibilityViolations(), "trail page");
      String pledge = donor.currentUrl().replaceAll(".*#", "#");
      donor.press(pledge + " form.inline button");
    }
    try (Browser village = Browser.start()) {
      village.open(http.uri("login?lang=zh&next=/board/needs/" + need));
      village.signIn(VILLAGE, Http.DEMO_PASSWORD);
      village.press("td form button");
      String notice = village.text();
      String code = notice.replaceAll("(?s).*签收码：(\\d{6}).*", "$1");
      assertEquals(6, code.length(), notice);
      village.fill(village.firstIdStartingWith("code-"), code).press("td form:last-of-type button");
      assertTrue(village.text().contains("已签收"), village.text());
      village.open(http.uri("board?lang=zh"));
      assertEquals(List.of(), village.accessibilityViolations(), "board");
    }
    JsonObject trail = http.getJson("api/v1/board/needs/" + need);
    assertEquals(2, trail.getJsonNumber("received").longValue());
  }

  private static long winterSupplies(Session donor, long units) throws Exception {
    return donor
        .post(
            "api/v1/board/donations",
            "{\"donorKind\":\"SOE\",\"donorName\":\"枣庄市某国有企业\",\"category\":\"WINTER_SUPPLIES\",\"units\":"
                + units
                + "}")
        .getJsonNumber("id")
        .longValue();
  }

  private static long verifiedNeed(Http http, String item, long quantity) {
    long need =
        http.post("api/v1/board/needs", needJson(village(http), item, quantity), VILLAGE)
            .getJsonNumber("id")
            .longValue();
    http.post("api/v1/board/needs/" + need + "/verify", "{}", TOWNSHIP);
    return need;
  }

  private static String needJson(long village, String item, long quantity) {
    return "{\"village\":"
        + village
        + ",\"category\":\"WINTER_SUPPLIES\",\"item\":\""
        + item
        + "\",\"quantity\":"
        + quantity
        + ",\"unitPrice\":\"120\",\"urgency\":4,\"deadline\":\""
        + LocalDate.now().plusDays(30)
        + "\"}";
  }

  private static long village(Http http) {
    return http
        .getJson("api/v1/regions")
        .getJsonArray("townships")
        .getValuesAs(JsonObject.class)
        .stream()
        .flatMap(t -> t.getJsonArray("villages").getValuesAs(JsonObject.class).stream())
        .filter(v -> v.getString("name").equals("黄泉村"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** A signed-in browser session: the password is checked once, then the cookie and the token. */
  private record Session(Http http, HttpClient client, String csrf) {
    static Session signIn(Http http, String user) {
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
                        "username=" + user + "&password=" + Http.DEMO_PASSWORD + "&next=/"))
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
}

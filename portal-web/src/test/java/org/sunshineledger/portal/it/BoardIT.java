package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
  private static final String ADMIN = "demo-admin";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  /** The needs' columns, in the template's order. */
  private static final List<String> NEEDS =
      List.of("需求编号", "镇街", "村（居）", "受助户编号", "类别", "物品或用途", "数量", "单价（元）", "紧急程度", "需要日期");

  private static List<List<String>> needs(List<List<String>> rows) {
    List<List<String>> file = new java.util.ArrayList<>();
    file.add(NEEDS);
    file.addAll(rows);
    return file;
  }

  private static List<String> need(
      String village, String category, String item, String price, String date) {
    return List.of("", "峨山镇", village, "", category, item, "10", price, "3", date);
  }

  private static int exportedNeeds(Http http, String username) {
    return Imports.rows(Imports.download(http, "api/v1/imports/needs/export", username)).size() - 1;
  }

  @Test
  void a_villages_needs_import_from_xlsx_xls_and_gbk_csv_with_dates_as_typed_and_round_trip(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    assertEquals(
        NEEDS, Imports.rows(Imports.download(http, "api/v1/imports/needs/template", null)).get(0));
    int before = exportedNeeds(http, VILLAGE);
    Imports.store(
        http,
        "needs",
        org.sunshineledger.portal.sheet.SheetFixtures.xlsx(
            needs(List.of(need("黄泉村", "过暖冬过好年", "表格棉被", "150", "2030-12-01")))),
        VILLAGE);
    Imports.store(
        http,
        "needs",
        org.sunshineledger.portal.sheet.SheetFixtures.xls(
            needs(List.of(need("黄泉村", "教育", "表格书包", "８０元", "2030年9月1日")))),
        VILLAGE);
    Imports.store(
        http,
        "needs",
        org.sunshineledger.portal.sheet.SheetFixtures.csv(
            needs(List.of(need("黄泉村", "日常生活用品", "表格米面", "60.5", "2030/3/1"))),
            org.sunshineledger.portal.sheet.SheetFixtures.GBK,
            false),
        VILLAGE);
    List<List<String>> exported =
        Imports.rows(Imports.download(http, "api/v1/imports/needs/export", VILLAGE));
    assertEquals(before + 3, exported.size() - 1);
    List<String> books =
        exported.stream().filter(r -> r.contains("表格书包")).findFirst().orElseThrow();
    assertEquals("80", books.get(7));
    assertEquals("2030-09-01", books.get(9));
    assertTrue(
        exported.stream().skip(1).allMatch(r -> r.get(2).equals("黄泉村")),
        "a village officer's export holds their village only");
    // the export sent back changes nothing; a posted need changed in it is refused by its number
    JsonObject again =
        Imports.store(
            http, "needs", org.sunshineledger.portal.sheet.SheetFixtures.xlsx(exported), VILLAGE);
    assertEquals(0, again.getInt("records"));
    assertEquals(before + 3, exportedNeeds(http, VILLAGE));
    List<List<String>> changed = new java.util.ArrayList<>(List.of(exported.get(0)));
    List<String> dearer = new java.util.ArrayList<>(books);
    dearer.set(7, "90");
    changed.add(dearer);
    HttpResponse<String> refused =
        Imports.send(
            http,
            "needs",
            org.sunshineledger.portal.sheet.SheetFixtures.xlsx(changed),
            VILLAGE,
            "");
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(
        Imports.errors(Http.json(refused).getJsonObject("report")).get(0).contains("不能通过导入修改"));
  }

  @Test
  void every_error_of_a_needs_list_names_its_row_and_nothing_is_stored(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    int before = exportedNeeds(http, ADMIN);
    List<List<String>> rows =
        needs(
            List.of(
                need("萝藤村", "教育", "越权书包", "80", "2030-09-01"),
                need("黄泉村", "玩具", "错类别", "80", "2030-09-01"),
                need("黄泉村", "教育", "错日期", "80", "下个月"),
                need("黄泉村", "日常生活用品", "超上限", "3000", "2030-09-01"),
                need("黄泉村", "教育", "重复书包", "80", "2030-09-01"),
                need("黄泉村", "教育", "重复书包", "80", "2030-09-01")));
    HttpResponse<String> refused =
        Imports.send(
            http,
            "needs",
            org.sunshineledger.portal.sheet.SheetFixtures.csv(
                rows, org.sunshineledger.portal.sheet.SheetFixtures.GBK, false),
            VILLAGE,
            "");
    assertEquals(422, refused.statusCode(), refused.body());
    List<String> errors = Imports.errors(Http.json(refused).getJsonObject("report"));
    assertEquals(5, errors.size(), errors.toString());
    assertEquals("2|村（居）|萝藤村不在本账号的管理范围内", errors.get(0));
    assertTrue(errors.get(1).startsWith("3|类别|类别不能填写“玩具”"), errors.get(1));
    assertTrue(errors.get(2).startsWith("4|需要日期|需要日期应为日期"), errors.get(2));
    assertEquals("5|单价（元）|日常生活用品每单位至多 300.00 元，而不是 3000.00 元", errors.get(3));
    assertEquals("7|物品或用途|与第 6 行重复：黄泉村 重复书包", errors.get(4));
    assertEquals(before, exportedNeeds(http, ADMIN));
    assertEquals(403, Imports.send(http, "needs", new byte[] {1}, DONOR, "").statusCode());
    assertEquals(403, Imports.send(http, "needs", new byte[] {1}, "demo-auditor", "").statusCode());
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

  // ---------------------------------------------------------------- accounts

  @Test
  void officials_are_appointed_down_the_hierarchy_and_every_refusal_answers_403_changing_nothing(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    long eshan = townshipOf(http, "黄泉村");
    long huangquan = village(http);
    long qilishan = villageNamed(http, "七里山村");
    String township = "it-eshan-" + System.nanoTime() % 100_000;
    String villageOfficer = "it-huangquan-" + System.nanoTime() % 100_000;

    JsonObject appointed =
        post(
            http,
            "api/v1/accounts",
            appointment(township, "TOWNSHIP_OFFICER", eshan, null),
            ADMIN,
            "sunshine-demo",
            201);
    String oneTime = appointed.getString("oneTimePassword");
    assertTrue(oneTime.matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}"), oneTime);
    // a one-time password allows nothing but choosing one's own
    assertEquals(
        403, as(http, "GET", "api/v1/registry/progress", null, township, oneTime).statusCode());
    assertTrue(
        Http.json(as(http, "GET", "api/v1/account", null, township, oneTime))
            .getBoolean("mustChangePassword"));
    String townshipPassword = "Eshan-town-9137";
    choosePassword(http, township, oneTime, townshipPassword);
    assertEquals(
        200,
        as(http, "GET", "api/v1/registry/progress", null, township, townshipPassword).statusCode());

    String villagePassword = "Huangquan-village-5521";
    String villageOneTime =
        post(
                http,
                "api/v1/accounts",
                appointment(villageOfficer, "VILLAGE_OFFICER", null, huangquan),
                township,
                townshipPassword,
                201)
            .getString("oneTimePassword");
    choosePassword(http, villageOfficer, villageOneTime, villagePassword);
    HttpResponse<String> contact =
        as(
            http,
            "PUT",
            "api/v1/villages/" + huangquan + "/contact",
            "{\"complaintPhone\":\"0632-7719999\",\"noticeBoardLocation\":\"村委会门口\"}",
            villageOfficer,
            villagePassword);
    assertEquals(200, contact.statusCode(), contact.body());

    // the refusals of the hierarchy: each 403, and no account is made
    String[][] refused = {
      {township, townshipPassword, appointment("it-x1", "VILLAGE_OFFICER", null, qilishan)},
      {township, townshipPassword, appointment("it-x2", "TOWNSHIP_OFFICER", eshan, null)},
      {township, townshipPassword, appointment("it-x3", "DISTRICT_ADMIN", null, null)},
      {township, townshipPassword, appointment("it-x4", "AUDITOR", null, null)},
      {villageOfficer, villagePassword, appointment("it-x5", "VILLAGE_OFFICER", null, huangquan)},
      {DONOR, Http.DEMO_PASSWORD, appointment("it-x6", "VILLAGE_OFFICER", null, huangquan)},
      {
        "demo-auditor", Http.DEMO_PASSWORD, appointment("it-x7", "VILLAGE_OFFICER", null, huangquan)
      },
    };
    for (String[] attempt : refused) {
      HttpResponse<String> answer =
          as(http, "POST", "api/v1/accounts", attempt[2], attempt[0], attempt[1]);
      assertEquals(403, answer.statusCode(), attempt[0] + " " + attempt[2] + " → " + answer.body());
    }
    for (int i = 1; i <= 7; i++) {
      assertEquals(
          404,
          as(http, "GET", "api/v1/accounts/it-x" + i, null, ADMIN, Http.DEMO_PASSWORD)
              .statusCode());
    }
    // nobody disables an account outside their reach, or their own
    assertEquals(
        403,
        as(
                http,
                "POST",
                "api/v1/accounts/liuyuan-officer/disable",
                "{}",
                township,
                townshipPassword)
            .statusCode());
    assertEquals(
        403,
        as(
                http,
                "POST",
                "api/v1/accounts/" + township + "/disable",
                "{}",
                township,
                townshipPassword)
            .statusCode());
    assertEquals(
        403,
        as(
                http,
                "POST",
                "api/v1/accounts/" + villageOfficer + "/disable",
                "{}",
                "liuyuan-officer",
                Http.DEMO_PASSWORD)
            .statusCode());
    // the township officer sees its village officers only
    JsonObject scope =
        Http.json(as(http, "GET", "api/v1/accounts?size=200", null, township, townshipPassword));
    assertTrue(
        scope.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .allMatch(
                a ->
                    a.getString("role").equals("VILLAGE_OFFICER")
                        && a.getJsonNumber("township").longValue() == eshan),
        scope.toString());
    assertTrue(scope.toString().contains(villageOfficer), scope.toString());

    // a disabled account's next request is refused, a session signed in before it included
    Session before = Session.signIn(http, villageOfficer, villagePassword);
    assertEquals(200, before.get("api/v1/registry/progress").statusCode());
    HttpResponse<String> disabled =
        as(
            http,
            "POST",
            "api/v1/accounts/" + villageOfficer + "/disable",
            "{\"reason\":\"调离\"}",
            township,
            townshipPassword);
    assertEquals(200, disabled.statusCode(), disabled.body());
    assertTrue(Http.json(disabled).getBoolean("disabled"));
    assertEquals(401, before.get("api/v1/registry/progress").statusCode());
    assertEquals(
        401, as(http, "GET", "api/v1/account", null, villageOfficer, villagePassword).statusCode());

    // a reset ends the old password; the new one is one-time again
    String reset =
        post(
                http,
                "api/v1/accounts/" + township + "/password-reset",
                "{}",
                ADMIN,
                Http.DEMO_PASSWORD,
                200)
            .getString("oneTimePassword");
    assertEquals(
        401, as(http, "GET", "api/v1/account", null, township, townshipPassword).statusCode());
    assertEquals(
        403, as(http, "GET", "api/v1/registry/progress", null, township, reset).statusCode());

    // the account log: who did what to whom, for the admin and auditors, as CSV too
    HttpResponse<String> csv =
        as(http, "GET", "api/v1/account-log?format=csv", null, "demo-auditor", Http.DEMO_PASSWORD);
    assertEquals(200, csv.statusCode());
    for (String line :
        List.of(
            ",APPOINTED," + villageOfficer + ",",
            ",DISABLED," + villageOfficer + ",",
            ADMIN + ",PASSWORD_RESET," + township + ",")) {
      assertTrue(csv.body().contains(line), line + " in " + csv.body());
    }
    assertEquals(403, as(http, "GET", "api/v1/account-log", null, township, reset).statusCode());
    assertEquals(
        403,
        as(http, "GET", "api/v1/account-log", null, "eshan-officer", Http.DEMO_PASSWORD)
            .statusCode());
  }

  @Test
  void a_donor_signs_up_gives_and_closes_the_account_and_the_gifts_stay_under_ai_xin_ren_shi(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    String username = "donor" + System.nanoTime() % 1_000_000 + "@example.org";
    String signUp =
        "{\"username\":\""
            + username
            + "\",\"password\":\"%s\",\"displayName\":\"枣庄某爱心企业\",\"donorKind\":\"ENTERPRISE\"}";
    HttpResponse<String> weak =
        http.postJson("api/v1/donors", String.format(signUp, "1234567890"), null, null);
    assertEquals(400, weak.statusCode(), weak.body());
    assertEquals("password", Http.json(weak).getString("field"));
    String password = "Warm-winter-2026";
    HttpResponse<String> created =
        http.postJson("api/v1/donors", String.format(signUp, password), null, null);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("DONOR", Http.json(created).getString("role"));
    assertEquals(
        409,
        http.postJson("api/v1/donors", String.format(signUp, password), null, null).statusCode());

    long donation =
        Http.json(
                as(
                    http,
                    "POST",
                    "api/v1/board/donations",
                    "{\"donorKind\":\"ENTERPRISE\",\"donorName\":\"枣庄某爱心企业\",\"category\":\"WINTER_SUPPLIES\",\"units\":4}",
                    username,
                    password))
            .getJsonNumber("id")
            .longValue();
    assertTrue(
        http.getJson("api/v1/board/donations/" + donation + "/trail")
            .getString("donor")
            .contains("枣庄某爱心企业"));
    // the donor downloads their donations and pledges
    HttpResponse<String> mine = as(http, "GET", "board/mine?format=csv", null, username, password);
    assertEquals(200, mine.statusCode(), mine.body());
    assertTrue(
        mine.body().contains("捐赠编号") && mine.body().contains(donation + ",WINTER_SUPPLIES,4,0"),
        mine.body());
    assertEquals(
        400,
        as(
                http,
                "POST",
                "api/v1/account/close",
                "{\"password\":\"wrong-password-1\"}",
                username,
                password)
            .statusCode());
    assertEquals(
        204,
        as(
                http,
                "POST",
                "api/v1/account/close",
                "{\"password\":\"" + password + "\"}",
                username,
                password)
            .statusCode());
    JsonObject trail = http.getJson("api/v1/board/donations/" + donation + "/trail");
    assertTrue(trail.getString("donor").startsWith("爱心人士"), trail.toString());
    assertFalse(trail.toString().contains(username));
    assertEquals(401, as(http, "GET", "api/v1/account", null, username, password).statusCode());
    // the sign-in name is free again, and a new account does not inherit the old gifts
    assertEquals(
        201,
        http.postJson("api/v1/donors", String.format(signUp, password), null, null).statusCode());
    assertFalse(
        Http.json(as(http, "GET", "api/v1/account", null, username, password))
            .toString()
            .contains("爱心人士"));
    // a sign-up form sent from elsewhere (no session's token) makes no account
    String forged = "forged" + System.nanoTime() % 1_000_000 + "@example.org";
    HttpResponse<String> fromElsewhere =
        http.send(
            HttpRequest.newBuilder(http.uri("register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + forged
                            + "&displayName=x&donorKind=INDIVIDUAL&password=Forged-pass-2026"
                            + "&password2=Forged-pass-2026")));
    assertEquals(400, fromElsewhere.statusCode());
    assertEquals(
        404,
        as(http, "GET", "api/v1/accounts/" + forged, null, ADMIN, Http.DEMO_PASSWORD).statusCode());
    // the district admin may stop a donor who abuses the board; a township officer may not
    assertEquals(
        403,
        as(
                http,
                "POST",
                "api/v1/accounts/" + username + "/disable",
                "{}",
                TOWNSHIP,
                Http.DEMO_PASSWORD)
            .statusCode());
    assertEquals(
        200,
        as(
                http,
                "POST",
                "api/v1/accounts/" + username + "/disable",
                "{}",
                ADMIN,
                Http.DEMO_PASSWORD)
            .statusCode());
    assertEquals(401, as(http, "GET", "api/v1/account", null, username, password).statusCode());
  }

  @Test
  void a_donor_signs_up_in_chromium_records_a_gift_and_pledges_it_and_officials_appoint_in_pages(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long need = verifiedNeed(http, "棉鞋-注册", 4);
    String mobile = "1390" + String.format("%07d", System.nanoTime() % 10_000_000);
    try (Browser donor = Browser.start()) {
      donor.open(http.uri("register?lang=zh"));
      assertEquals(List.of(), donor.accessibilityViolations(), "sign-up page");
      donor.fill("username", mobile).fill("displayName", "暖冬志愿队").choose("donorKind", "志愿者团队");
      donor.fill("password", "abc").fill("password2", "abc").press("form.form button");
      assertTrue(donor.textOf("#password-error").contains("至少 10 个字符"), donor.text());
      assertEquals(List.of(), donor.accessibilityViolations(), "sign-up page with an error");
      donor
          .fill("password", "Nuan-dong-2026!")
          .fill("password2", "Nuan-dong-2026!")
          .press("form.form button");
      assertTrue(donor.currentUrl().contains("/board/mine"), donor.currentUrl());
      donor.choose("category", "过暖冬过好年").fill("units", "3").press("form.form button");
      assertTrue(donor.text().contains("暖冬志愿队 捐赠 3"), donor.text());
      assertEquals(List.of(), donor.accessibilityViolations(), "the donor's page");
      donor.open(http.uri("board/needs/" + need + "?lang=zh"));
      donor.fill("units", "2").press("form.upload button");
      assertTrue(donor.text().contains("已认捐"), donor.text());
      donor.open(http.uri("account?lang=zh"));
      assertEquals(List.of(), donor.accessibilityViolations(), "the donor's account page");
    }
    assertEquals(
        2, http.getJson("api/v1/board/needs/" + need).getJsonNumber("pledged").longValue());

    String appointee = "it-page-" + System.nanoTime() % 100_000;
    try (Browser admin = Browser.start()) {
      admin.open(http.uri("login?lang=zh&next=/accounts"));
      admin.signIn(ADMIN, Http.DEMO_PASSWORD);
      assertEquals(List.of(), admin.accessibilityViolations(), "accounts page");
      admin.fill("username", appointee).choose("role", "村级经办人").choose("village", "黄泉村");
      admin.fill("name", "李演示").fill("office", "村党支部书记").fill("phone", "not a phone");
      admin.press("form.form button");
      assertTrue(admin.textOf("#phone-error").contains("电话"), admin.text());
      admin.fill("phone", "0632-7712345").press("form.form button");
      String oneTime = admin.textOf("#one-time-password");
      assertTrue(oneTime.matches("[a-z2-9-]{17}"), oneTime);
      assertEquals(
          List.of(), admin.accessibilityViolations(), "accounts page with the one-time password");
      admin.click(appointee);
      assertTrue(admin.text().contains("李演示") && admin.text().contains("待修改初始密码"), admin.text());
      assertEquals(List.of(), admin.accessibilityViolations(), "an official's page");
      admin.open(http.uri("accounts/log?lang=zh"));
      assertTrue(admin.text().contains(appointee), admin.text());
      assertEquals(List.of(), admin.accessibilityViolations(), "the account log");
      try (Browser official = Browser.start()) {
        official.open(http.uri("login?lang=zh"));
        official.signIn(appointee, oneTime);
        assertTrue(official.currentUrl().contains("/account"), official.currentUrl());
        official.open(http.uri("registry?lang=zh"));
        assertTrue(
            official.currentUrl().contains("/account"), "a one-time password reaches nothing else");
        official
            .fill("currentPassword", oneTime)
            .fill("newPassword", "Li-yanshi-2026")
            .fill("newPassword2", "Li-yanshi-2026");
        official.press("form.form button");
        assertTrue(official.text().contains("新密码已生效"), official.text());
        official.open(http.uri("registry?lang=zh"));
        assertTrue(official.currentUrl().contains("/registry"), official.currentUrl());
      }
    }
  }

  @Test
  void a_village_posts_a_need_in_its_form_and_the_township_verifies_it_from_the_workbench(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    String item = "助学书包-工作台" + System.nanoTime() % 100_000;
    String deadline = LocalDate.now().plusDays(30).toString();
    long need;
    try (Browser village = Browser.start()) {
      village.open(http.uri("login?lang=zh&next=/board/needs/new"));
      village.signIn(VILLAGE, Http.DEMO_PASSWORD);
      assertEquals(List.of(), village.accessibilityViolations(), "the need form");
      village.choose("category", "过暖冬过好年").fill("item", item).fill("quantity", "6");
      village.fill("unitPrice", "十元").fill("deadline", deadline);
      village.press("form.form button");
      assertTrue(village.textOf("#unitPrice-error").contains("元"), village.text());
      assertEquals(List.of(), village.accessibilityViolations(), "the need form with an error");
      village.fill("unitPrice", "120").press("form.form button");
      assertTrue(village.currentUrl().matches(".*/board/needs/\\d+$"), village.currentUrl());
      need = Long.parseLong(village.currentUrl().replaceAll(".*/", ""));
    }
    assertEquals(404, http.get("api/v1/board/needs/" + need).statusCode(), "not public before");
    try (Browser township = Browser.start()) {
      township.open(http.uri("login?lang=zh"));
      township.signIn(TOWNSHIP, Http.DEMO_PASSWORD);
      assertTrue(township.currentUrl().endsWith("/workbench"), township.currentUrl());
      String bench = township.text();
      assertTrue(bench.contains("待核实需求") && bench.contains(item), bench);
      assertEquals(List.of(), township.accessibilityViolations(), "the workbench");
      township.click(item);
      assertEquals(List.of(), township.accessibilityViolations(), "a posted need");
      township.press("form.form button");
      assertTrue(township.text().contains(item), township.text());
      township.open(http.uri("workbench?lang=zh"));
      assertFalse(township.text().contains(item), "a verified need leaves the workbench");
    }
    assertEquals("VERIFIED", http.getJson("api/v1/board/needs/" + need).getString("state"));
    try (Browser village = Browser.start()) {
      village.open(http.uri("login?lang=en"));
      village.signIn(VILLAGE, Http.DEMO_PASSWORD);
      assertTrue(village.currentUrl().contains("/workbench"), village.currentUrl());
      assertTrue(village.text().contains("Workbench"), village.text());
      assertEquals(List.of(), village.accessibilityViolations(), "the village's workbench");
      // the village's public contact, from the workbench
      village.click("The village's public contact");
      village.fill("complaintPhone", "call us").fill("noticeBoardLocation", "村委会大院东墙");
      village.press("form.form button");
      assertTrue(village.textOf("#complaintPhone-error").contains("telephone"), village.text());
      assertEquals(List.of(), village.accessibilityViolations(), "the contact form with an error");
      village.fill("complaintPhone", "0632-7716666").press("form.form button");
      assertTrue(village.text().contains("Saved"), village.text());
    }
    assertTrue(http.get("api/v1/regions").body().contains("0632-7716666"));
  }

  private static String appointment(String username, String role, Long township, Long village) {
    return "{\"username\":\""
        + username
        + "\",\"role\":\""
        + role
        + "\""
        + (township == null ? "" : ",\"township\":" + township)
        + (village == null ? "" : ",\"village\":" + village)
        + ",\"name\":\"测试经办人\",\"office\":\"扶贫专干\",\"phone\":\"0632-7710001\"}";
  }

  private static void choosePassword(Http http, String username, String current, String chosen) {
    HttpResponse<String> changed =
        as(
            http,
            "POST",
            "api/v1/account/password",
            "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + chosen + "\"}",
            username,
            current);
    assertEquals(200, changed.statusCode(), changed.body());
    assertFalse(Http.json(changed).getBoolean("mustChangePassword"));
  }

  private static HttpResponse<String> as(
      Http http, String verb, String path, String json, String username, String password) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", Http.basic(username, password));
    if (json == null) {
      request.method(verb, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(verb, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return http.send(request);
  }

  private static JsonObject post(
      Http http, String path, String json, String username, String password, int status) {
    HttpResponse<String> response = as(http, "POST", path, json, username, password);
    assertEquals(status, response.statusCode(), path + " → " + response.body());
    return Http.json(response);
  }

  private static long townshipOf(Http http, String villageName) {
    return http
        .getJson("api/v1/regions")
        .getJsonArray("townships")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            t ->
                t.getJsonArray("villages").getValuesAs(JsonObject.class).stream()
                    .anyMatch(v -> v.getString("name").equals(villageName)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long villageNamed(Http http, String name) {
    return http
        .getJson("api/v1/regions")
        .getJsonArray("townships")
        .getValuesAs(JsonObject.class)
        .stream()
        .flatMap(t -> t.getJsonArray("villages").getValuesAs(JsonObject.class).stream())
        .filter(v -> v.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
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
}

package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The household registry over HTTP on a managed Payara Micro: the rules of exit and early warning,
 * the officials' scopes over the API and the pages, the all-or-nothing import, and the public
 * aggregates that carry no personal field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryIT {
  private static final String HUANGQUAN = "huangquan-officer";
  private static final String HEADER =
      "户编号,镇街,村（居）,姓名,与户主关系,身份证号,出生年份,劳动能力,重度残疾,慢性病,在校生,联系电话,户状态,收入年度,人均纯收入（元）\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void exit_is_refused_over_http_naming_unsafe_housing_and_income_under_the_line(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long household = importOne(http, "R1", "2019", "3000");
    http.post(
        "api/v1/registry/households/" + household + "/guarantees",
        guarantee("SAFE_HOUSING", false, "C级危房"),
        HUANGQUAN);
    for (String g :
        List.of(
            "FOOD",
            "CLOTHING",
            "COMPULSORY_EDUCATION",
            "BASIC_MEDICAL_CARE",
            "SAFE_DRINKING_WATER")) {
      http.post(
          "api/v1/registry/households/" + household + "/guarantees",
          guarantee(g, true, "入户核查"),
          HUANGQUAN);
    }
    HttpResponse<String> refused =
        http.postJson(
            "api/v1/registry/households/" + household + "/exit",
            "{\"year\":2019,\"reason\":\"评议\"}",
            HUANGQUAN,
            null);
    assertEquals(422, refused.statusCode(), refused.body());
    JsonObject figures = Http.json(refused).getJsonObject("figures");
    assertEquals("registry.exit-refused", Http.json(refused).getString("rule"));
    assertTrue(figures.getString("guarantee.SAFE_HOUSING").contains("C级危房"));
    assertTrue(figures.getString("income.below-line").contains("3000.00"));
    assertFalse(figures.containsKey("guarantee.FOOD"));

    http.post(
        "api/v1/registry/households/" + household + "/guarantees",
        guarantee("SAFE_HOUSING", true, "改造验收"),
        HUANGQUAN);
    http.post(
        "api/v1/registry/households/" + household + "/incomes",
        "{\"year\":2019,\"perCapita\":\"5200\"}",
        HUANGQUAN);
    JsonObject lifted =
        http.post(
            "api/v1/registry/households/" + household + "/exit",
            "{\"year\":2019,\"reason\":\"评议公示无异议\"}",
            HUANGQUAN);
    assertEquals("LIFTED_WITH_POLICY", lifted.getJsonObject("summary").getString("status"));
    // every check and every year's income written before stays: none lost to a later write
    assertEquals(6, lifted.getJsonArray("guarantees").size());
    assertEquals(java.util.Set.of("2019"), lifted.getJsonObject("incomes").keySet());
    JsonObject later =
        http.post(
            "api/v1/registry/households/" + household + "/incomes",
            "{\"year\":2020,\"perCapita\":\"6100\"}",
            HUANGQUAN);
    assertEquals("5200.00", later.getJsonObject("incomes").getString("2019"));
    assertEquals("6100.00", later.getJsonObject("incomes").getString("2020"));
    assertEquals(6, later.getJsonArray("guarantees").size());
    assertEquals(2, lifted.getJsonArray("history").size());
  }

  @Test
  void a_city_marked_household_is_on_the_early_warning_list_at_once(@ArquillianResource URL url) {
    Http http = new Http(url);
    long household = importOne(http, "R2", "2019", "9000");
    http.post(
        "api/v1/registry/households/" + household + "/city-mark",
        "{\"reason\":\"突发重病\"}",
        HUANGQUAN);
    List<JsonObject> warnings =
        Http.jsonArray(
                http.send(authorized(http, "api/v1/registry/early-warnings?year=2019", HUANGQUAN)))
            .getValuesAs(JsonObject.class);
    JsonObject warning =
        warnings.stream()
            .filter(w -> w.getJsonNumber("household").longValue() == household)
            .findFirst()
            .orElseThrow();
    assertEquals("RED", warning.getString("level"));
  }

  @Test
  void a_village_officer_cannot_read_another_villages_household_over_the_api_or_the_pages(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    JsonObject others =
        Http.json(
            http.send(authorized(http, "api/v1/registry/households?size=100", "demo-auditor")));
    long elsewhere =
        others.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(h -> !h.getString("villageName").equals("黄泉村"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        403,
        http.send(authorized(http, "api/v1/registry/households/" + elsewhere, HUANGQUAN))
            .statusCode());
    assertEquals(
        403, http.send(authorized(http, "api/v1/registry/households", "demo-donor")).statusCode());
    assertEquals(401, http.get("api/v1/registry/households").statusCode());
    try (Browser browser = Browser.start()) {
      browser.open(http.uri("login?lang=zh&next=/registry"));
      browser.signIn(HUANGQUAN, Http.DEMO_PASSWORD);
      assertTrue(browser.text().contains("建档立卡户"), browser.text());
      browser.open(http.uri("registry/households/" + elsewhere));
      assertFalse(browser.text().contains("身份证号"));
      assertTrue(browser.source().contains("403"));
      for (String page : List.of("registry", "registry/warnings", "registry/import")) {
        browser.open(http.uri(page));
        assertEquals(List.of(), browser.accessibilityViolations(), page);
      }
    }
  }

  @Test
  void an_import_with_bad_rows_writes_nothing_and_the_fixed_file_imports_completely(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    long before = total(http);
    String bad =
        HEADER
            + "B1,峨山镇,黄泉村,王导入,户主,370404000000000201,1960,有劳动能力,否,否,否,13900000001,未脱贫,2019,3000\n"
            + "B1,峨山镇,黄泉村,赵导入,配偶,,1962,会干活,否,否,否,,,,\n"
            + "B2,峨山镇,黄泉村,钱导入,户主,12345,1961,有劳动能力,否,否,否,,未脱贫,2019,3000\n";
    HttpResponse<String> refused = upload(http, bad, false);
    assertEquals(422, refused.statusCode(), refused.body());
    JsonObject report = Http.json(refused).getJsonObject("report");
    assertEquals(2, report.getInt("errorCount"));
    assertEquals(3, report.getJsonArray("errors").getJsonObject(0).getInt("row"));
    assertEquals("劳动能力", report.getJsonArray("errors").getJsonObject(0).getString("column"));
    assertEquals("身份证号", report.getJsonArray("errors").getJsonObject(1).getString("column"));
    assertEquals(before, total(http));

    String fixed = bad.replace("会干活", "无劳动能力").replace(",12345,", ",370404000000000202,");
    HttpResponse<String> dryRun = upload(http, fixed, true);
    assertEquals(0, Http.json(dryRun).getInt("errorCount"));
    assertEquals(before, total(http));
    HttpResponse<String> started = upload(http, fixed, false);
    assertEquals(202, started.statusCode(), started.body());
    String job = Http.json(started).getString("id");
    for (int i = 0; i < 100 && !"DONE".equals(state(http, job)); i++) {
      Thread.sleep(100);
    }
    assertEquals("DONE", state(http, job));
    assertEquals(before + 2, total(http));
  }

  @Test
  void public_stats_show_aggregates_only_with_small_cells_suppressed(@ArquillianResource URL url) {
    Http http = new Http(url);
    HttpResponse<String> response = http.get("api/v1/registry/stats");
    assertEquals(200, response.statusCode());
    JsonObject stats = Http.json(response);
    assertEquals(3, stats.getInt("suppressionThreshold"));
    JsonObject progress = stats.getJsonArray("progress").getJsonObject(0);
    assertEquals(491, progress.getInt("householdsToLift"));
    assertEquals(491, progress.getInt("householdsLifted"));
    assertEquals(1209, progress.getInt("peopleLifted"));
    assertEquals(8325, progress.getInt("householdsConsolidated"));
    assertEquals(18396, progress.getInt("peopleConsolidated"));
    for (String personal : List.of("演示", "headName", "idNumber", "370404", "199000")) {
      assertFalse(response.body().contains(personal), personal);
    }
    stats
        .getJsonArray("townships")
        .getValuesAs(JsonObject.class)
        .forEach(
            t ->
                t.getJsonObject("byStatus")
                    .forEach(
                        (status, count) -> {
                          if (count.getValueType() == jakarta.json.JsonValue.ValueType.NUMBER) {
                            long n = ((jakarta.json.JsonNumber) count).longValue();
                            assertTrue(
                                n == 0 || n >= 3,
                                t.getString("name") + " " + status + " shows " + n);
                          }
                        }));
  }

  @Test
  void a_text_longer_than_the_record_keeps_is_refused_naming_the_field_and_stores_nothing(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long household = importOne(http, "R9", "2019", "3000");
    String path = "api/v1/registry/households/" + household + "/risk-events";
    HttpResponse<String> refused =
        http.postJson(
            path,
            "{\"kind\":\"ILLNESS\",\"on\":\"2020-03-01\",\"cost\":\"5000.00\","
                + "\"description\":\""
                + "长".repeat(401)
                + "\"}",
            HUANGQUAN,
            null);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("description", Http.json(refused).getString("field"));
    JsonObject stored =
        Http.json(
            http.send(authorized(http, "api/v1/registry/households/" + household, HUANGQUAN)));
    assertEquals(0, stored.getJsonArray("riskEvents").size());
    http.post(
        path,
        "{\"kind\":\"ILLNESS\",\"on\":\"2020-03-01\",\"cost\":\"5000.00\",\"description\":\""
            + "长".repeat(400)
            + "\"}",
        HUANGQUAN);
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** The canary's personal data: none of it may ever reach the public, whole or in part. */
  private static final List<String> CANARY =
      List.of("金丝雀乙丙", "370404197707077770", "19770707", "13999887766", "99887766", "5组17号");

  @Test
  void canary_personal_data_reaches_no_public_response_page_export_feed_or_error(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    String csv =
        HEADER
            + "CANARY1,峨山镇,黄泉村,金丝雀乙丙,户主,370404197707077770,1977,有劳动能力,否,否,否,"
            + "13999887766,未脱贫,2019,3100\n";
    String job = Http.json(upload(http, csv, false)).getString("id");
    for (int i = 0; i < 100 && !"DONE".equals(state(http, job)); i++) {
      Thread.sleep(100);
    }
    assertEquals("DONE", state(http, job));
    // an official appointed under the canary's name and phone: kept for officials, never public
    String official = "canary-" + System.nanoTime() % 1_000_000;
    http.post(
        "api/v1/accounts",
        "{\"username\":\""
            + official
            + "\",\"role\":\"VILLAGE_OFFICER\",\"village\":"
            + huangquan(http)
            + ",\"name\":\"金丝雀乙丙\",\"office\":\"5组17号联络员\",\"phone\":\"13999887766\"}",
        "demo-admin");
    for (String path : List.of("api/v1/accounts/" + official, "accounts/" + official, "accounts")) {
      HttpResponse<String> anonymous = http.get(path);
      assertTrue(anonymous.statusCode() >= 300, path + " → " + anonymous.statusCode());
      for (String secret : CANARY) {
        assertFalse(anonymous.body().contains(secret), "'" + secret + "' in " + path);
      }
    }
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    long notice =
        http.post(
                "api/v1/disclosures",
                "{\"kind\":\"BENEFICIARY_LIST\",\"level\":\"DISTRICT\",\"title\":\"受益对象名单\","
                    + "\"statement\":\"公示如下。\",\"columns\":[\"户主\",\"电话\",\"身份证号\",\"住址\"],"
                    + "\"rows\":[[{\"type\":\"PERSON\",\"value\":\"金丝雀乙丙\"},"
                    + "{\"type\":\"PHONE\",\"value\":\"13999887766\"},"
                    + "{\"type\":\"ID_NUMBER\",\"value\":\"370404197707077770\"},"
                    + "{\"type\":\"ADDRESS\",\"value\":\"峨山镇黄泉村5组17号\"}]]}",
                "demo-admin")
            .getJsonNumber("id")
            .longValue();
    http.post(
        "api/v1/disclosures/" + notice + "/publish",
        "{\"windowStart\":\"" + today + "\",\"windowEnd\":\"" + today.plusDays(14) + "\"}",
        "demo-admin");

    java.util.Set<String> paths = PublicAnswers.paths(notice);
    List<String> texts = new java.util.ArrayList<>();
    int checked = 0;
    for (String path : paths) {
      for (String variant :
          List.of(
              path,
              path + (path.contains("?") ? "&" : "?") + "format=csv",
              path + (path.contains("?") ? "&" : "?") + "format=xlsx")) {
        HttpResponse<byte[]> response = http.getBytes(variant, "*/*");
        String text = readable(response.body());
        texts.add(text);
        for (String secret : CANARY) {
          assertFalse(text.contains(secret), "'" + secret + "' in the public answer to " + variant);
        }
        checked++;
      }
    }
    assertEquals(3 * paths.size(), checked, "every path in three forms");
    // stitched: the masked forms in all the answers together show no more than one form does
    assertEquals(
        java.util.Set.of(0, 1, 2, 7, 8, 9, 10),
        visiblePositions(texts, "13999887766", "[0-9*]{11}"),
        "the phone's digits shown across all masked forms");
    assertTrue(
        visiblePositions(texts, "370404197707077770", "[0-9Xx*]{18}").stream().allMatch(i -> i < 6),
        "an ID number's date or sequence shown in a masked form");
    assertEquals(
        java.util.Set.of(0, 4),
        visiblePositions(texts, "金丝雀乙丙", "金[丝雀乙丙*]*丙|金[丝雀乙*]+|[丝雀乙*]+丙"),
        "the name's characters shown across all masked forms");
    assertTrue(paths.size() >= 50, "paths: " + paths.size());
    HttpResponse<String> echoed =
        http.postJson(
            "api/v1/disclosures/" + notice + "/objections",
            "{\"text\":\"我是金丝雀乙丙，电话13999887766\"}",
            null,
            null);
    assertEquals(422, echoed.statusCode(), echoed.body());
    for (String secret : CANARY) {
      assertFalse(echoed.body().contains(secret), "'" + secret + "' echoed in an error");
    }
  }

  /**
   * The positions of a secret's characters visible in its masked forms, over all the answers: each
   * match of the pattern holding a mask ({@code *}) is aligned with the secret — at its start, and,
   * for forms that shorten it, its end — and the positions where it shows the secret's own
   * character are collected.
   */
  private static java.util.Set<Integer> visiblePositions(
      List<String> texts, String secret, String masked) {
    java.util.Set<Integer> shown = new java.util.TreeSet<>();
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(masked);
    for (String text : texts) {
      java.util.regex.Matcher m = pattern.matcher(text);
      while (m.find()) {
        String form = m.group();
        if (!form.contains("*")) {
          continue;
        }
        // from the start
        for (int i = 0; i < form.length() && i < secret.length() && form.charAt(i) != '*'; i++) {
          if (form.charAt(i) == secret.charAt(i)) {
            shown.add(i);
          }
        }
        // from the end
        for (int i = 1;
            i <= form.length() && i <= secret.length() && form.charAt(form.length() - i) != '*';
            i++) {
          if (form.charAt(form.length() - i) == secret.charAt(secret.length() - i)) {
            shown.add(secret.length() - i);
          }
        }
      }
    }
    return shown;
  }

  /** A body as text a reader could see: PDFs by their text, workbooks by their XML, else UTF-8. */
  private static String readable(byte[] body) throws java.io.IOException {
    if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
      try (var pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
        return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      }
    }
    if (body.length > 2 && body[0] == 'P' && body[1] == 'K') {
      StringBuilder text = new StringBuilder();
      java.nio.file.Path file = java.nio.file.Files.createTempFile("canary", ".xlsx");
      try {
        java.nio.file.Files.write(file, body);
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
          for (var entry : java.util.Collections.list(zip.entries())) {
            text.append(
                new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } finally {
        java.nio.file.Files.delete(file);
      }
      return text.toString();
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private static long importOne(Http http, String code, String year, String income) {
    String csv =
        HEADER
            + code
            + ",峨山镇,黄泉村,孙测试,户主,370404000000000"
            + (300 + code.hashCode() % 600)
            + ",1966,有劳动能力,否,否,否,,未脱贫,"
            + year
            + ","
            + income
            + "\n";
    String job = Http.json(upload(http, csv, false)).getString("id");
    for (int i = 0; i < 100 && !"DONE".equals(state(http, job)); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    JsonObject page =
        Http.json(
            http.send(
                authorized(
                    http,
                    "api/v1/registry/households?status=POOR&size=200&village=" + huangquan(http),
                    HUANGQUAN)));
    long pages = (page.getJsonNumber("total").longValue() + 199) / 200;
    JsonObject last =
        Http.json(
            http.send(
                authorized(
                    http,
                    "api/v1/registry/households?status=POOR&size=200&page="
                        + pages
                        + "&village="
                        + huangquan(http),
                    HUANGQUAN)));
    return last.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(h -> code.equals(h.getString("code", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void a_village_officer_records_a_households_changes_on_its_page_and_sees_why_exit_is_refused(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    // a household of the demo, not one another test made
    JsonObject poor =
        Http.json(
                http.send(
                    authorized(
                        http,
                        "api/v1/registry/households?status=POOR&size=50&village=" + huangquan(http),
                        HUANGQUAN)))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> !h.getString("headName").startsWith("金"))
            .findFirst()
            .orElseThrow();
    long household = poor.getJsonNumber("id").longValue();
    try (Browser village = Browser.start()) {
      village.open(http.uri("login?lang=zh&next=/registry/households/" + household));
      village.signIn(HUANGQUAN, Http.DEMO_PASSWORD);
      assertEquals(List.of(), village.accessibilityViolations(), "household page with its forms");
      // a negative income is refused beside it by the registry's rule, with what was typed kept
      village
          .fill("incomeYear", "2020")
          .fill("perCapita", "-4,200")
          .press("section[aria-labelledby=f-income] button");
      assertTrue(village.source().contains("perCapita-error"), village.text());
      assertTrue(village.source().contains("-4,200"), "the typed income is kept");
      assertEquals(List.of(), village.accessibilityViolations(), "household page with an error");
      village
          .choose("guarantee", "不愁吃")
          .press("#met")
          .fill("evidence", "入户核查，口粮充足")
          .fill("checkedOn", "2020-06-30")
          .press("section[aria-labelledby=f-guarantee] button");
      assertTrue(village.text().contains("核查结果已登记"), village.text());
      assertTrue(village.text().contains("入户核查，口粮充足"), village.text());
      if (village.text().contains("退出尚不满足：")) {
        village
            .fill("exitYear", "2020")
            .fill("exitReason", "村民代表大会评议")
            .press("section[aria-labelledby=f-exit] button");
        assertTrue(village.textOf("#exitYear-error").startsWith("不能退出，尚不满足："), village.text());
      }
    }
    JsonObject after =
        Http.json(
            http.send(authorized(http, "api/v1/registry/households/" + household, HUANGQUAN)));
    assertEquals("POOR", after.getJsonObject("summary").getString("status"));
  }

  private static long huangquan(Http http) {
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

  private static String guarantee(String guarantee, boolean met, String evidence) {
    return "{\"guarantee\":\""
        + guarantee
        + "\",\"met\":"
        + met
        + ",\"evidence\":\""
        + evidence
        + "\",\"checkedOn\":\"2019-11-01\"}";
  }

  private static HttpRequest.Builder authorized(Http http, String path, String user) {
    return HttpRequest.newBuilder(http.uri(path))
        .header("Authorization", Http.basic(user, Http.DEMO_PASSWORD));
  }

  private static HttpResponse<String> upload(Http http, String csv, boolean dryRun) {
    return http.send(
        authorized(
                http,
                "api/v1/registry/imports?name=test.csv" + (dryRun ? "&dryRun=true" : ""),
                HUANGQUAN)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private static String state(Http http, String job) {
    return Http.json(http.send(authorized(http, "api/v1/registry/imports/" + job, HUANGQUAN)))
        .getString("state");
  }

  private static long total(Http http) {
    return Http.json(http.send(authorized(http, "api/v1/registry/households?size=1", HUANGQUAN)))
        .getJsonNumber("total")
        .longValue();
  }
}

package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sunshineledger.disclosure.Checkpoint;
import org.sunshineledger.disclosure.CheckpointSigner;
import org.sunshineledger.disclosure.MerkleHashing;
import org.sunshineledger.disclosure.MerkleProofs;
import org.sunshineledger.disclosure.ProofException;

/**
 * Issue 4 end to end: corrections are versions, published content is never edited, objections are
 * taken only in the window, every version is provable against the signed log, and a record changed
 * behind the portal's back is caught by re-verification.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureIT {
  private static final String ADMIN = "demo-admin";
  private static final String ESHAN = "eshan-officer";
  private static final String AUDITOR = "demo-auditor";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal().addClass(TamperResource.class);
  }

  private static String notice(String title, String name) {
    return "{\"kind\":\"BENEFICIARY_LIST\",\"level\":\"DISTRICT\","
        + content(title, name).substring(1);
  }

  private static String content(String title, String name) {
    return "{\"title\":\""
        + title
        + "\",\"statement\":\"现将受益对象名单公示如下。\","
        + "\"columns\":[\"户主\",\"联系电话\",\"身份证号\",\"补助金额（元）\",\"人口\"],"
        + "\"rows\":[[{\"type\":\"PERSON\",\"value\":\""
        + name
        + "\"},{\"type\":\"PHONE\",\"value\":\"13912345678\"},"
        + "{\"type\":\"ID_NUMBER\",\"value\":\"370404198802021234\"},"
        + "{\"type\":\"AMOUNT\",\"value\":\"1200.50\"},3]]}";
  }

  private static String withReason(String content, String reason) {
    return content.substring(0, content.length() - 1) + ",\"reason\":\"" + reason + "\"}";
  }

  private static long publishedNotice(Http http, String title) {
    long id =
        http.post("api/v1/disclosures", notice(title, "王小明"), ADMIN)
            .getJsonNumber("id")
            .longValue();
    http.post(
        "api/v1/disclosures/" + id + "/publish",
        "{\"windowStart\":\"" + TODAY + "\",\"windowEnd\":\"" + TODAY.plusDays(14) + "\"}",
        ADMIN);
    return id;
  }

  @Test
  void a_correction_creates_a_version_both_are_listed_and_published_content_is_never_edited(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    long id = publishedNotice(http, "2026年度受益对象名单公示（测试一）");

    HttpResponse<String> edit =
        http.putJson("api/v1/disclosures/" + id + "/draft", content("改过的标题", "王小明"), ADMIN);
    assertEquals(422, edit.statusCode(), edit.body());
    assertEquals("disclosure.published-is-immutable", Http.json(edit).getString("rule"));
    assertTrue(
        edit.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));

    HttpResponse<String> noReason =
        http.postJson(
            "api/v1/disclosures/" + id + "/corrections",
            withReason(content("2026年度受益对象名单公示（测试一）", "王小明"), " "),
            ADMIN,
            null);
    assertEquals(422, noReason.statusCode(), noReason.body());
    assertEquals("disclosure.correction-reason", Http.json(noReason).getString("rule"));

    JsonObject corrected =
        http.post(
            "api/v1/disclosures/" + id + "/corrections",
            withReason(content("2026年度受益对象名单公示（测试一）", "王晓明"), "户主姓名录入错误"),
            ADMIN);
    JsonArray versions = corrected.getJsonArray("versions");
    assertEquals(2, versions.size());
    assertEquals(2, versions.getJsonObject(0).getInt("number"));
    assertEquals(1, versions.getJsonObject(0).getInt("replaces"));
    assertEquals("户主姓名录入错误", versions.getJsonObject(0).getString("reason"));
    assertEquals(1, versions.getJsonObject(1).getInt("number"));

    String detail = http.get("api/v1/disclosures/" + id).body();
    assertTrue(detail.contains("王*明") && detail.contains("139****5678"), detail);
    for (String raw : List.of("王小明", "王晓明", "13912345678", "370404198802021234")) {
      assertFalse(detail.contains(raw), raw + " leaked: " + detail);
    }

    HttpResponse<String> list = http.get("api/v1/disclosures?kind=BENEFICIARY_LIST");
    JsonObject listing = Http.json(list);
    assertTrue(
        listing.getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .anyMatch(s -> s.getJsonNumber("id").longValue() == id && s.getInt("version") == 2));
    // counts are drill-sideways: the chosen kind still shows the other kinds' counts
    assertTrue(listing.getJsonObject("counts").getJsonObject("kind").size() > 1, list.body());

    HttpResponse<byte[]> csv = http.getBytes("api/v1/disclosures/" + id + "?format=csv", "*/*");
    String csvText = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(csvText.startsWith("\uFEFF户主,联系电话,身份证号,补助金额（元）,人口"), csvText);
    assertTrue(csvText.contains("王*明,139****5678,******************,1200.50,3"), csvText);
    HttpResponse<byte[]> xlsx = http.getBytes("api/v1/disclosures/" + id + "?format=xlsx", "*/*");
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', (char) xlsx.body()[0]);

    String feed = http.get("feeds/disclosures.atom").body();
    assertTrue(feed.contains("【更正】2026年度受益对象名单公示（测试一）"), feed);
  }

  @Test
  @Order(99) // it uses up the loopback address's objection allowance last
  void an_objection_after_the_window_is_refused_one_inside_is_answered_and_the_thread_is_public(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    JsonObject closed =
        http.getJson("api/v1/disclosures?status=WINDOW_CLOSED&size=1")
            .getJsonArray("items")
            .getJsonObject(0);
    HttpResponse<String> late =
        http.postJson(
            "api/v1/disclosures/" + closed.getJsonNumber("id") + "/objections",
            "{\"text\":\"公示期已过，但我仍有异议。\"}",
            null,
            null);
    assertEquals(422, late.statusCode(), late.body());
    JsonObject problem = Http.json(late);
    assertEquals("disclosure.objection-outside-window", problem.getString("rule"));
    assertTrue(problem.getString("detail").contains(closed.getString("windowEnd")), late.body());
    assertEquals(TODAY.toString(), problem.getJsonObject("figures").getString("today"));

    long id = publishedNotice(http, "2026年度受益对象名单公示（测试二）");
    HttpResponse<String> withPhone =
        http.postJson(
            "api/v1/disclosures/" + id + "/objections",
            "{\"text\":\"名单有误，请联系我 13812345678\"}",
            null,
            null);
    assertEquals(422, withPhone.statusCode(), withPhone.body());

    HttpResponse<String> filed =
        http.postJson(
            "api/v1/disclosures/" + id + "/objections",
            "{\"text\":\"我家人口是4人，名单写的是3人。\"}",
            null,
            null);
    assertEquals(201, filed.statusCode(), filed.body());
    long objection = Http.json(filed).getJsonNumber("id").longValue();

    HttpResponse<String> outOfScope =
        http.postJson(
            "api/v1/disclosures/" + id + "/objections/" + objection + "/answer",
            "{\"answer\":\"已核实\"}",
            ESHAN,
            null);
    assertEquals(403, outOfScope.statusCode(), outOfScope.body());
    http.post(
        "api/v1/disclosures/" + id + "/objections/" + objection + "/answer",
        "{\"answer\":\"经入户核实为4人，已发布更正。\"}",
        ADMIN);

    JsonObject thread =
        http.getJson("api/v1/disclosures/" + id).getJsonArray("objections").getJsonObject(0);
    assertEquals("我家人口是4人，名单写的是3人。", thread.getString("text"));
    assertEquals("经入户核实为4人，已发布更正。", thread.getString("answer"));

    int status = 0;
    for (int n = 0; n < 15 && status != 429; n++) {
      HttpResponse<String> more =
          http.postJson(
              "api/v1/disclosures/" + id + "/objections",
              "{\"text\":\"再提一条异议，第" + n + "条。\"}",
              null,
              null);
      status = more.statusCode();
      if (status == 429) {
        assertTrue(more.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, Http.json(more).getInt("status"));
      }
    }
    assertEquals(429, status, "objections from one address are limited");
  }

  @Test
  void an_inclusion_proof_over_http_verifies_and_a_record_altered_in_the_database_is_detected(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long id = publishedNotice(http, "2026年度受益对象名单公示（测试三）");
    JsonObject version =
        http.getJson("api/v1/disclosures/" + id).getJsonArray("versions").getJsonObject(0);
    long leafIndex = version.getJsonNumber("leafIndex").longValue();
    assertTrue(version.getBoolean("intact"));

    JsonObject cp = http.getJson("api/v1/transparency/checkpoint");
    Checkpoint checkpoint =
        CheckpointSigner.open(cp.getString("note"), cp.getString("verifierKey"));
    JsonObject proof = http.getJson("api/v1/transparency/proof/inclusion?version=" + leafIndex);
    byte[] leaf =
        MerkleHashing.leafHash(proof.getString("canonical").getBytes(StandardCharsets.UTF_8));
    assertEquals(version.getString("leafHash"), java.util.HexFormat.of().formatHex(leaf));
    MerkleProofs.verifyInclusion(
        leafIndex,
        proof.getJsonNumber("treeSize").longValue(),
        leaf,
        hashes(proof.getJsonArray("proof")),
        checkpoint.root());
    JsonObject consistency =
        http.getJson("api/v1/transparency/proof/consistency?from=1&to=" + checkpoint.size());
    MerkleProofs.verifyConsistency(
        1,
        checkpoint.size(),
        hashes(consistency.getJsonArray("proof")),
        Base64.getDecoder().decode(consistency.getString("fromRoot")),
        checkpoint.root());
    assertEquals(400, http.get("api/v1/transparency/proof/consistency?from=abc").statusCode());

    HttpResponse<String> tampered =
        http.send(
            HttpRequest.newBuilder(http.uri("it-only/tamper?leafIndex=" + leafIndex))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, tampered.statusCode(), tampered.body());

    JsonObject after =
        http.getJson("api/v1/disclosures/" + id).getJsonArray("versions").getJsonObject(0);
    assertFalse(after.getBoolean("intact"), after.toString());
    JsonObject again = http.getJson("api/v1/transparency/proof/inclusion?version=" + leafIndex);
    byte[] alteredLeaf =
        MerkleHashing.leafHash(again.getString("canonical").getBytes(StandardCharsets.UTF_8));
    assertThrows(
        ProofException.class,
        () ->
            MerkleProofs.verifyInclusion(
                leafIndex,
                again.getJsonNumber("treeSize").longValue(),
                alteredLeaf,
                hashes(again.getJsonArray("proof")),
                checkpoint.root()));
    HttpResponse<String> audit =
        http.send(
            HttpRequest.newBuilder(http.uri("api/v1/transparency/audit"))
                .header("Authorization", Http.basic(AUDITOR, Http.DEMO_PASSWORD)));
    JsonObject report = Http.json(audit);
    assertFalse(report.getBoolean("intact"), audit.body());
    assertTrue(
        report.getJsonArray("altered").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(s -> s.getString().equals(id + "/1")),
        audit.body());
  }

  @Test
  void demo_notices_print_as_pdf_feed_per_township_and_the_overdue_list_shows_what_is_missing(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    JsonObject first =
        http.getJson("api/v1/disclosures?level=VILLAGE&size=1")
            .getJsonArray("items")
            .getJsonObject(0);
    HttpResponse<byte[]> pdf =
        http.getBytes(
            "api/v1/disclosures/" + first.getJsonNumber("id") + "/notice.pdf", "application/pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(text.contains(first.getString("title").replaceAll("\\s+", "")), text);
      assertTrue(text.contains("12317"), text);
      assertTrue(text.contains("领导小组办公室监督电话"), "a local number besides 12317: " + text);
    }

    String township =
        http.get("feeds/townships/" + first.getJsonNumber("township") + "/disclosures.atom").body();
    assertTrue(township.startsWith("<?xml") && township.contains("<entry>"), township);
    assertTrue(township.contains(first.getString("publisher")), township);
    assertEquals(404, http.get("feeds/townships/9999/disclosures.atom").statusCode());

    JsonObject overdue = http.getJson("api/v1/disclosures/overdue");
    assertTrue(overdue.getJsonNumber("total").longValue() >= 3, overdue.toString());
    JsonObject oldest = overdue.getJsonArray("items").getJsonObject(0);
    assertTrue(LocalDate.parse(oldest.getString("dueDate")).isBefore(TODAY));
    assertTrue(oldest.getJsonNumber("daysOverdue").longValue() > 0);
  }

  @Test
  @Order(1)
  void the_disclosure_pages_read_in_both_languages_pass_axe_and_take_an_objection_without_script(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    long id = publishedNotice(http, "2026年度受益对象名单公示（页面）");
    long closed = http.firstId("api/v1/disclosures?status=WINDOW_CLOSED&size=1");
    List<String> paths =
        List.of(
            "disclosures",
            "disclosures?kind=ALLOCATION_RESULT",
            "disclosures/" + id,
            "disclosures/" + closed,
            "disclosures-overdue",
            "transparency");
    for (String path : paths) {
      for (String lang : List.of("zh", "en")) {
        HttpResponse<String> page =
            http.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertEquals(200, page.statusCode(), path);
        assertFalse(page.body().contains("??"), path + " (" + lang + ") misses a message");
      }
    }
    String list = http.get("disclosures?lang=zh").body();
    assertTrue(list.contains("资金分配结果 ("), list);
    assertTrue(http.get("disclosures/" + closed + "?lang=zh").body().contains("公示期已结束"));
    try (Browser browser = Browser.start()) {
      for (String path : paths) {
        browser.open(http.uri(path));
        assertEquals(List.of(), browser.accessibilityViolations(), path);
      }
      browser.open(http.uri("disclosures/" + id + "?lang=zh"));
      browser.fill("o-text", "名单中第一户的人口数有误，应为4人。");
      browser.press("form[action$='/objections'] button");
      assertTrue(browser.text().contains("您的异议已提交"), browser.text());
      assertTrue(browser.text().contains("名单中第一户的人口数有误，应为4人。"));
      browser.open(http.uri("disclosures/" + id + "?lang=en"));
      assertTrue(browser.text().contains("Objections and answers"));
      assertEquals(List.of(), browser.accessibilityViolations(), "notice in English");
    }
    // the publisher finds the objection on the workbench and answers it there, in public
    try (Browser admin = Browser.start()) {
      admin.open(http.uri("login?lang=zh"));
      admin.signIn(ADMIN, Http.DEMO_PASSWORD);
      assertTrue(admin.currentUrl().endsWith("/workbench"), admin.currentUrl());
      assertTrue(admin.text().contains("待答复异议"), admin.text());
      admin.click("2026年度受益对象名单公示（页面）");
      assertEquals(List.of(), admin.accessibilityViolations(), "a notice with the answer form");
      admin.fill(admin.firstIdStartingWith("answer-"), "经入户核实为4人，将发布更正。");
      admin.press("form[action$='/answer'] button");
      // the answer's page, once the post has been answered (a loaded machine takes its time)
      admin.waitForText("经入户核实为4人，将发布更正。", 15);
    }
    JsonObject thread =
        http.getJson("api/v1/disclosures/" + id).getJsonArray("objections").getJsonObject(0);
    assertEquals("经入户核实为4人，将发布更正。", thread.getString("answer"));
    assertTrue(http.get("disclosures/" + id + "?lang=zh").body().contains("经入户核实为4人，将发布更正。"));
  }

  private static List<byte[]> hashes(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(s -> Base64.getDecoder().decode(s.getString()))
        .toList();
  }
}

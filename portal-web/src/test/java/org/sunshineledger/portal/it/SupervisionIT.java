package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision on a managed Payara Micro (§3, §21): the rules' pass over the demo programme opens a
 * lead for exactly the records that break a rule, once; the rectification ledger moves by its
 * pages' forms, in the browser, from 待核实 to 已整改销号; the public sees counts and never a record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionIT {
  private static final String AUDITOR = "demo-auditor";
  private static final String ESHAN = "eshan-officer";
  private static final String HUANGQUAN = "huangquan-officer";
  private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  private static List<JsonObject> leads(Http http, String user) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonObject answer = http.getJson("api/v1/supervision/leads?size=200&page=" + page, user);
      all.addAll(answer.getJsonArray("items").getValuesAs(JsonObject.class));
      if (all.size() >= answer.getInt("total")) {
        return all;
      }
    }
  }

  private static Set<String> subjects(List<JsonObject> leads, String rule) {
    Set<String> subjects = new TreeSet<>();
    leads.stream()
        .filter(l -> l.getString("rule").equals(rule))
        .forEach(l -> subjects.add(l.getString("subject")));
    return subjects;
  }

  private static LocalDate dayOf(String instant) {
    return Instant.parse(instant).atZone(DISTRICT).toLocalDate();
  }

  @Test
  void a_pass_opens_a_lead_for_exactly_the_projects_that_break_a_rule_and_never_twice(
      @ArquillianResource URL url) {
    Http http = new Http(url);
    JsonObject first = http.post("api/v1/supervision/passes", "{}", AUDITOR);
    JsonObject second = http.post("api/v1/supervision/passes", "{}", AUDITOR);
    assertEquals(0, second.getInt("opened"), "a finding already in the ledger is not opened again");
    assertEquals(first.getInt("findings"), second.getInt("findings"));
    List<JsonObject> leads = leads(http, AUDITOR);
    assertTrue(leads.size() >= second.getInt("findings"), leads.size() + " leads");

    // what the projects' own public records say, rule by rule
    LocalDate today = LocalDate.now(DISTRICT);
    Set<String> handOver = new TreeSet<>();
    Set<String> idleLines = new TreeSet<>();
    for (JsonObject summary :
        http.getJson("api/v1/projects?size=200")
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      long id = summary.getJsonNumber("id").longValue();
      JsonObject project = http.getJson("api/v1/projects/" + id);
      List<JsonObject> history = project.getJsonArray("history").getValuesAs(JsonObject.class);
      String stage = project.getJsonObject("summary").getString("stage");
      if (stage.equals("COMPLETION_ACCEPTED")) {
        LocalDate accepted =
            history.stream()
                .filter(h -> h.getString("to").equals("COMPLETION_ACCEPTED"))
                .map(h -> dayOf(h.getString("at")))
                .reduce((a, b) -> b)
                .orElseThrow();
        if (today.isAfter(accepted.plusDays(30))) {
          handOver.add("project:" + id);
        }
      }
      history.stream()
          .filter(h -> h.getString("to").equals("IMPLEMENTATION"))
          .map(h -> dayOf(h.getString("at")))
          .findFirst()
          .filter(since -> today.isAfter(since.plusMonths(6)))
          .ifPresent(
              since ->
                  project.getJsonArray("fundingLines").getValuesAs(JsonObject.class).stream()
                      .filter(
                          l ->
                              new java.math.BigDecimal(l.getString("allocated"))
                                      .compareTo(new java.math.BigDecimal(l.getString("disbursed")))
                                  > 0)
                      .forEach(
                          l ->
                              idleLines.add(
                                  "line:" + id + ":" + l.getJsonNumber("block").longValue())));
    }
    assertEquals(handOver, subjects(leads, "supervision.hand-over-overdue"));
    assertEquals(idleLines, subjects(leads, "supervision.idle-line"));
    assertFalse(handOver.isEmpty(), "the demo programme carries an asset not handed over");

    // each lead names its place; a village's officer sees its village's leads and no other
    List<JsonObject> huangquan = leads(http, HUANGQUAN);
    long huangquanVillage =
        huangquan.isEmpty() ? -1 : huangquan.get(0).getJsonNumber("village").longValue();
    assertTrue(
        huangquan.stream()
            .allMatch(l -> l.getJsonNumber("village").longValue() == huangquanVillage));
    List<JsonObject> eshan = leads(http, ESHAN);
    long eshanTownship = eshan.get(0).getJsonNumber("township").longValue();
    assertTrue(
        eshan.stream().allMatch(l -> l.getJsonNumber("township").longValue() == eshanTownship));
    assertTrue(eshan.size() < leads.size(), "a township sees its own leads only");
    assertEquals(
        403,
        http.send(
                HttpRequest.newBuilder(http.uri("api/v1/supervision/leads"))
                    .header("Authorization", Http.basic("demo-donor", Http.DEMO_PASSWORD)))
            .statusCode());
    assertEquals(401, http.get("api/v1/supervision/leads").statusCode());
    assertEquals(
        403,
        http.postJson("api/v1/supervision/passes", "{}", ESHAN, null).statusCode(),
        "officials do not run the rules on themselves");

    // an auditor checks a lead through the API; an official may not, even of its own place
    JsonObject pending =
        eshan.stream()
            .filter(l -> l.getString("status").equals("PENDING"))
            .findFirst()
            .orElseThrow();
    String moves = "api/v1/supervision/leads/" + pending.getJsonNumber("id") + "/moves";
    HttpResponse<String> byOfficial =
        http.postJson(moves, "{\"move\":\"CONFIRM\",\"note\":\"自查属实\"}", ESHAN, null);
    assertEquals(403, byOfficial.statusCode(), byOfficial.body());
    HttpResponse<String> noReason =
        http.postJson(moves, "{\"move\":\"DISMISS\",\"note\":\" \"}", AUDITOR, null);
    assertEquals(422, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("supervision.lead-note"), noReason.body());
    JsonObject confirmed = http.post(moves, "{\"move\":\"CONFIRM\",\"note\":\"现场核实属实\"}", AUDITOR);
    assertEquals("CONFIRMED", confirmed.getString("status"));
    assertEquals(List.of(), confirmed.getJsonArray("next"), "an auditor does not rectify");
    assertEquals(
        List.of("RECTIFY"),
        http
            .getJson("api/v1/supervision/leads/" + pending.getJsonNumber("id"), ESHAN)
            .getJsonArray("next")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }

  @Test
  void a_lead_goes_from_checked_to_closed_through_its_pages_forms_in_chromium(
      @ArquillianResource URL url) throws Exception {
    Http http = new Http(url);
    http.post("api/v1/supervision/passes", "{}", AUDITOR);
    JsonObject lead =
        leads(http, ESHAN).stream()
            .filter(l -> l.getString("status").equals("PENDING"))
            .findFirst()
            .orElseThrow();
    long id = lead.getJsonNumber("id").longValue();
    try (Browser auditor = Browser.start()) {
      auditor.open(http.uri("login?lang=zh&next=/workbench"));
      auditor.signIn(AUDITOR, Http.DEMO_PASSWORD);
      auditor.click("问题整改台账");
      assertEquals(List.of(), auditor.accessibilityViolations(), "the ledger's list");
      auditor.open(http.uri("leads/" + id));
      assertEquals(List.of(), auditor.accessibilityViolations(), "a lead's page");
      // not true needs its reason: sent without one, the reason comes back beside its field
      auditor.press("#move-DISMISS").press("form.lead-move button[type=submit]");
      assertTrue(auditor.text().contains("须填写"), auditor.text());
      assertEquals(List.of(), auditor.accessibilityViolations(), "the form with its error");
      auditor
          .press("#move-CONFIRM")
          .fill("note", "现场核实属实")
          .press("form.lead-move button[type=submit]");
      auditor.waitForText("已记录，线索现为“属实”", 10);
    }
    try (Browser official = Browser.start()) {
      official.open(http.uri("login?lang=zh&next=/workbench"));
      official.signIn(ESHAN, Http.DEMO_PASSWORD);
      assertTrue(official.text().contains("问题线索待整改"), official.text());
      official.open(http.uri("leads/" + id));
      official
          .press("#move-RECTIFY")
          .fill("note", "补办移交手续")
          .press("form.lead-move button[type=submit]");
      official.waitForText("已记录，线索现为“整改中”", 10);
      assertTrue(
          official.text().contains(LocalDate.now(DISTRICT).plusMonths(3).toString()),
          "three months by default: " + official.text());
    }
    try (Browser auditor = Browser.start()) {
      auditor.open(http.uri("login?lang=zh&next=/leads/" + id));
      auditor.signIn(AUDITOR, Http.DEMO_PASSWORD);
      auditor
          .press("#move-CLOSE")
          .fill("note", "移交-2026-1")
          .press("form.lead-move button[type=submit]");
      auditor.waitForText("已记录，线索现为“已整改销号”", 10);
    }
    JsonObject closed = http.getJson("api/v1/supervision/leads/" + id, AUDITOR);
    assertEquals(
        List.of("PENDING", "CONFIRMED", "RECTIFYING", "CLOSED"),
        closed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("to"))
            .toList());
    assertEquals(List.of(), closed.getJsonArray("next").getValuesAs(jakarta.json.JsonString.class));
    // nobody edits history: a closed lead takes no move, and an official never closes one
    HttpResponse<String> again =
        http.postJson(
            "api/v1/supervision/leads/" + id + "/moves",
            "{\"move\":\"CLOSE\",\"note\":\"再次销号\"}",
            AUDITOR,
            null);
    assertEquals(422, again.statusCode(), again.body());
    assertTrue(again.body().contains("supervision.lead-transition"), again.body());

    // the public sees counts, and no record of any lead
    JsonObject summary = http.getJson("api/v1/supervision/summary");
    assertTrue(
        summary.getJsonObject("total").getJsonObject("closed").getBoolean("fewerThanThree")
            || summary.getJsonObject("total").getJsonObject("closed").getInt("count") >= 3);
    String page = http.get("supervision").body();
    assertTrue(page.contains("监督公开"), page);
    assertFalse(page.contains(lead.getString("subject")), "no record on the public page");
    try (Browser phone = Browser.start()) {
      phone.open(http.uri("supervision"));
      assertEquals(List.of(), phone.accessibilityViolations(), "the public's counts");
    }
  }
}

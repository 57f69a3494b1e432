package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access-control matrix of the hardening suite: every operation of the published document ×
 * every kind of caller (anonymous, a donor, the auditor, the district admin, officers of two
 * townships and of two villages) × objects in three places (two villages of one township, one
 * village of another). The expected answer comes from the rule written here for each operation —
 * the policy, stated once, not read from the code — and an operation of the document without a rule
 * fails the suite, so a new endpoint cannot escape it.
 *
 * <p>First every request the policy refuses is sent, and the whole state an administrator can read
 * must be the same afterwards (no unintended write); each must be answered 401 or 403 and be in the
 * server log's denials with who, what and when. Then every request the policy allows is sent and
 * must not be refused. Lists that officials read without a filter must hold only their scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {
  /** Who may do something. */
  private enum Access {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Anyone signed in. */
    SIGNED_IN,
    /** Officials and the auditor, each seeing only what their scope allows. */
    REGISTRY_LIST,
    /** The district admin, the auditor, and officers whose township or village holds the place. */
    REGISTRY_READ,
    /** The district admin and officers whose township or village holds the place. */
    VILLAGE_WRITE,
    /** The district admin and the officer of the place's township. */
    TOWNSHIP_WRITE,
    /** The district admin only. */
    DISTRICT_ADMIN,
    /** The district admin and the auditor. */
    DISTRICT_OR_AUDITOR,
    /** Donors. */
    DONOR,
    /** The donor who owns the donation or pledge. */
    OWNING_DONOR,
    /** The official who started it, and the district admin. */
    OWNER_OR_ADMIN,
    /** Those who list accounts: the district admin, the auditor and township officers. */
    ACCOUNT_LIST,
    /** The district admin, the auditor, and the officer of the account's township. */
    ACCOUNT_READ,
    /** The district admin and every township and village officer, each within their scope. */
    OFFICIAL,
    /** Auditors (纪检监察, 审计) only. */
    AUDITOR
  }

  /** What an operation acts on, found or made in each place. */
  private enum Target {
    NONE,
    HOUSEHOLD,
    HOUSEHOLDS_OF_VILLAGE,
    UNSAFE_HOUSE,
    PROJECT,
    NEW_PROJECT,
    BLOCK,
    ASSET,
    NEW_ASSET,
    NEW_DISTRIBUTION,
    NEED,
    NEW_NEED,
    PLEDGE,
    VILLAGE,
    NEW_DRAFT,
    DRAFT,
    PUBLISHED,
    OBJECTION,
    IMPORT,
    NEW_IMPORT,
    /** A spreadsheet import's job, started by the first place's village officer. */
    SHEET,
    /** A list of the board's needs of the place's village, as a spreadsheet. */
    NEW_SHEET,
    MATCHING,
    /** A village officer to appoint in the place's village. */
    NEW_APPOINTMENT,
    /** The matrix's own village officer of the place ({@code mx-officer-<village>}). */
    ACCOUNT,
    /** A donor who signs up. */
    NEW_DONOR,
    /** A lead of the rectification ledger in the place's village, opened by the rules' pass. */
    LEAD
  }

  private record Rule(Access access, Target target) {}

  private record Caller(String account, String role, Long township, Long village) {
    String name() {
      return account == null ? "anonymous" : account;
    }
  }

  private record Place(String name, long township, long village, String townshipName) {}

  /** The policy: one rule for every operation of the document. */
  private static final Map<String, Rule> POLICY = new LinkedHashMap<>();

  static {
    // accounts: the demo's own are never changed — passwords are sent wrong on purpose (400),
    // and what a superior does is done to the matrix's own officer of each place
    rule(Access.PUBLIC, Target.NEW_DONOR, "POST /api/v1/donors");
    rule(Access.SIGNED_IN, Target.NONE, "GET /api/v1/account", "POST /api/v1/account/password");
    rule(Access.DONOR, Target.NONE, "PUT /api/v1/account/profile", "POST /api/v1/account/close");
    rule(Access.ACCOUNT_LIST, Target.NONE, "GET /api/v1/accounts");
    rule(Access.TOWNSHIP_WRITE, Target.NEW_APPOINTMENT, "POST /api/v1/accounts");
    rule(Access.ACCOUNT_READ, Target.ACCOUNT, "GET /api/v1/accounts/{username}");
    rule(
        Access.TOWNSHIP_WRITE,
        Target.ACCOUNT,
        "PUT /api/v1/accounts/{username}",
        "POST /api/v1/accounts/{username}/password-reset",
        "POST /api/v1/accounts/{username}/disable",
        "POST /api/v1/accounts/{username}/enable");
    rule(Access.DISTRICT_OR_AUDITOR, Target.NONE, "GET /api/v1/account-log");
    rule(Access.DISTRICT_ADMIN, Target.NONE, "GET /api/v1/admin/search");
    rule(Access.DISTRICT_ADMIN, Target.NONE, "POST /api/v1/admin/search/rebuild");
    rule(Access.DISTRICT_ADMIN, Target.NONE, "POST /api/v1/allocations", "POST /api/v1/funds");
    rule(Access.DISTRICT_ADMIN, Target.NONE, "POST /api/v1/board/matching");
    rule(
        Access.DISTRICT_ADMIN,
        Target.MATCHING,
        "GET /api/v1/board/matching/{id}",
        "POST /api/v1/board/matching/{id}/commit");
    rule(Access.VILLAGE_WRITE, Target.NEW_ASSET, "POST /api/v1/assets");
    rule(Access.VILLAGE_WRITE, Target.ASSET, "POST /api/v1/assets/{id}/handover");
    rule(Access.VILLAGE_WRITE, Target.NEW_DISTRIBUTION, "POST /api/v1/distributions");
    rule(Access.DONOR, Target.NONE, "POST /api/v1/board/donations");
    rule(Access.OWNING_DONOR, Target.NEED, "POST /api/v1/board/pledges");
    rule(
        Access.OWNING_DONOR,
        Target.PLEDGE,
        "DELETE /api/v1/board/pledges/{id}",
        "POST /api/v1/board/pledges/{id}/deliver");
    rule(
        Access.VILLAGE_WRITE,
        Target.PLEDGE,
        "POST /api/v1/board/pledges/{id}/receipt-code",
        "POST /api/v1/board/pledges/{id}/receive");
    rule(Access.VILLAGE_WRITE, Target.NEW_NEED, "POST /api/v1/board/needs");
    rule(Access.TOWNSHIP_WRITE, Target.NEED, "POST /api/v1/board/needs/{id}/verify");
    rule(Access.VILLAGE_WRITE, Target.NEW_DRAFT, "POST /api/v1/disclosures");
    rule(
        Access.VILLAGE_WRITE,
        Target.DRAFT,
        "PUT /api/v1/disclosures/{id}/draft",
        "POST /api/v1/disclosures/{id}/publish");
    rule(
        Access.VILLAGE_WRITE,
        Target.PUBLISHED,
        "POST /api/v1/disclosures/{id}/corrections",
        "POST /api/v1/disclosures/{id}/archive");
    rule(Access.PUBLIC, Target.PUBLISHED, "POST /api/v1/disclosures/{id}/objections");
    rule(
        Access.VILLAGE_WRITE,
        Target.OBJECTION,
        "POST /api/v1/disclosures/{id}/objections/{objection}/answer");
    rule(Access.TOWNSHIP_WRITE, Target.NEW_PROJECT, "POST /api/v1/projects");
    rule(
        Access.TOWNSHIP_WRITE,
        Target.PROJECT,
        "PUT /api/v1/projects/{id}",
        "POST /api/v1/projects/{id}/inspections",
        "POST /api/v1/projects/{id}/transitions");
    rule(
        Access.TOWNSHIP_WRITE,
        Target.BLOCK,
        "POST /api/v1/projects/{id}/funding",
        "POST /api/v1/projects/{id}/disbursements");
    rule(Access.REGISTRY_LIST, Target.NONE, "GET /api/v1/registry/early-warnings");
    rule(Access.REGISTRY_LIST, Target.NONE, "GET /api/v1/registry/unsafe-houses");
    rule(Access.REGISTRY_READ, Target.HOUSEHOLDS_OF_VILLAGE, "GET /api/v1/registry/households");
    rule(Access.REGISTRY_READ, Target.HOUSEHOLD, "GET /api/v1/registry/households/{id}");
    rule(
        Access.VILLAGE_WRITE,
        Target.HOUSEHOLD,
        "POST /api/v1/registry/households/{id}/city-mark",
        "POST /api/v1/registry/households/{id}/end-policy",
        "POST /api/v1/registry/households/{id}/exit",
        "POST /api/v1/registry/households/{id}/guarantees",
        "POST /api/v1/registry/households/{id}/incomes",
        "POST /api/v1/registry/households/{id}/return",
        "POST /api/v1/registry/households/{id}/risk-events");
    rule(
        Access.VILLAGE_WRITE,
        Target.UNSAFE_HOUSE,
        "POST /api/v1/registry/unsafe-houses/{id}/renovation");
    rule(Access.VILLAGE_WRITE, Target.NEW_IMPORT, "POST /api/v1/registry/imports");
    rule(Access.OWNER_OR_ADMIN, Target.IMPORT, "GET /api/v1/registry/imports/{id}");
    rule(Access.VILLAGE_WRITE, Target.NEW_SHEET, "POST /api/v1/imports/{list}");
    rule(Access.OWNER_OR_ADMIN, Target.SHEET, "GET /api/v1/imports/jobs/{id}");
    rule(
        Access.OFFICIAL,
        Target.NONE,
        "GET /api/v1/imports/{list}",
        "GET /api/v1/imports/{list}/export");
    rule(Access.SIGNED_IN, Target.NONE, "GET /api/v1/registry/progress", "GET /api/v1/session");
    rule(Access.DISTRICT_OR_AUDITOR, Target.NONE, "GET /api/v1/transparency/audit");
    rule(Access.VILLAGE_WRITE, Target.VILLAGE, "PUT /api/v1/villages/{id}/contact");
    rule(Access.REGISTRY_LIST, Target.NONE, "GET /api/v1/supervision/leads");
    rule(Access.REGISTRY_READ, Target.LEAD, "GET /api/v1/supervision/leads/{id}");
    rule(Access.AUDITOR, Target.LEAD, "POST /api/v1/supervision/leads/{id}/moves");
    rule(Access.DISTRICT_OR_AUDITOR, Target.NONE, "POST /api/v1/supervision/passes");
    rule(
        Access.PUBLIC,
        Target.NONE,
        "GET /api/v1/allocations",
        "GET /api/v1/assets",
        "GET /api/v1/assets/{id}",
        "GET /api/v1/board/donations/{id}/trail",
        "GET /api/v1/board/needs",
        "GET /api/v1/board/needs/{id}",
        "GET /api/v1/board/stats",
        "GET /api/v1/disclosures",
        "GET /api/v1/disclosures/obligations",
        "GET /api/v1/disclosures/overdue",
        "GET /api/v1/disclosures/{id}",
        "GET /api/v1/disclosures/{id}/notice.pdf",
        "GET /api/v1/distributions",
        "GET /api/v1/distributions/{id}",
        "GET /api/v1/distributions/{id}/trace",
        "GET /api/v1/flows",
        "GET /api/v1/funds",
        "GET /api/v1/imports/{list}/template",
        "GET /api/v1/funds/{id}/trace",
        "GET /api/v1/projects",
        "GET /api/v1/projects/search",
        "GET /api/v1/projects/suggest",
        "GET /api/v1/projects/{id}",
        "GET /api/v1/regions",
        "GET /api/v1/registry/imports/template",
        "GET /api/v1/supervision/summary",
        "GET /api/v1/registry/stats",
        "GET /api/v1/transparency/checkpoint",
        "GET /api/v1/transparency/proof/consistency",
        "GET /api/v1/transparency/proof/inclusion",
        "GET /api/v1/villages",
        "GET /api/v1/villages/{id}",
        "GET /feeds/disclosures.atom",
        "GET /feeds/townships/{id}/disclosures.atom");
  }

  private static void rule(Access access, Target target, String... operations) {
    for (String operation : operations) {
      POLICY.put(operation, new Rule(access, target));
    }
  }

  private static final String ADMIN = "demo-admin";
  private static final String DONOR = "demo-donor";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  private Http http;
  private String root;
  private JsonObject examples;
  private final Map<String, Long> ids = new TreeMap<>();
  private final List<Place> places = new ArrayList<>();
  private final List<Caller> callers = new ArrayList<>();

  @Test
  void every_role_in_every_place_reaches_exactly_what_the_policy_allows_and_every_denial_is_logged(
      @ArquillianResource URL url) throws Exception {
    http = new Http(url);
    root = url.getPath().endsWith("/") ? url.getPath() : url.getPath() + "/";
    examples = Http.json(Files.readString(ApiContract.EXAMPLES, StandardCharsets.UTF_8));
    http.get("api/v1/regions");
    Set<String> documented = new TreeSet<>();
    ApiContract.get().documented().forEach(o -> documented.add(o.verb() + " " + o.template()));
    assertEquals(documented, new TreeSet<>(POLICY.keySet()), "one rule for every operation");
    findPlacesAndCallers();
    prepareObjects();

    List<Call> refused = new ArrayList<>();
    List<Call> allowed = new ArrayList<>();
    for (var operation : POLICY.entrySet()) {
      for (Place place : placesFor(operation.getValue().target())) {
        for (Caller caller : callers) {
          Call call = new Call(operation.getKey(), operation.getValue(), place, caller);
          (allows(operation.getValue().access(), caller, place) ? allowed : refused).add(call);
        }
      }
    }

    java.time.Instant logStart = java.time.Instant.now();
    String before = fingerprint();
    List<String> failures = new ArrayList<>();
    Map<String, AtomicInteger> outcomes = new TreeMap<>();
    for (Call call : refused) {
      HttpResponse<String> response = send(call);
      int expected = call.caller().account() == null ? 401 : 403;
      count(outcomes, "refused " + response.statusCode());
      if (outOfScopeImport(call) && response.statusCode() == 422) {
        // a list is refused whole, its report naming each row outside the official's scope
        if (!response.body().contains("不在本账号的管理范围内")) {
          failures.add(call + " → 422 without naming the scope: " + cut(response.body()));
        }
        continue;
      }
      if (response.statusCode() != expected) {
        failures.add(
            call
                + " → "
                + response.statusCode()
                + " (not "
                + expected
                + "): "
                + cut(response.body()));
      }
    }
    String after = fingerprint();
    if (!before.equals(after)) {
      failures.add(
          "refused requests changed what the administrator reads: "
              + firstDifference(before, after));
    }
    List<String> denials = logSince(logStart);
    for (Call call : refused) {
      if (outOfScopeImport(call)) {
        continue;
      }
      String who =
          call.caller().name()
              + (call.caller().role() == null ? "" : " (" + call.caller().role() + ")");
      String what = call.sentAs;
      if (denials.stream()
          .noneMatch(
              line -> line.contains("denied ") && line.contains(" " + who + " " + what + " "))) {
        failures.add("no denial logged for " + who + " " + what);
      }
    }
    for (Call call : allowed) {
      HttpResponse<String> response = send(call);
      int status = response.statusCode();
      count(outcomes, "allowed " + status);
      boolean read = call.operation().startsWith("GET ");
      // a write the policy allows may still break a rule of the domain (422) or meet a change
      // made by the caller before it (409); the public objections are throttled per address (429)
      boolean throttled =
          status == 429
              && (call.operation().equals("POST /api/v1/disclosures/{id}/objections")
                  || call.operation().equals("POST /api/v1/donors"));
      // the demo's passwords are never changed: the current password is sent wrong on purpose
      boolean wrongOnPurpose =
          status == 400
              && (call.operation().equals("POST /api/v1/account/password")
                  || call.operation().equals("POST /api/v1/account/close"));
      boolean fine =
          read
              ? status == 200
              : status / 100 == 2 || status == 409 || status == 422 || throttled || wrongOnPurpose;
      if (!fine) {
        failures.add(call + " → " + status + " (allowed): " + cut(response.body()));
      }
    }
    failures.addAll(listsHoldOnlyTheScope());
    failures.addAll(formsRefuseWhomThePolicyRefuses(outcomes));
    System.out.printf(
        "access matrix: %d operations, %d callers, %d places; %d refused, %d allowed; outcomes %s;"
            + " %d denial lines; failures %d%n",
        POLICY.size(),
        callers.size(),
        places.size(),
        refused.size(),
        allowed.size(),
        outcomes,
        denials.size(),
        failures.size());
    Files.write(Path.of("target", "access-matrix-failures.txt"), failures, StandardCharsets.UTF_8);
    assertEquals(List.of(), failures.stream().limit(30).toList(), failures.size() + " failures");
  }

  /**
   * The pages' forms under the same policy as the API: every form's action × every caller × every
   * place, each sent empty (so that nothing is written) with the caller's session and its token.
   * Whom the policy refuses gets 403; whom it allows gets the form back with its errors (400).
   */
  private List<String> formsRefuseWhomThePolicyRefuses(Map<String, AtomicInteger> outcomes)
      throws Exception {
    List<String> failures = new ArrayList<>();
    for (Caller caller : callers) {
      Session session =
          caller.account() == null
              ? new Session(
                  http,
                  java.net.http.HttpClient.newBuilder()
                      .cookieHandler(new java.net.CookieManager())
                      .build(),
                  "none")
              : Session.signIn(http, caller.account());
      java.net.http.HttpClient client = session.client();
      String csrf = session.csrf();
      for (Place place : places) {
        Map<String, Access> forms = new LinkedHashMap<>();
        if (place == places.get(0)) {
          forms.put("funds/new", Access.DISTRICT_ADMIN);
          forms.put("allocations/new", Access.DISTRICT_ADMIN);
        }
        forms.put("projects/" + id("project", place) + "/work", Access.TOWNSHIP_WRITE);
        forms.put("projects/" + id("project", place) + "/plan", Access.TOWNSHIP_WRITE);
        forms.put("assets/" + id("asset", place) + "/distribute", Access.VILLAGE_WRITE);
        forms.put("registry/households/" + id("household", place), Access.VILLAGE_WRITE);
        forms.put("villages/" + place.village() + "/contact", Access.VILLAGE_WRITE);
        forms.put("disclosures/" + id("draft", place) + "/draft", Access.VILLAGE_WRITE);
        forms.put("disclosures/" + id("published", place) + "/correct", Access.VILLAGE_WRITE);
        if (ids.containsKey("lead@" + place.village())) {
          forms.put("leads/" + id("lead", place), Access.REGISTRY_READ);
        }
        for (var form : forms.entrySet()) {
          HttpResponse<String> answer =
              client.send(
                  java.net.http.HttpRequest.newBuilder(http.uri(form.getKey()))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          boolean allowed = allows(form.getValue(), caller, place);
          int expected = allowed ? 400 : 403;
          count(outcomes, "form " + (allowed ? "allowed " : "refused ") + answer.statusCode());
          if (answer.statusCode() != expected) {
            failures.add(
                "form POST "
                    + form.getKey()
                    + " by "
                    + caller.name()
                    + " → "
                    + answer.statusCode()
                    + " (not "
                    + expected
                    + "): "
                    + cut(answer.body()));
          }
        }
      }
    }
    return failures;
  }

  // ---------------------------------------------------------------- the policy

  /** Officials may send lists; a row outside their scope refuses the whole list (422). */
  private static boolean outOfScopeImport(Call call) {
    String role = call.caller().role();
    return (call.rule.target() == Target.NEW_IMPORT || call.rule.target() == Target.NEW_SHEET)
        && ("TOWNSHIP_OFFICER".equals(role) || "VILLAGE_OFFICER".equals(role));
  }

  private static boolean allows(Access access, Caller caller, Place place) {
    String role = caller.role();
    boolean admin = "DISTRICT_ADMIN".equals(role);
    boolean township = "TOWNSHIP_OFFICER".equals(role) && caller.township() == place.township();
    boolean village = "VILLAGE_OFFICER".equals(role) && caller.village() == place.village();
    return switch (access) {
      case PUBLIC -> true;
      case SIGNED_IN -> role != null;
      case REGISTRY_LIST -> role != null && !"DONOR".equals(role);
      case REGISTRY_READ -> admin || "AUDITOR".equals(role) || township || village;
      case VILLAGE_WRITE -> admin || township || village;
      case TOWNSHIP_WRITE -> admin || township;
      case DISTRICT_ADMIN -> admin;
      case DISTRICT_OR_AUDITOR -> admin || "AUDITOR".equals(role);
      case DONOR -> "DONOR".equals(role);
      case OWNING_DONOR -> DONOR.equals(caller.account());
      case OWNER_OR_ADMIN -> admin || "huangquan-officer".equals(caller.account());
      case ACCOUNT_LIST -> admin || "AUDITOR".equals(role) || "TOWNSHIP_OFFICER".equals(role);
      case ACCOUNT_READ -> admin || "AUDITOR".equals(role) || township;
      case OFFICIAL -> admin || "TOWNSHIP_OFFICER".equals(role) || "VILLAGE_OFFICER".equals(role);
      case AUDITOR -> "AUDITOR".equals(role);
    };
  }

  // ---------------------------------------------------------------- places, callers, objects

  private void findPlacesAndCallers() {
    JsonObject regions = http.getJson("api/v1/regions");
    Map<String, Place> byName = new TreeMap<>();
    for (JsonValue t : regions.getJsonArray("townships")) {
      JsonObject township = t.asJsonObject();
      for (JsonValue v : township.getJsonArray("villages")) {
        JsonObject village = v.asJsonObject();
        byName.put(
            village.getString("name"),
            new Place(
                village.getString("name"),
                township.getJsonNumber("id").longValue(),
                village.getJsonNumber("id").longValue(),
                township.getString("name")));
      }
    }
    Place huangquan = byName.get("黄泉村");
    Place sanshan = byName.get("三山村");
    Place qilishan = byName.get("七里山村");
    places.addAll(List.of(huangquan, sanshan, qilishan));
    callers.add(new Caller(null, null, null, null));
    callers.add(new Caller(DONOR, "DONOR", null, null));
    callers.add(new Caller("demo-auditor", "AUDITOR", null, null));
    callers.add(new Caller(ADMIN, "DISTRICT_ADMIN", null, null));
    callers.add(new Caller("eshan-officer", "TOWNSHIP_OFFICER", huangquan.township(), null));
    callers.add(new Caller("liuyuan-officer", "TOWNSHIP_OFFICER", qilishan.township(), null));
    callers.add(
        new Caller(
            "huangquan-officer", "VILLAGE_OFFICER", huangquan.township(), huangquan.village()));
    callers.add(
        new Caller("sanshan-officer", "VILLAGE_OFFICER", sanshan.township(), sanshan.village()));
  }

  private List<Place> placesFor(Target target) {
    if (target == Target.NONE
        || target == Target.MATCHING
        || target == Target.IMPORT
        || target == Target.SHEET
        || target == Target.NEW_DONOR) {
      return List.of(places.get(0));
    }
    if (target == Target.UNSAFE_HOUSE) {
      // the demo data keeps unsafe-house records in some villages only
      List<Place> holding =
          places.stream().filter(p -> ids.containsKey("unsafe@" + p.village())).toList();
      assertTrue(!holding.isEmpty(), "no unsafe-house record in any place");
      return holding;
    }
    if (target == Target.LEAD) {
      // the rules find leads where the records break them, not in every village
      List<Place> holding =
          places.stream().filter(p -> ids.containsKey("lead@" + p.village())).toList();
      assertTrue(!holding.isEmpty(), "no lead in any place");
      return holding;
    }
    return places;
  }

  private long id(String what, Place place) {
    Long id = ids.get(what + "@" + place.village());
    if (id == null) {
      throw new AssertionError("no " + what + " in " + place.name());
    }
    return id;
  }

  /** Finds what the demo data holds in each place, and makes what it does not. */
  private void prepareObjects() {
    JsonArray unsafe =
        Http.jsonArray(authorized("GET", "api/v1/registry/unsafe-houses", null, ADMIN));
    JsonObject fund =
        http.post(
            "api/v1/funds",
            "{\"source\":\"CENTRAL\",\"name\":\"矩阵测试资金\",\"year\":2021,\"amount\":\"1000.00\","
                + "\"documentRef\":\"矩阵〔2021〕1号\"}",
            ADMIN);
    ids.put("fund", fund.getJsonNumber("id").longValue());
    JsonObject donation =
        http.post(
            "api/v1/board/donations",
            "{\"donorKind\":\"INDIVIDUAL\",\"donorName\":\"矩阵测试\",\"category\":\"WINTER_SUPPLIES\",\"units\":1000}",
            DONOR);
    ids.put("donation", donation.getJsonNumber("id").longValue());
    for (Place p : places) {
      String at = "@" + p.village();
      JsonArray households =
          Http.json(
                  authorized(
                      "GET",
                      "api/v1/registry/households?size=2&village=" + p.village(),
                      null,
                      ADMIN))
              .getJsonArray("items");
      ids.put("household" + at, households.getJsonObject(0).getJsonNumber("id").longValue());
      ids.put("household2" + at, households.getJsonObject(1).getJsonNumber("id").longValue());
      for (JsonValue u : unsafe) {
        if (u.asJsonObject().getString("villageName").equals(p.name())) {
          ids.putIfAbsent("unsafe" + at, u.asJsonObject().getJsonNumber("id").longValue());
        }
      }
      JsonObject project = http.post("api/v1/projects", projectBody(p, "矩阵项目" + p.name()), ADMIN);
      ids.put("project" + at, project.getJsonNumber("id").longValue());
      JsonObject allocations = http.getJson("api/v1/allocations?size=1&township=" + p.township());
      for (JsonValue share :
          allocations.getJsonArray("items").getJsonObject(0).getJsonArray("shares")) {
        if (share.asJsonObject().getJsonNumber("township").longValue() == p.township()) {
          ids.put("block" + at, share.asJsonObject().getJsonNumber("block").longValue());
        }
      }
      JsonArray assets = http.getJson("api/v1/assets?village=" + p.village()).getJsonArray("items");
      if (assets.isEmpty()) {
        throw new AssertionError("the demo data has no asset in " + p.name());
      }
      ids.put("asset" + at, assets.getJsonObject(0).getJsonNumber("id").longValue());
      int appointed =
          authorized("POST", "api/v1/accounts", appointmentBody(p, officerOf(p)), ADMIN)
              .statusCode();
      assertTrue(appointed == 201 || appointed == 409, "the matrix's officer of " + p.name());
      JsonObject need = http.post("api/v1/board/needs", needBody(p, "矩阵棉衣" + p.name()), ADMIN);
      long needId = need.getJsonNumber("id").longValue();
      http.post("api/v1/board/needs/" + needId + "/verify", "{}", ADMIN);
      ids.put("need" + at, needId);
      JsonObject pledge =
          http.post(
              "api/v1/board/pledges",
              "{\"donation\":" + ids.get("donation") + ",\"need\":" + needId + ",\"units\":1}",
              DONOR);
      ids.put("pledge" + at, pledge.getJsonNumber("id").longValue());
      JsonObject draft = http.post("api/v1/disclosures", draftBody(p, "矩阵公示" + p.name()), ADMIN);
      ids.put("draft" + at, draft.getJsonNumber("id").longValue());
      JsonObject published =
          http.post("api/v1/disclosures", draftBody(p, "矩阵已发布" + p.name()), ADMIN);
      long publishedId = published.getJsonNumber("id").longValue();
      http.post(
          "api/v1/disclosures/" + publishedId + "/publish",
          "{\"windowStart\":\""
              + java.time.LocalDate.now()
              + "\",\"windowEnd\":\""
              + java.time.LocalDate.now().plusDays(14)
              + "\"}",
          ADMIN);
      ids.put("published" + at, publishedId);
      JsonObject objection =
          http.post(
              "api/v1/disclosures/" + publishedId + "/objections", "{\"text\":\"矩阵测试异议\"}", null);
      ids.put("objection" + at, objection.getJsonNumber("id").longValue());
    }
    Place first = places.get(0);
    JsonObject job =
        Http.json(
            authorized(
                "POST",
                "api/v1/registry/imports",
                importBody(first, "MX-0000"),
                "huangquan-officer"));
    imports.put(first.village(), job.getString("id"));
    sheetJob =
        Http.json(
                authorized(
                    "POST",
                    "api/v1/imports/needs",
                    needsSheet(first, "矩阵表格需求0"),
                    "huangquan-officer"))
            .getString("id");
    JsonObject run = http.post("api/v1/board/matching", "{}", ADMIN);
    matching = run.getString("id");
    prepareLeads();
  }

  /**
   * A lead in each place's village: the village's asset pays a household of the next place, which
   * the rules' pass finds as a payee outside the asset's villages.
   */
  private void prepareLeads() {
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      Place other = places.get((i + 1) % places.size());
      http.post(
          "api/v1/distributions",
          Json.createObjectBuilder()
              .add("asset", id("asset", p))
              .add("periodFrom", "2035-01-01")
              .add("periodTo", "2035-12-31")
              .add("income", "1000.00")
              .add(
                  "beneficiaries",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("household", id("household", other))
                              .add("labourAble", true)
                              .add("vulnerableMembers", 0)
                              .add("workDays", 10)))
              .add("documentRef", "矩阵测试分配")
              .build()
              .toString(),
          ADMIN);
    }
    http.post("api/v1/supervision/passes", "{}", ADMIN);
    for (JsonValue lead :
        Http.json(authorized("GET", "api/v1/supervision/leads?size=200", null, ADMIN))
            .getJsonArray("items")) {
      JsonObject l = lead.asJsonObject();
      if (l.containsKey("village") && l.getString("status").equals("PENDING")) {
        ids.putIfAbsent(
            "lead@" + l.getJsonNumber("village").longValue(), l.getJsonNumber("id").longValue());
      }
    }
  }

  private final Map<Long, String> imports = new TreeMap<>();
  private String sheetJob;
  private String matching;
  private final AtomicInteger unique = new AtomicInteger();

  // ---------------------------------------------------------------- requests

  private final class Call {
    private final String operation;
    private final Rule rule;
    private final Place place;
    private final Caller caller;
    private String sentAs;

    Call(String operation, Rule rule, Place place, Caller caller) {
      this.operation = operation;
      this.rule = rule;
      this.place = place;
      this.caller = caller;
    }

    String operation() {
      return operation;
    }

    Caller caller() {
      return caller;
    }

    @Override
    public String toString() {
      return caller.name() + " " + (sentAs == null ? operation : sentAs) + " in " + place.name();
    }
  }

  private HttpResponse<String> send(Call call) {
    String verb = call.operation.substring(0, call.operation.indexOf(' '));
    String template = call.operation.substring(call.operation.indexOf(' ') + 2);
    Place p = call.place;
    String path = fill(template, call.rule.target(), p);
    String body =
        verb.equals("GET") || verb.equals("DELETE")
            ? null
            : body(call.operation, call.rule.target(), p);
    call.sentAs = verb + " " + root + path;
    return authorized(verb, path, body, call.caller.account());
  }

  private String fill(String template, Target target, Place p) {
    String path = template.replace("{list}", "needs");
    long id =
        switch (target) {
          case HOUSEHOLD -> id("household", p);
          case UNSAFE_HOUSE -> id("unsafe", p);
          case PROJECT, BLOCK -> id("project", p);
          case ASSET -> id("asset", p);
          case NEED -> id("need", p);
          case PLEDGE -> id("pledge", p);
          case VILLAGE -> p.village();
          case DRAFT -> id("draft", p);
          case PUBLISHED, OBJECTION -> id("published", p);
          case LEAD -> id("lead", p);
          default -> 0;
        };
    if (target == Target.OBJECTION) {
      path = path.replace("{objection}", String.valueOf(id("objection", p)));
    }
    if (target == Target.ACCOUNT) {
      path = path.replace("{username}", officerOf(p));
    }
    if (target == Target.MATCHING) {
      path = path.replace("{id}", matching);
    } else if (target == Target.IMPORT) {
      path = path.replace("{id}", imports.get(p.village()));
    } else if (target == Target.SHEET) {
      path = path.replace("{id}", sheetJob);
    } else if (target == Target.HOUSEHOLDS_OF_VILLAGE) {
      path = path + "?village=" + p.village();
    } else if (id != 0) {
      path = path.replace("{id}", String.valueOf(id));
    } else {
      path = publicIds(path, p);
    }
    return path;
  }

  /** Path ids of the public reads: objects of the first place. */
  private String publicIds(String path, Place p) {
    if (path.endsWith("/trace") && path.contains("distributions")) {
      long distribution = http.firstId("api/v1/distributions?size=1");
      JsonObject d = http.getJson("api/v1/distributions/" + distribution);
      long household =
          d.getJsonArray("payouts").getJsonObject(0).getJsonNumber("household").longValue();
      return path.replace("{id}", String.valueOf(distribution)) + "?household=" + household;
    }
    String kind = path.replaceAll("^api/v1/|^feeds/", "").replaceAll("/.*", "");
    long id =
        switch (kind) {
          case "assets" -> id("asset", p);
          case "board" -> path.contains("donations") ? ids.get("donation") : id("need", p);
          case "disclosures" -> id("published", p);
          case "distributions" -> http.firstId("api/v1/distributions?size=1");
          case "funds" -> ids.get("fund");
          case "projects" -> id("project", p);
          case "townships" -> p.township();
          case "villages" -> p.village();
          default -> 0;
        };
    String filled = path.replace("{id}", String.valueOf(id));
    if (filled.endsWith("flows")) {
      return filled + "?year=2019";
    }
    if (filled.endsWith("proof/inclusion") || filled.endsWith("proof/consistency")) {
      long size = http.getJson("api/v1/transparency/checkpoint").getJsonNumber("size").longValue();
      return filled
          + (filled.endsWith("inclusion") ? "?version=0&size=" + size : "?from=1&to=" + size);
    }
    return filled;
  }

  private String body(String operation, Target target, Place p) {
    int n = unique.incrementAndGet();
    return switch (target) {
      case NEW_PROJECT -> projectBody(p, "矩阵新项目" + n);
      case PROJECT ->
          operation.startsWith("PUT") ? projectBody(p, "矩阵改名" + n) : example(operation).toString();
      case BLOCK -> "{\"block\":" + id("block", p) + ",\"amount\":\"1.00\"}";
      case NEW_ASSET -> assetBody(p, "矩阵新资产" + n);
      case NEW_DISTRIBUTION ->
          Json.createObjectBuilder(example(operation))
              .add("asset", id("asset", p))
              .add("periodFrom", (2000 + n % 20) + "-01-0" + (1 + n % 9))
              .add("beneficiaries", beneficiaries(operation, p))
              .build()
              .toString();
      case NEW_NEED -> needBody(p, "矩阵新需求" + n);
      case NEW_DRAFT -> draftBody(p, "矩阵新公示" + n);
      case NEW_IMPORT -> importBody(p, "MX-" + n);
      case NEW_SHEET -> needsSheet(p, "矩阵表格需求" + n);
      case LEAD -> "{\"move\":\"CONFIRM\",\"note\":\"矩阵核实" + n + "\"}";
      case NEW_APPOINTMENT -> appointmentBody(p, "mx-new-" + p.village() + "-" + n);
      case NEW_DONOR ->
          "{\"username\":\"mx-donor-"
              + n
              + "@example.org\",\"password\":\"Matrix-donor-2026\",\"displayName\":\"矩阵捐赠人\","
              + "\"donorKind\":\"INDIVIDUAL\"}";
      case ACCOUNT ->
          operation.startsWith("PUT")
              ? officialBody(p, "矩阵经办人" + n)
              : operation.endsWith("disable") ? "{\"reason\":\"矩阵\"}" : "{}";
      case NEED ->
          operation.endsWith("pledges")
              ? "{\"donation\":"
                  + ids.get("donation")
                  + ",\"need\":"
                  + id("need", p)
                  + ",\"units\":1}"
              : "{}";
      case NONE ->
          switch (operation) {
            case "POST /api/v1/account/password" ->
                "{\"currentPassword\":\"not-the-password-1\",\"newPassword\":\"Matrix-never-2026\"}";
            case "POST /api/v1/account/close" -> "{\"password\":\"not-the-password-1\"}";
            case "PUT /api/v1/account/profile" ->
                "{\"displayName\":\"演示捐赠人\",\"anonymous\":false,\"donorKind\":\"INDIVIDUAL\"}";
            case "POST /api/v1/allocations" ->
                Json.createObjectBuilder(example(operation))
                    .add("fund", ids.get("fund"))
                    .build()
                    .toString();
            default -> example(operation).toString();
          };
      default -> example(operation).toString();
    };
  }

  private JsonArray beneficiaries(String operation, Place p) {
    var array = Json.createArrayBuilder();
    JsonArray recorded = example(operation).getJsonArray("beneficiaries");
    String[] households = {"household", "household2"};
    for (int i = 0; i < Math.min(2, recorded.size()); i++) {
      array.add(
          Json.createObjectBuilder(recorded.getJsonObject(i))
              .add("household", id(households[i], p)));
    }
    return array.build();
  }

  private JsonObject example(String operation) {
    JsonObject example = examples.getJsonObject(operation);
    if (example == null || !(example.get("request") instanceof JsonObject request)) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    return request;
  }

  private String projectBody(Place p, String name) {
    JsonObjectBuilder body = Json.createObjectBuilder(example("POST /api/v1/projects"));
    return body.add("name", name)
        .add("townships", Json.createArrayBuilder().add(p.township()))
        .add("villages", Json.createArrayBuilder().add(p.village()))
        .build()
        .toString();
  }

  private static String officerOf(Place p) {
    return "mx-officer-" + p.village();
  }

  private static String officialBody(Place p, String name) {
    return "{\"role\":\"VILLAGE_OFFICER\",\"village\":"
        + p.village()
        + ",\"name\":\""
        + name
        + "\",\"office\":\"村委会委员\",\"phone\":\"0632-7700000\"}";
  }

  private static String appointmentBody(Place p, String username) {
    return officialBody(p, "矩阵新人").replaceFirst("^\\{", "{\"username\":\"" + username + "\",");
  }

  private String assetBody(Place p, String name) {
    return Json.createObjectBuilder(example("POST /api/v1/assets"))
        .add("name", name)
        .add("project", id("project", p))
        .add("ownership", Json.createObjectBuilder().add("village", p.village()))
        .build()
        .toString();
  }

  private String needBody(Place p, String item) {
    return Json.createObjectBuilder(example("POST /api/v1/board/needs"))
        .add("item", item)
        .add("village", p.village())
        .add("quantity", 50)
        .add("deadline", java.time.LocalDate.now().plusDays(30).toString())
        .build()
        .toString();
  }

  private String draftBody(Place p, String title) {
    return Json.createObjectBuilder(example("POST /api/v1/disclosures"))
        .add("title", title)
        .add("level", "VILLAGE")
        .add("township", p.township())
        .add("village", p.village())
        .build()
        .toString();
  }

  /** A list of one need of the place's village, in the needs' import columns, as CSV. */
  private static String needsSheet(Place p, String item) {
    return "需求编号,镇街,村（居）,受助户编号,类别,物品或用途,数量,单价（元）,紧急程度,需要日期\n,"
        + p.townshipName()
        + ","
        + p.name()
        + ",,日常生活用品,"
        + item
        + ",2,50,3,2030/6/1\n";
  }

  private String importBody(Place p, String code) {
    String csv = examples.getJsonObject("POST /api/v1/registry/imports").getString("request");
    String[] lines = csv.split("\n");
    return lines[0]
        + "\n"
        + lines[1]
            .replace("峨山镇", p.townshipName())
            .replace("黄泉村", p.name())
            .replaceFirst("^[^,]+", code)
            .replaceAll(
                "370404\\d{12}",
                "3704041985"
                    + String.format("%08d", Math.abs(code.hashCode()) % 100_000_000).substring(0, 7)
                    + "X")
        + "\n";
  }

  private HttpResponse<String> authorized(String verb, String path, String body, String account) {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
    if (account != null) {
      request.header("Authorization", Http.basic(account, Http.DEMO_PASSWORD));
    }
    if (body == null) {
      request.method(verb, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header(
          "Content-Type",
          path.endsWith("registry/imports") || path.startsWith("api/v1/imports/")
              ? "text/csv"
              : "application/json");
      request.method(verb, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(request);
  }

  // ---------------------------------------------------------------- what must not change

  /** Everything an administrator reads about the objects of the matrix, as one text. */
  private String fingerprint() {
    List<String> reads = new ArrayList<>();
    reads.addAll(
        List.of(
            "api/v1/projects?size=200",
            "api/v1/assets?size=200",
            "api/v1/board/needs?size=200",
            "api/v1/board/stats",
            "api/v1/disclosures?size=200",
            "api/v1/distributions?size=200",
            "api/v1/funds?size=200",
            "api/v1/allocations?size=200",
            "api/v1/transparency/checkpoint",
            "api/v1/regions",
            "api/v1/registry/unsafe-houses",
            "api/v1/registry/households?size=1",
            "api/v1/accounts?size=200",
            "api/v1/account-log?size=1",
            "api/v1/board/donations/" + ids.get("donation") + "/trail",
            "api/v1/board/matching/" + matching,
            "api/v1/registry/imports/" + imports.get(places.get(0).village())));
    for (Place p : places) {
      reads.add("api/v1/registry/households/" + id("household", p));
      reads.add("api/v1/registry/households/" + id("household2", p));
      reads.add("api/v1/projects/" + id("project", p));
      reads.add("api/v1/assets/" + id("asset", p));
      reads.add("api/v1/board/needs/" + id("need", p));
      reads.add("api/v1/disclosures/" + id("draft", p));
      reads.add("api/v1/disclosures/" + id("published", p));
      reads.add("api/v1/registry/households?size=200&village=" + p.village());
      reads.add("api/v1/accounts/" + officerOf(p));
    }
    StringBuilder all = new StringBuilder();
    for (String read : reads) {
      HttpResponse<String> response = authorized("GET", read, null, ADMIN);
      all.append(read)
          .append(" → ")
          .append(response.statusCode())
          .append(' ')
          .append(response.body())
          .append('\n');
    }
    return all.toString();
  }

  private static String firstDifference(String before, String after) {
    String[] a = before.split("\n");
    String[] b = after.split("\n");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return cut(a[i]) + " ≠ " + cut(b[i]);
      }
    }
    return "lengths differ";
  }

  // ---------------------------------------------------------------- lists in scope

  private List<String> listsHoldOnlyTheScope() {
    List<String> failures = new ArrayList<>();
    JsonObject regions = http.getJson("api/v1/regions");
    Map<Long, Long> villageOfHousehold = new TreeMap<>();
    Map<Long, Long> townshipOfVillage = new TreeMap<>();
    for (JsonValue t : regions.getJsonArray("townships")) {
      for (JsonValue v : t.asJsonObject().getJsonArray("villages")) {
        long township = t.asJsonObject().getJsonNumber("id").longValue();
        townshipOfVillage.put(v.asJsonObject().getJsonNumber("id").longValue(), township);
      }
    }
    for (Caller caller : callers) {
      if (!"TOWNSHIP_OFFICER".equals(caller.role()) && !"VILLAGE_OFFICER".equals(caller.role())) {
        continue;
      }
      JsonArray households =
          Http.json(
                  authorized("GET", "api/v1/registry/households?size=200", null, caller.account()))
              .getJsonArray("items");
      assertTrue(!households.isEmpty(), caller.name() + " reads no household at all");
      for (JsonValue h : households) {
        long village = h.asJsonObject().getJsonNumber("village").longValue();
        if (!inScope(caller, village, townshipOfVillage.get(village))) {
          failures.add(
              caller.name()
                  + " read household "
                  + h.asJsonObject().getInt("id")
                  + " of village "
                  + village);
        }
      }
      for (String list :
          List.of("api/v1/registry/early-warnings", "api/v1/registry/unsafe-houses")) {
        JsonArray items = Http.jsonArray(authorized("GET", list, null, caller.account()));
        for (int i = 0; i < Math.min(60, items.size()); i++) {
          long household = items.getJsonObject(i).getJsonNumber("household").longValue();
          long village =
              villageOfHousehold.computeIfAbsent(
                  household,
                  h ->
                      Http.json(authorized("GET", "api/v1/registry/households/" + h, null, ADMIN))
                          .getJsonObject("summary")
                          .getJsonNumber("village")
                          .longValue());
          if (!inScope(caller, village, townshipOfVillage.get(village))) {
            failures.add(caller.name() + " read " + list + " of household " + household);
          }
        }
      }
    }
    return failures;
  }

  private static boolean inScope(Caller caller, long village, Long township) {
    return "TOWNSHIP_OFFICER".equals(caller.role())
        ? caller.township().equals(township)
        : caller.village() == village;
  }

  // ---------------------------------------------------------------- the server's log

  /**
   * The denials the server logged since an instant. The server writes its log to {@code
   * target/payara-it.log.N} (see arquillian.xml), rotating it; each denial line carries its
   * instant.
   */
  private static List<String> logSince(java.time.Instant start)
      throws IOException, InterruptedException {
    Thread.sleep(2000); // the server's log handler writes from its own queue
    List<String> denials = new ArrayList<>();
    try (var files = Files.list(Path.of("target"))) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("payara-it.log")).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int at = line.indexOf("denied ");
          if (at < 0) {
            continue;
          }
          String instant = line.substring(at + 7).split(" ", 2)[0];
          try {
            if (!java.time.Instant.parse(instant).isBefore(start)) {
              denials.add(line.substring(at));
            }
          } catch (java.time.DateTimeException notADenial) {
            // another message that happens to contain the word
          }
        }
      }
    }
    return denials;
  }

  private static void count(Map<String, AtomicInteger> outcomes, String key) {
    outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  private static String cut(String text) {
    return text.length() <= 240 ? text : text.substring(0, 240) + "…";
  }
}

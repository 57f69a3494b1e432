package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The crash suite of the hardening (RELIABILITY.md §5): the portal, started as the README runs it,
 * is killed with {@code kill -9} at a random moment of a stream of writes — new projects, incomes
 * recorded in the registry, notices drafted and published — and started again, cycle after cycle,
 * on the embedded H2 file database and on PostgreSQL. After each restart every write the client saw
 * acknowledged must be there, every stored project, notice and touched household must read whole,
 * the transparency log's audit must find every version intact and the root equal to the last
 * checkpoint, and the search index must catch up with the acknowledged projects.
 *
 * <p>The test command makes one cycle of 200 writes on H2; the hardening run makes 20 cycles of
 * 1,000 writes on each database: {@code mvn -B verify -pl portal-web -am -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashIT -Dsunshine.crash.cycles=20
 * -Dsunshine.crash.writes=1000 -Dsunshine.crash.databases=h2,postgresql}.
 */
class CrashIT {
  private static final String ADMIN = "demo-admin";
  private static final int CYCLES = Integer.getInteger("sunshine.crash.cycles", 1);
  private static final int WRITES = Integer.getInteger("sunshine.crash.writes", 200);
  private static final List<String> DATABASES =
      List.of(System.getProperty("sunshine.crash.databases", "h2").split(","));

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Random random = new Random(Long.getLong("sunshine.crash.seed", 20261129L));
  private final List<String> report = new ArrayList<>();

  /** Acknowledged writes: project id → name; household → per-capita income; published notices. */
  private final Map<Long, String> projects = new ConcurrentHashMap<>();

  private final Map<Long, String> incomes = new ConcurrentHashMap<>();
  private final Map<Long, Integer> notices = new ConcurrentHashMap<>();

  /** The highest project and notice ids read whole after an earlier restart. */
  private final Map<String, Long> readWhole = new ConcurrentHashMap<>();

  /** A valid new project, as recorded in the document's examples (黄泉村 of 峨山镇). */
  private static final JsonObject PROJECT;

  static {
    try {
      PROJECT =
          Http.json(Files.readString(ApiContract.EXAMPLES, StandardCharsets.UTF_8))
              .getJsonObject("POST /api/v1/projects")
              .getJsonObject("request");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Process portal;
  private URI base;

  @Test
  void acknowledged_writes_survive_kill_minus_nine_and_nothing_is_half_written() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String database : DATABASES) {
      failures.addAll(cycles(database.trim()));
    }
    Path out = Path.of("target", "crash-report.txt");
    Files.write(out, report, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
    assertEquals(List.of(), failures.stream().limit(30).toList(), failures.size() + " failures");
  }

  private List<String> cycles(String database) throws Exception {
    projects.clear();
    incomes.clear();
    notices.clear();
    readWhole.clear();
    Path data = Files.createTempDirectory("sunshine-crash-" + database);
    EmbeddedPostgres postgres = database.equals("postgresql") ? EmbeddedPostgres.start() : null;
    List<String> failures = new ArrayList<>();
    try {
      List<String> settings = new ArrayList<>(List.of("-Dsunshine.data.dir=" + data));
      if (postgres != null) {
        settings.add(
            "-Dsunshine.db.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        settings.add("-Dsunshine.db.user=postgres");
      }
      start(settings);
      List<Long> households = households();
      AtomicInteger nextHousehold = new AtomicInteger();
      long acknowledged = 0;
      long sent = 0;
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        int killAt = 1 + random.nextInt(WRITES - 1);
        Stream stream = write(database, cycle, killAt, households, nextHousehold);
        acknowledged += stream.acknowledged();
        sent += stream.sent();
        long restart = System.nanoTime();
        start(settings);
        long restartMillis = (System.nanoTime() - restart) / 1_000_000;
        List<String> found = verify(cycle, cycle == CYCLES);
        failures.addAll(
            found.stream().map(f -> database + " cycle " + stream.cycle() + ": " + f).toList());
        report.add(
            String.format(
                "%s cycle %d: killed after %d acknowledged of %d sent (%d in flight), restart %d ms,"
                    + " %d projects, %d incomes, %d notices checked, %d failures",
                database,
                cycle,
                stream.acknowledged(),
                stream.sent(),
                stream.inFlight(),
                restartMillis,
                projects.size(),
                incomes.size(),
                notices.size(),
                found.size()));
      }
      report.add(
          String.format(
              "%s: %d cycles, %d writes sent, %d acknowledged, all checked after every restart;"
                  + " %d failures",
              database, CYCLES, sent, acknowledged, failures.size()));
    } finally {
      stop();
      if (postgres != null) {
        postgres.close();
      }
    }
    return failures;
  }

  // ---------------------------------------------------------------- the portal

  private void start(List<String> settings) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(settings);
    command.add("-Dsunshine.ratelimit.perSecond=0");
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            Path.of("target", "portal-web.war").toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--prebootcommandfile",
            Path.of("src", "main", "payara", "pre-boot-commands.asadmin").toString()));
    portal =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(Path.of("target", "crash-portal.log").toFile()))
            .start();
    base = URI.create("http://127.0.0.1:" + port + "/");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!portal.isAlive()) {
        throw new IllegalStateException(
            "the portal stopped while starting; see target/crash-portal.log");
      }
      try {
        if (send("GET", "api/v1/regions", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the portal did not start in five minutes");
  }

  /** kill -9: the JVM gets no chance to flush, close or shut down. */
  private void kill() throws InterruptedException {
    portal.destroyForcibly();
    portal.waitFor(30, TimeUnit.SECONDS);
  }

  private void stop() throws InterruptedException {
    if (portal != null && portal.isAlive()) {
      kill();
    }
  }

  private HttpResponse<String> send(String verb, String path, String json, String account)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (account != null) {
      request.header("Authorization", Http.basic(account, Http.DEMO_PASSWORD));
    }
    if (json == null) {
      request.method(verb, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(verb, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private List<Long> households() throws IOException, InterruptedException {
    List<Long> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonObject body =
          Http.json(
              send("GET", "api/v1/registry/households?size=200&page=" + page, null, ADMIN).body());
      for (JsonValue item : body.getJsonArray("items")) {
        ids.add(item.asJsonObject().getJsonNumber("id").longValue());
      }
      if (ids.size() >= body.getJsonNumber("total").longValue()
          || body.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    Collections.shuffle(ids, random);
    return ids;
  }

  // ---------------------------------------------------------------- the stream of writes

  private record Stream(int cycle, int sent, int acknowledged, int inFlight) {}

  /**
   * Writes from eight clients until {@code killAt} writes are acknowledged, then kills the portal
   * while the others are in flight; the clients stop at the first refused connection.
   */
  private Stream write(
      String database, int cycle, int killAt, List<Long> households, AtomicInteger nextHousehold)
      throws Exception {
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    int[] inFlightAtKill = new int[1];
    ExecutorService clients = Executors.newFixedThreadPool(8);
    for (int c = 0; c < 8; c++) {
      clients.submit(
          () -> {
            while (!killed.get() && sent.get() < WRITES) {
              int n = sent.incrementAndGet();
              inFlight.incrementAndGet();
              try {
                boolean ok = writeOne(database, cycle, n, households, nextHousehold);
                if (ok
                    && acknowledged.incrementAndGet() == killAt
                    && killed.compareAndSet(false, true)) {
                  inFlightAtKill[0] = inFlight.get() - 1;
                  kill();
                }
              } catch (IOException | RuntimeException lost) {
                // the portal died under this write: it may or may not have been stored
              } finally {
                inFlight.decrementAndGet();
              }
            }
            return null;
          });
    }
    clients.shutdown();
    clients.awaitTermination(30, TimeUnit.MINUTES);
    if (!killed.get()) {
      kill(); // all writes done before the chosen moment: killed at rest
    }
    return new Stream(cycle, sent.get(), acknowledged.get(), inFlightAtKill[0]);
  }

  /** One write; true when acknowledged, and then remembered for the checks. */
  private boolean writeOne(
      String database, int cycle, int n, List<Long> households, AtomicInteger nextHousehold)
      throws IOException, InterruptedException {
    switch (n % 5) {
      case 0, 1 -> {
        String name = "崩溃" + database + "第" + cycle + "轮项目" + n;
        JsonObject body =
            Json.createObjectBuilder(PROJECT)
                .add("name", name)
                .add("documentRef", "崩溃-" + cycle + "-" + n)
                .build();
        HttpResponse<String> created = send("POST", "api/v1/projects", body.toString(), ADMIN);
        if (created.statusCode() == 201) {
          projects.put(Http.json(created.body()).getJsonNumber("id").longValue(), name);
          return true;
        }
        return false;
      }
      case 2, 3 -> {
        long household = households.get(nextHousehold.getAndIncrement() % households.size());
        String perCapita = (5000 + cycle) + "." + String.format("%02d", n % 100);
        HttpResponse<String> recorded =
            send(
                "POST",
                "api/v1/registry/households/" + household + "/incomes",
                "{\"year\":2020,\"perCapita\":\"" + perCapita + "\"}",
                ADMIN);
        if (recorded.statusCode() == 200) {
          incomes.put(household, perCapita);
          return true;
        }
        return false;
      }
      default -> {
        JsonObject draft =
            Json.createObjectBuilder()
                .add("kind", "BENEFICIARY_LIST")
                .add("level", "DISTRICT")
                .add("title", "崩溃测试公示" + database + cycle + "-" + n)
                .add("statement", "现将受益对象名单公示如下。")
                .add("columns", Json.createArrayBuilder().add("户主").add("补助金额（元）"))
                .add(
                    "rows",
                    Json.createArrayBuilder()
                        .add(
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("type", "PERSON")
                                        .add("value", "王小明"))
                                .add(
                                    Json.createObjectBuilder()
                                        .add("type", "AMOUNT")
                                        .add("value", n + ".00"))))
                .build();
        HttpResponse<String> drafted = send("POST", "api/v1/disclosures", draft.toString(), ADMIN);
        if (drafted.statusCode() != 201) {
          return false;
        }
        long id = Http.json(drafted.body()).getJsonNumber("id").longValue();
        HttpResponse<String> published =
            send(
                "POST",
                "api/v1/disclosures/" + id + "/publish",
                "{\"windowStart\":\""
                    + LocalDate.now()
                    + "\",\"windowEnd\":\""
                    + LocalDate.now().plusDays(10)
                    + "\"}",
                ADMIN);
        if (published.statusCode() == 200) {
          notices.put(id, cycle);
          return true;
        }
        return false;
      }
    }
  }

  // ---------------------------------------------------------------- after the restart

  /**
   * The checks after a restart. Every acknowledged write of the cycle just killed is read, and a
   * sample of 300 of the earlier ones (all of them after the last cycle).
   */
  private List<String> verify(int cycle, boolean all) throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    int earlier = projects.size() + incomes.size() + notices.size();
    java.util.function.Predicate<Integer> checked =
        c -> all || c == cycle || random.nextInt(Math.max(1, earlier)) < 300;
    for (Map.Entry<Long, String> project : projects.entrySet()) {
      if (!checked.test(cycleOf(project.getValue()))) {
        continue;
      }
      HttpResponse<String> read = send("GET", "api/v1/projects/" + project.getKey(), null, null);
      if (read.statusCode() != 200
          || !Http.json(read.body())
              .getJsonObject("summary")
              .getString("name")
              .equals(project.getValue())) {
        failures.add("acknowledged project " + project.getKey() + " → " + read.statusCode());
      }
    }
    for (Map.Entry<Long, String> income : incomes.entrySet()) {
      if (!checked.test(Integer.parseInt(income.getValue().substring(0, 4)) - 5000)) {
        continue;
      }
      HttpResponse<String> read =
          send("GET", "api/v1/registry/households/" + income.getKey(), null, ADMIN);
      JsonObject incomesOf =
          read.statusCode() == 200 ? Http.json(read.body()).getJsonObject("incomes") : null;
      boolean there =
          incomesOf != null
              && incomesOf.containsKey("2020")
              && new java.math.BigDecimal(incomesOf.getString("2020"))
                      .compareTo(new java.math.BigDecimal(income.getValue()))
                  == 0;
      if (!there) {
        failures.add(
            "acknowledged income of household " + income.getKey() + " → " + read.statusCode());
      }
    }
    for (long notice : List.copyOf(notices.keySet())) {
      if (!checked.test(notices.get(notice))) {
        continue;
      }
      HttpResponse<String> read = send("GET", "api/v1/disclosures/" + notice, null, null);
      if (read.statusCode() != 200 || Http.json(read.body()).getJsonArray("versions").isEmpty()) {
        failures.add("acknowledged notice " + notice + " → " + read.statusCode());
      }
    }
    failures.addAll(everythingReadsWhole());
    JsonObject audit = Http.json(send("GET", "api/v1/transparency/audit", null, ADMIN).body());
    if (!audit.getBoolean("intact") || !audit.getBoolean("rootMatchesCheckpoint")) {
      failures.add("transparency audit: " + audit);
    }
    failures.addAll(searchCatchesUp(cycle));
    return failures;
  }

  private static int cycleOf(String projectName) {
    return Integer.parseInt(projectName.replaceAll(".*第(\\d+)轮.*", "$1"));
  }

  /**
   * Every project and notice the portal lists answers whole: no half-written aggregate. Those read
   * whole after an earlier restart are not read again.
   */
  private List<String> everythingReadsWhole() throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    for (String list : List.of("api/v1/projects", "api/v1/disclosures")) {
      for (int page = 1; ; page++) {
        HttpResponse<String> listed = send("GET", list + "?size=200&page=" + page, null, ADMIN);
        if (listed.statusCode() != 200) {
          failures.add(list + " page " + page + " → " + listed.statusCode());
          break;
        }
        var items = Http.json(listed.body()).getJsonArray("items");
        long before = readWhole.getOrDefault(list, 0L);
        for (JsonValue item : items) {
          long id = item.asJsonObject().getJsonNumber("id").longValue();
          if (id <= before) {
            continue;
          }
          int status = send("GET", list + "/" + id, null, ADMIN).statusCode();
          if (status != 200) {
            failures.add(list + "/" + id + " → " + status);
          }
          readWhole.merge(list + ":next", id, Math::max);
        }
        if (items.size() < 200) {
          break;
        }
      }
      readWhole.put(list, readWhole.getOrDefault(list + ":next", 0L));
    }
    return failures;
  }

  /** The acknowledged projects of the last cycle are found by search within two minutes. */
  private List<String> searchCatchesUp(int cycle) throws IOException, InterruptedException {
    List<Map.Entry<Long, String>> recent =
        projects.entrySet().stream().filter(p -> p.getValue().contains("第" + cycle + "轮")).toList();
    List<String> missing = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    do {
      missing.clear();
      for (Map.Entry<Long, String> project : recent) {
        String q = URLEncoder.encode(project.getValue(), StandardCharsets.UTF_8);
        String found = send("GET", "api/v1/projects/search?size=10&q=" + q, null, null).body();
        if (!found.contains("\"id\":" + project.getKey() + ",")) {
          missing.add("project " + project.getKey() + " not found by search");
        }
      }
      if (!missing.isEmpty()) {
        Thread.sleep(2000);
      }
    } while (!missing.isEmpty() && System.nanoTime() < deadline);
    return missing;
  }
}

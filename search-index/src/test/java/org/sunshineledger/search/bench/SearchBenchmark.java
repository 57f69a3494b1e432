package org.sunshineledger.search.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sunshineledger.search.ProjectDocument;
import org.sunshineledger.search.ProjectFixtures;
import org.sunshineledger.search.ProjectIndex;
import org.sunshineledger.search.ProjectQuery;
import org.sunshineledger.search.ResultPage;

/**
 * Project search against SQL, one engine after another on the same generated data and queries: this
 * index, H2 {@code LIKE} (file mode, B-tree indexes on the filter columns), PostgreSQL {@code
 * LIKE}, and PostgreSQL with pg_trgm GIN indexes. A "page" is the top ten, the exact total, five
 * facet counts and highlights. The run fails if the index's total for any query differs from
 * LIKE's, or its hits differ where the result is small enough to compare whole.
 *
 * <p>Usage: {@code bench/search.sh 10000 100000 1000000}; {@code BENCH_LUCENE_ONLY=true} measures
 * the index alone. Not a test.
 */
public final class SearchBenchmark {
  private static final List<String> QUERIES = ProjectFixtures.QUERIES;
  private static final String[] FACETS = {"township", "type", "status", "year", "source"};

  private SearchBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the sizes, for example {@code 10000 100000 1000000}
   * @throws Exception when an engine fails
   */
  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {10_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.println(
        "| docs | engine | page p50 ms | page p99 ms | index docs/s | bytes/doc | notes |");
    System.out.println("|---|---|---|---|---|---|---|");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      for (int size : sizes) {
        run(size, postgres);
      }
    }
  }

  private static void run(int size, EmbeddedPostgres postgres) throws Exception {
    List<ProjectDocument> projects = ProjectFixtures.generate(size, 2018);
    Path folder = Files.createTempDirectory("bench-index");
    System.gc();
    long heapBefore = usedHeap();
    long[] totals = new long[QUERIES.size()];
    double[] lucene;
    try (ProjectIndex index = ProjectIndex.open(folder)) {
      long start = System.nanoTime();
      index.rebuild(projects, "bench", n -> {});
      double seconds = (System.nanoTime() - start) / 1e9;
      long bytes = folderSize(folder);
      System.gc();
      long heap = usedHeap() - heapBefore;
      lucene = timeIndex(index, totals);
      double[] suggest = timeSuggest(index);
      double refresh = refreshMillis(index, projects);
      print(
          size,
          "Lucene index",
          lucene,
          String.format(Locale.ROOT, "%.0f", size / seconds),
          String.valueOf(bytes / size),
          String.format(
              Locale.ROOT,
              "suggest p50 %.2f / p99 %.2f ms; NRT refresh %.0f ms; index heap ≈ %d MB",
              percentile(suggest, 50),
              percentile(suggest, 99),
              refresh,
              heap / 1_000_000));
      verify(index, projects, totals);
    }
    deleteFolder(folder);
    if (Boolean.getBoolean("bench.luceneOnly")) {
      return; // -Dbench.luceneOnly=true: the index alone, still checked against LIKE's semantics
    }
    Path h2Folder = Files.createTempDirectory("bench-h2");
    try (Connection h2 =
        DriverManager.getConnection(
            "jdbc:h2:file:" + h2Folder.resolve("db") + ";CACHE_SIZE=262144", "sa", "")) {
      double load = load(h2, projects, false);
      double[] like = timeSql(h2, totals, size);
      print(
          size,
          "H2 LIKE",
          like,
          String.format(Locale.ROOT, "%.0f", size / load),
          "",
          ratio(like, lucene));
    }
    deleteFolder(h2Folder);
    try (Connection pg = postgres.getPostgresDatabase().getConnection()) {
      double load = load(pg, projects, true);
      double[] like = timeSql(pg, totals, size);
      print(
          size,
          "PostgreSQL LIKE",
          like,
          String.format(Locale.ROOT, "%.0f", size / load),
          "",
          ratio(like, lucene));
      long start = System.nanoTime();
      try (Statement s = pg.createStatement()) {
        // on the expressions the queries filter by, so that the planner can use them
        s.execute("CREATE INDEX project_name_trgm ON project USING gin (LOWER(name) gin_trgm_ops)");
        s.execute(
            "CREATE INDEX project_desc_trgm ON project USING gin (LOWER(description) gin_trgm_ops)");
        s.execute("ANALYZE project");
      }
      double trgmBuild = (System.nanoTime() - start) / 1e9;
      double[] trgm = timeSql(pg, totals, size);
      print(
          size,
          "PostgreSQL pg_trgm",
          trgm,
          "",
          "",
          ratio(trgm, lucene) + String.format(Locale.ROOT, "; GIN build %.1f s", trgmBuild));
      try (Statement s = pg.createStatement()) {
        s.execute("DROP TABLE project");
      }
    }
  }

  private static double[] timeIndex(ProjectIndex index, long[] totals) {
    Runnable round =
        () -> {
          for (int q = 0; q < QUERIES.size(); q++) {
            totals[q] = index.search(ProjectQuery.text(QUERIES.get(q))).total();
          }
        };
    warmUntilSteady(round);
    List<Double> samples = new ArrayList<>();
    for (int measured = 0; measured < MEASURED_ROUNDS; measured++) {
      for (int q = 0; q < QUERIES.size(); q++) {
        long start = System.nanoTime();
        ResultPage page = index.search(ProjectQuery.text(QUERIES.get(q)));
        samples.add((System.nanoTime() - start) / 1e6);
        totals[q] = page.total();
      }
    }
    return samples.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static final List<String> PREFIXES =
      List.of("峨", "峨山", "石榴", "光伏电", "扶贫车", "万年", "深加工", "冷");

  private static double[] timeSuggest(ProjectIndex index) {
    warmUntilSteady(() -> PREFIXES.forEach(q -> index.suggest(q, 10)));
    List<Double> samples = new ArrayList<>();
    for (int measured = 0; measured < MEASURED_ROUNDS; measured++) {
      for (String q : PREFIXES) {
        long start = System.nanoTime();
        index.suggest(q, 10);
        samples.add((System.nanoTime() - start) / 1e6);
      }
    }
    return samples.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Rounds measured once the warm-up has settled. */
  private static final int MEASURED_ROUNDS = 10;

  /**
   * Repeats a round of queries until the JIT has settled: the last {@value #STEADY_ROUNDS} rounds
   * each within 5% of their median, after at least that many rounds, at most 200 or 60 s. A size's
   * figures are then the index's steady state, not the compiler's, whichever size runs first.
   */
  private static void warmUntilSteady(Runnable round) {
    List<Long> rounds = new ArrayList<>();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (rounds.size() < 200 && System.nanoTime() < deadline) {
      long start = System.nanoTime();
      round.run();
      rounds.add(System.nanoTime() - start);
      if (rounds.size() >= 2 * STEADY_ROUNDS) {
        List<Long> last =
            new ArrayList<>(rounds.subList(rounds.size() - STEADY_ROUNDS, rounds.size()));
        List<Long> sorted = last.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        if (last.stream().allMatch(r -> Math.abs(r - median) <= median / 20)) {
          System.err.printf("warm after %d rounds%n", rounds.size());
          return;
        }
      }
    }
    System.err.printf("not steady after %d rounds; measuring anyway%n", rounds.size());
  }

  private static final int STEADY_ROUNDS = 5;

  private static double refreshMillis(ProjectIndex index, List<ProjectDocument> projects) {
    double total = 0;
    for (int i = 0; i < 10; i++) {
      ProjectDocument p = projects.get(i);
      long start = System.nanoTime();
      index.awaitSearchable(index.upsert(p));
      total += (System.nanoTime() - start) / 1e6;
    }
    return total / 10;
  }

  private static void verify(ProjectIndex index, List<ProjectDocument> projects, long[] totals) {
    for (int q = 0; q < QUERIES.size(); q++) {
      String lower = QUERIES.get(q).toLowerCase(Locale.ROOT);
      Set<Long> like = new HashSet<>();
      for (ProjectDocument p : projects) {
        if (p.name().toLowerCase(Locale.ROOT).contains(lower)
            || p.description().toLowerCase(Locale.ROOT).contains(lower)) {
          like.add(p.id());
        }
      }
      if (like.size() != totals[q]) {
        throw new AssertionError(
            "'" + QUERIES.get(q) + "': index " + totals[q] + " hits, LIKE " + like.size());
      }
      if (like.size() <= 1000) {
        Set<Long> hits = new HashSet<>();
        for (int offset = 0; offset < like.size(); offset += 100) {
          index
              .search(
                  new ProjectQuery(
                      QUERIES.get(q),
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      ProjectQuery.Sort.RELEVANCE,
                      offset,
                      100))
              .hits()
              .forEach(h -> hits.add(h.id()));
        }
        if (!hits.equals(like)) {
          throw new AssertionError("'" + QUERIES.get(q) + "': the index's hits differ from LIKE's");
        }
      }
    }
  }

  private static double load(Connection c, List<ProjectDocument> projects, boolean postgres)
      throws SQLException {
    long start = System.nanoTime();
    try (Statement s = c.createStatement()) {
      if (postgres) {
        s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      }
      s.execute("DROP TABLE IF EXISTS project");
      s.execute(
          "CREATE TABLE project (id BIGINT PRIMARY KEY, name VARCHAR(200), description VARCHAR(1000), township VARCHAR(20),"
              + " village VARCHAR(20), type VARCHAR(20), status VARCHAR(30), plan_year INTEGER, total BIGINT, source VARCHAR(20))");
    }
    c.setAutoCommit(false);
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO project VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      int n = 0;
      for (ProjectDocument p : projects) {
        insert.setLong(1, p.id());
        insert.setString(2, p.name());
        insert.setString(3, p.description());
        insert.setString(4, p.township());
        insert.setString(5, p.villages().get(0));
        insert.setString(6, p.type());
        insert.setString(7, p.status());
        insert.setInt(8, p.year());
        insert.setLong(9, p.totalFen());
        insert.setString(10, p.sources().get(0));
        insert.addBatch();
        if (++n % 5000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      for (String column : List.of("township", "type", "status", "plan_year", "source", "total")) {
        s.execute("CREATE INDEX project_" + column + " ON project (" + column + ")");
      }
      if (postgres) {
        s.execute("ANALYZE project");
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** One page by SQL: the top ten, the exact total, five facet counts, highlights done in Java. */
  private static double[] timeSql(Connection c, long[] totals, int size) throws SQLException {
    String where = " WHERE LOWER(name) LIKE ? OR LOWER(description) LIKE ?";
    List<Double> samples = new ArrayList<>();
    int rounds = size >= 1_000_000 ? 1 : size >= 100_000 ? 2 : 3;
    // at a million rows one SQL page takes seconds: every other query is enough for p50/p99
    int step = size >= 1_000_000 ? 2 : 1;
    for (int round = 0; round < rounds; round++) {
      for (int q = 0; q < QUERIES.size(); q += step) {
        String pattern = "%" + QUERIES.get(q).toLowerCase(Locale.ROOT) + "%";
        long start = System.nanoTime();
        try (PreparedStatement top =
            c.prepareStatement(
                "SELECT id, name, description FROM project" + where + " ORDER BY id LIMIT 10")) {
          bind(top, pattern);
          try (ResultSet rs = top.executeQuery()) {
            while (rs.next()) {
              rs.getString(2)
                  .toLowerCase(Locale.ROOT)
                  .indexOf(pattern.substring(1, pattern.length() - 1));
            }
          }
        }
        long total;
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM project" + where)) {
          bind(count, pattern);
          try (ResultSet rs = count.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
          }
        }
        for (String facet : FACETS) {
          String column = facet.equals("year") ? "plan_year" : facet;
          try (PreparedStatement group =
              c.prepareStatement(
                  "SELECT " + column + ", COUNT(*) FROM project" + where + " GROUP BY " + column)) {
            bind(group, pattern);
            try (ResultSet rs = group.executeQuery()) {
              while (rs.next()) {
                rs.getLong(2);
              }
            }
          }
        }
        samples.add((System.nanoTime() - start) / 1e6);
        if (total != totals[q]) {
          throw new AssertionError(
              "'" + QUERIES.get(q) + "': SQL " + total + " hits, index " + totals[q]);
        }
      }
    }
    return samples.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void bind(PreparedStatement statement, String pattern) throws SQLException {
    statement.setString(1, pattern);
    statement.setString(2, pattern);
  }

  private static String ratio(double[] sql, double[] lucene) {
    return String.format(
        Locale.ROOT, "%.0f× the index's p50", percentile(sql, 50) / percentile(lucene, 50));
  }

  private static void print(
      int size,
      String engine,
      double[] samples,
      String docsPerSecond,
      String bytesPerDoc,
      String notes) {
    System.out.printf(
        Locale.ROOT,
        "| %,d | %s | %.2f | %.2f | %s | %s | %s |%n",
        size,
        engine,
        percentile(samples, 50),
        percentile(samples, 99),
        docsPerSecond,
        bytesPerDoc,
        notes);
  }

  static double percentile(double[] samples, double p) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long folderSize(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteFolder(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

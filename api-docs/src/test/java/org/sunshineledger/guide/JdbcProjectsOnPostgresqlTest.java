package org.sunshineledger.guide;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sunshineledger.project.Projects;

/** The guide's plain JDBC example keeps the same contract on PostgreSQL, in a fresh schema each. */
class JdbcProjectsOnPostgresqlTest extends ProjectsContract {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Override
  Projects emptyProjects() {
    String schema = "guide_" + SCHEMAS.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    JdbcProjects projects =
        new JdbcProjects(
            postgres.getDatabase("postgres", "postgres", Map.of("currentSchema", schema)));
    projects.createTables();
    return projects;
  }
}

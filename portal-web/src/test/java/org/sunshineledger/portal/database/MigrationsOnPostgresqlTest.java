package org.sunshineledger.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one set of migrations runs on a real PostgreSQL and gives the same schema as on H2. */
class MigrationsOnPostgresqlTest {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgresql() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgresql() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void migrations_run_on_postgresql_and_h2_to_the_same_tables_and_columns() throws SQLException {
    DataSource pg = postgres.getPostgresDatabase();
    DatabaseMigrator.flyway(pg).migrate();
    MigrationInfoService info = DatabaseMigrator.flyway(pg).info();
    assertEquals(0, info.pending().length);
    assertEquals(info.all().length, info.applied().length);

    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations-test;DB_CLOSE_DELAY=-1");
    DatabaseMigrator.flyway(h2).migrate();

    assertEquals(columns(h2, "PUBLIC"), columns(pg, "public"));
  }

  @Test
  void a_village_cannot_name_a_township_that_does_not_exist_on_postgresql() throws SQLException {
    DataSource pg = postgres.getPostgresDatabase();
    DatabaseMigrator.flyway(pg).migrate();
    try (Connection c = pg.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO village (id, name, township_id, kind, version)"
                      + " VALUES (99999, '无名村', 424242, 'VILLAGE', 0)"));
    }
  }

  private static Set<String> columns(DataSource dataSource, String schema) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase();
        if (!table.startsWith("flyway")) {
          columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase());
        }
      }
    }
    return columns;
  }
}

package org.sunshineledger.portal.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the Flyway migrations under {@code db/migration}, the
 * one set of SQL that runs on H2 and PostgreSQL, and tells whether the database is ready.
 */
@ApplicationScoped
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:app/jdbc/sunshine")
  private DataSource dataSource;

  private volatile boolean migrated;

  /**
   * Configures Flyway for a data source.
   *
   * @param dataSource the database
   * @return Flyway, ready to migrate
   */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }

  /** Applies the pending migrations. */
  public void migrate() {
    MigrateResult result = flyway(dataSource).migrate();
    LOG.info(
        () ->
            "database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }

  /**
   * Whether the migrations ran in this process and the database answers now.
   *
   * @return true when ready
   */
  public boolean isReady() {
    if (!migrated) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      LOG.warning(() -> "database not reachable: " + e.getMessage());
      return false;
    }
  }
}

package org.sunshineledger.portal.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the portal keeps its data, from the environment (or the same names as system properties):
 * an H2 file database under {@code SUNSHINE_DATA_DIR} (default {@code ./data}), or the database
 * that {@code SUNSHINE_DB_URL}, {@code SUNSHINE_DB_USER} and {@code SUNSHINE_DB_PASSWORD} name.
 *
 * <p>Read from the process environment rather than from MicroProfile Config because the connection
 * pool opens connections on threads that do not see the application's configuration.
 *
 * @param dataDirectory the folder for the H2 database and the search index
 * @param url the JDBC URL
 * @param user the database user
 * @param password the database password
 */
public record DatabaseSettings(Path dataDirectory, String url, String user, String password) {

  /**
   * Reads the settings of this process.
   *
   * @return the settings
   */
  public static DatabaseSettings current() {
    return from(System.getenv(), System.getProperties()::getProperty);
  }

  /**
   * Another setting of this process, read by the same rule as the database's: the environment
   * variable, else the system property of the same name in dotted lower case ({@code
   * SUNSHINE_REFERENCE_KEY_FILE} or {@code sunshine.reference.key.file}).
   *
   * @param variable the environment variable's name
   * @return the value, empty when neither is set or it is blank
   */
  public static Optional<String> setting(String variable) {
    return new Setting(System.getenv(), System.getProperties()::getProperty).get(variable);
  }

  static DatabaseSettings from(
      Map<String, String> environment, java.util.function.UnaryOperator<String> properties) {
    Setting setting = new Setting(environment, properties);
    Path dataDirectory =
        Path.of(setting.get("SUNSHINE_DATA_DIR").orElse("data")).toAbsolutePath().normalize();
    // WRITE_DELAY=0: a commit reaches the file before it is acknowledged; with H2's default
    // (500 ms) a kill -9 lost the last half second of acknowledged writes (CrashIT)
    String url =
        setting
            .get("SUNSHINE_DB_URL")
            .orElse(
                "jdbc:h2:file:"
                    + dataDirectory.resolve("sunshine")
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
    boolean h2 = url.startsWith("jdbc:h2:");
    return new DatabaseSettings(
        dataDirectory,
        url,
        setting.get("SUNSHINE_DB_USER").orElse(h2 ? "sa" : ""),
        setting.get("SUNSHINE_DB_PASSWORD").orElse(""));
  }

  /**
   * Whether the database is PostgreSQL.
   *
   * @return true for a {@code jdbc:postgresql:} URL
   */
  public boolean isPostgresql() {
    return url.startsWith("jdbc:postgresql:");
  }

  private record Setting(
      Map<String, String> environment, java.util.function.UnaryOperator<String> properties) {
    /** The environment variable, else the system property of the same name in dotted lower case. */
    Optional<String> get(String variable) {
      String value = environment.get(variable);
      if (value == null || value.isBlank()) {
        value = properties.apply(variable.toLowerCase().replace('_', '.'));
      }
      return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
  }
}

package org.sunshineledger.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
  @Test
  void defaults_to_an_h2_file_under_data() {
    DatabaseSettings settings = DatabaseSettings.from(Map.of(), name -> null);
    Path data = Path.of("data").toAbsolutePath().normalize();
    assertEquals(data, settings.dataDirectory());
    assertEquals(
        "jdbc:h2:file:"
            + data.resolve("sunshine")
            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
        settings.url());
    assertEquals("sa", settings.user());
    assertFalse(settings.isPostgresql());
  }

  @Test
  void sunshine_data_dir_moves_the_database() {
    DatabaseSettings settings =
        DatabaseSettings.from(Map.of("SUNSHINE_DATA_DIR", "/srv/sunshine"), name -> null);
    assertEquals(
        "jdbc:h2:file:/srv/sunshine/sunshine;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
        settings.url());
  }

  @Test
  void the_environment_points_it_at_postgresql_and_wins_over_system_properties() {
    DatabaseSettings settings =
        DatabaseSettings.from(
            Map.of(
                "SUNSHINE_DB_URL", "jdbc:postgresql://127.0.0.1/sunshine",
                "SUNSHINE_DB_USER", "ledger",
                "SUNSHINE_DB_PASSWORD", "secret"),
            name -> name.equals("sunshine.db.url") ? "jdbc:h2:mem:x" : null);
    assertTrue(settings.isPostgresql());
    assertEquals("ledger", settings.user());
    assertEquals("secret", settings.password());
  }

  @Test
  void system_properties_serve_where_the_environment_is_silent() {
    DatabaseSettings settings =
        DatabaseSettings.from(
            Map.of(), name -> name.equals("sunshine.db.url") ? "jdbc:h2:mem:x" : null);
    assertEquals("jdbc:h2:mem:x", settings.url());
  }
}

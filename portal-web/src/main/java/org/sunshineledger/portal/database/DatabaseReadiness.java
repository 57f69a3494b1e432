package org.sunshineledger.portal.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema was migrated in this process and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(migrator.isReady()).build();
  }
}

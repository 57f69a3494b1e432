package org.sunshineledger.portal.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.account.AccountSeeding;
import org.sunshineledger.portal.demo.DemoAccounts;
import org.sunshineledger.portal.demo.DemoProgramme;
import org.sunshineledger.portal.place.PlaceSeeding;
import org.sunshineledger.region.Yicheng;

/**
 * Fills an empty database: the district's places (reference data, always), the initial
 * administrator from configuration, and — only into a database that was empty — the demo accounts,
 * one per role, and the demo programme. It never writes over data that is already there.
 */
@ApplicationScoped
public class DataSeeder {
  private static final Logger LOG = Logger.getLogger(DataSeeder.class.getName());

  @Inject PlaceSeeding places;
  @Inject AccountSeeding accounts;
  @Inject DemoAccounts demoAccounts;
  @Inject DemoProgramme demoProgramme;

  @Inject
  @ConfigProperty(name = "sunshine.demo", defaultValue = "true")
  private boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "sunshine.admin.user", defaultValue = "admin")
  private String adminUser;

  @Inject
  @ConfigProperty(name = "sunshine.admin.password")
  private Optional<String> adminPassword;

  /**
   * Seeds what is missing.
   *
   * @return whether the demo data was loaded now
   */
  @Transactional
  public boolean seed() {
    boolean noPlaces = places.none();
    boolean empty = noPlaces && accounts.none();
    if (noPlaces) {
      places.load(Yicheng.district());
    }
    adminPassword.ifPresent(
        password -> {
          if (accounts.createIfAbsent(Actor.unscoped(adminUser, Role.DISTRICT_ADMIN), password)) {
            LOG.info(() -> "created the initial administrator " + adminUser);
          }
        });
    if (empty && demoEnabled) {
      demoAccounts.load(Yicheng.district());
      demoProgramme.load(Yicheng.district());
      return true;
    }
    return false;
  }
}

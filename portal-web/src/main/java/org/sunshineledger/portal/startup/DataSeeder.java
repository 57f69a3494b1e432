package org.sunshineledger.portal.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.account.AccountEntity;
import org.sunshineledger.portal.account.PasswordHasher;
import org.sunshineledger.portal.demo.DemoProgramme;
import org.sunshineledger.portal.place.TownshipEntity;
import org.sunshineledger.portal.place.VillageEntity;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;

/**
 * Fills an empty database: the district's places (reference data, always), the initial
 * administrator from configuration, and — only into a database that was empty — the demo accounts,
 * one per role. It never writes over data that is already there.
 */
@ApplicationScoped
public class DataSeeder {
  private static final Logger LOG = Logger.getLogger(DataSeeder.class.getName());

  /** The password of every demo account, printed in the README. */
  public static final String DEMO_PASSWORD = "sunshine-demo";

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

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
    boolean empty = count("TownshipEntity") == 0 && count("AccountEntity") == 0;
    if (count("TownshipEntity") == 0) {
      seedPlaces(Yicheng.district());
    }
    adminPassword.ifPresent(this::seedAdministrator);
    if (empty && demoEnabled) {
      seedDemoAccounts(Yicheng.district());
      demoProgramme.load(Yicheng.district());
      return true;
    }
    return false;
  }

  private long count(String entity) {
    return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
  }

  private void seedPlaces(District district) {
    district.townships().forEach(t -> em.persist(new TownshipEntity(t)));
    em.flush();
    district.villages().forEach(v -> em.persist(new VillageEntity(v)));
    // the entities hold plain ids, so the unit of work cannot order the inserts by foreign key
    em.flush();
    LOG.info(
        () ->
            "loaded "
                + district.townships().size()
                + " townships and "
                + district.villages().size()
                + " villages of "
                + district.name());
  }

  private void seedAdministrator(String password) {
    boolean exists =
        !em.createNamedQuery(AccountEntity.BY_USERNAME, AccountEntity.class)
            .setParameter("username", adminUser)
            .getResultList()
            .isEmpty();
    if (!exists) {
      em.persist(
          new AccountEntity(
              Actor.unscoped(adminUser, Role.DISTRICT_ADMIN),
              PasswordHasher.hash(password),
              false,
              OffsetDateTime.now(ZoneOffset.UTC)));
      LOG.info(() -> "created the initial administrator " + adminUser);
    }
  }

  private void seedDemoAccounts(District district) {
    Village huangquan = district.villageNamed("峨山镇", "黄泉村").orElseThrow();
    Village sanshan = district.villageNamed("峨山镇", "三山村").orElseThrow();
    Village qilishan = district.villageNamed("榴园镇", "七里山村").orElseThrow();
    String hash = PasswordHasher.hash(DEMO_PASSWORD);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Actor> demo =
        List.of(
            Actor.unscoped("demo-admin", Role.DISTRICT_ADMIN),
            Actor.townshipOfficer("eshan-officer", huangquan.township()),
            Actor.villageOfficer("huangquan-officer", huangquan),
            Actor.villageOfficer("sanshan-officer", sanshan),
            Actor.townshipOfficer("liuyuan-officer", qilishan.township()),
            Actor.unscoped("demo-donor", Role.DONOR),
            Actor.unscoped("demo-auditor", Role.AUDITOR));
    demo.forEach(actor -> em.persist(new AccountEntity(actor, hash, true, now)));
    LOG.info(() -> "loaded the demo accounts (password in the README)");
  }
}

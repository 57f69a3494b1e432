package org.sunshineledger.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.account.AccountSeeding;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;

/** The demo's accounts, one per role and level, all with the password the README prints. */
@ApplicationScoped
public class DemoAccounts {
  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  /** The password of every demo account, printed in the README. */
  public static final String DEMO_PASSWORD = "sunshine-demo";

  @Inject AccountSeeding accounts;

  /**
   * Creates the demo accounts in the caller's transaction.
   *
   * @param district the district whose places the officers serve
   */
  public void load(District district) {
    Village huangquan = district.villageNamed("峨山镇", "黄泉村").orElseThrow();
    Village sanshan = district.villageNamed("峨山镇", "三山村").orElseThrow();
    Village qilishan = district.villageNamed("榴园镇", "七里山村").orElseThrow();
    accounts.createDemoAccounts(
        List.of(
            Actor.unscoped("demo-admin", Role.DISTRICT_ADMIN),
            Actor.townshipOfficer("eshan-officer", huangquan.township()),
            Actor.villageOfficer("huangquan-officer", huangquan),
            Actor.villageOfficer("sanshan-officer", sanshan),
            Actor.townshipOfficer("liuyuan-officer", qilishan.township()),
            Actor.unscoped("demo-donor", Role.DONOR),
            Actor.unscoped("demo-auditor", Role.AUDITOR)),
        DEMO_PASSWORD);
    LOG.info(() -> "loaded the demo accounts (password in the README)");
  }
}

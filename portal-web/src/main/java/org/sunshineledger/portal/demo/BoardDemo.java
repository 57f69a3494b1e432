package org.sunshineledger.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.charity.DonorKind;
import org.sunshineledger.charity.NeedCategory;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.board.BoardMatching;
import org.sunshineledger.portal.board.BoardService;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;

/**
 * The board's demo: needs of the district's villages in every category (winter supplies before the
 * Spring Festival, school costs in September), donations from an SOE, enterprises, a person, a
 * volunteer team and the charity federation, pledges in every state, and one unified-matching run —
 * all through the board's own services, so every rule holds for it — and one need left short past
 * its deadline, its pledge delivered weeks ago and not received, for the supervision rules. Dates
 * are relative to today, so the board looks alive whenever the demo is loaded.
 */
@ApplicationScoped
public class BoardDemo {
  private static final Logger LOG = Logger.getLogger(BoardDemo.class.getName());
  private static final Actor LOADER = Actor.unscoped("demo-loader", Role.DISTRICT_ADMIN);
  private static final Actor DONOR = Actor.unscoped("demo-donor", Role.DONOR);

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject BoardService board;
  @Inject BoardMatching matching;

  private record DemoNeed(
      String township,
      String village,
      NeedCategory category,
      String item,
      long quantity,
      String unitPrice,
      int urgency,
      int days) {}

  /**
   * Loads the demo into an empty board.
   *
   * @param district the district
   */
  public void load(District district) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<DemoNeed> needs =
        List.of(
            new DemoNeed("峨山镇", "黄泉村", NeedCategory.WINTER_SUPPLIES, "棉被", 20, "120", 5, 20),
            new DemoNeed("峨山镇", "三山村", NeedCategory.WINTER_SUPPLIES, "电暖器", 10, "260", 4, 25),
            new DemoNeed("榴园镇", "七里山村", NeedCategory.DAILY_NECESSITIES, "米面油礼包", 30, "80", 3, 30),
            new DemoNeed("古邵镇", "万年闸村", NeedCategory.MEDICAL, "电子血压计", 5, "300", 4, 15),
            new DemoNeed("榴园镇", "白庙村", NeedCategory.EDUCATION, "书包文具", 40, "60", 3, 40),
            new DemoNeed("峨山镇", "石灰窑埠村", NeedCategory.HOUSING_REPAIR, "屋顶修缮", 1, "5000", 5, 10),
            new DemoNeed("峨山镇", "后利增村", NeedCategory.CASH, "助学金（元）", 200_000, "0.01", 4, 60),
            new DemoNeed("阴平镇", "西白山西村", NeedCategory.DAILY_NECESSITIES, "食用油", 15, "70", 2, 45));
    long[] ids = new long[needs.size()];
    for (int i = 0; i < needs.size(); i++) {
      DemoNeed n = needs.get(i);
      Village village = district.villageNamed(n.township(), n.village()).orElseThrow();
      Instant posted = now.minus(Duration.ofDays(7 - i % 5));
      ids[i] =
          board.postNeed(
              LOADER,
              village.id().value(),
              null,
              n.category(),
              n.item(),
              n.quantity(),
              Money.yuan(n.unitPrice()),
              n.urgency(),
              today.plusDays(n.days()),
              posted);
      if (i != needs.size() - 1) {
        board.verifyNeed(LOADER, ids[i], posted.plus(Duration.ofHours(20)));
      }
    }
    long soe =
        board.donate(
            DONOR,
            DonorKind.SOE,
            "枣庄市某国有企业（演示）",
            false,
            NeedCategory.WINTER_SUPPLIES,
            60,
            null,
            now.minus(Duration.ofDays(5)));
    long enterprise =
        board.donate(
            DONOR,
            DonorKind.ENTERPRISE,
            "峄城石榴食品有限公司（演示）",
            false,
            NeedCategory.DAILY_NECESSITIES,
            100,
            null,
            now.minus(Duration.ofDays(4)));
    long person =
        board.donate(
            DONOR,
            DonorKind.INDIVIDUAL,
            "演示捐赠人",
            true,
            NeedCategory.EDUCATION,
            50,
            null,
            now.minus(Duration.ofDays(3)));
    board.donate(
        DONOR,
        DonorKind.VOLUNTEER_TEAM,
        "峄城志愿者服务队（演示）",
        false,
        NeedCategory.MEDICAL,
        5,
        null,
        now.minus(Duration.ofDays(3)));
    board.donate(
        DONOR,
        DonorKind.CHARITY,
        "峄城区慈善总会（演示）",
        false,
        NeedCategory.CASH,
        500_000,
        district.townshipNamed("峨山镇").orElseThrow().id().value(),
        now.minus(Duration.ofDays(2)));
    // pledges in every state
    long received = board.pledge(DONOR, soe, ids[0], 8, now.minus(Duration.ofDays(4)));
    board.deliver(DONOR, received, now.minus(Duration.ofDays(3)));
    board.receive(LOADER, received, board.issueReceiptCode(LOADER, received));
    long delivered = board.pledge(DONOR, soe, ids[0], 4, now.minus(Duration.ofDays(3)));
    board.deliver(DONOR, delivered, now.minus(Duration.ofDays(1)));
    board.pledge(DONOR, enterprise, ids[2], 10, now.minus(Duration.ofDays(2)));
    long cancelled = board.pledge(DONOR, person, ids[4], 5, now.minus(Duration.ofDays(2)));
    board.cancel(DONOR, cancelled);
    long expired =
        board.pledge(
            DONOR,
            person,
            ids[4],
            6,
            now.minus(BoardService.PLEDGE_LIFETIME).minus(Duration.ofDays(1)));
    board.expire(expired, now);
    // one unified-matching run over what is left in the pool
    matching.commit(LOADER, matching.preview(LOADER).id());
    lateDelivery(district, now, today);
    LOG.info(
        () ->
            "loaded the demo board: "
                + (needs.size() + 1)
                + " needs, 6 donations, pledges in every state, one matching run");
  }

  /**
   * A need of weeks ago, past its deadline: pledged in full by a donation of just its size (so the
   * matching pool is unchanged), delivered nearly four weeks ago and never received — the
   * supervision pass finds both the pledge not received and the need unmet.
   */
  private void lateDelivery(District district, Instant now, LocalDate today) {
    Village village = district.villageNamed("古邵镇", "万年闸村").orElseThrow();
    Instant posted = now.minus(Duration.ofDays(40));
    long need =
        board.postNeed(
            LOADER,
            village.id().value(),
            null,
            NeedCategory.WINTER_SUPPLIES,
            "棉衣",
            6,
            Money.yuan("150"),
            4,
            today.minusDays(10),
            posted);
    board.verifyNeed(LOADER, need, posted.plus(Duration.ofHours(20)));
    long donation =
        board.donate(
            DONOR,
            DonorKind.ENTERPRISE,
            "峄城某商贸有限公司（演示）",
            false,
            NeedCategory.WINTER_SUPPLIES,
            6,
            null,
            now.minus(Duration.ofDays(35)));
    long pledge = board.pledge(DONOR, donation, need, 6, now.minus(Duration.ofDays(30)));
    board.deliver(DONOR, pledge, now.minus(Duration.ofDays(26)));
  }
}

package org.sunshineledger.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.supervision.ComplaintService;
import org.sunshineledger.portal.supervision.ReferenceKeys;
import org.sunshineledger.portal.supervision.ReferenceLists;
import org.sunshineledger.portal.supervision.SupervisionQueries;
import org.sunshineledger.portal.supervision.SupervisionService;
import org.sunshineledger.portal.supervision.SupervisionService.Move;
import org.sunshineledger.portal.supervision.SupervisionViews.LeadView;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.supervision.ComplaintCategory;
import org.sunshineledger.supervision.LeadStatus;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKey;
import org.sunshineledger.supervision.ReferenceKind;

/**
 * The supervision room's demo: a small reference list (大数据比对) as an auditor would send it, stored
 * through the same service as an upload — the district police's list of deaths naming the head of a
 * demo household of 黄泉村 and a person the registry does not know, and the vehicle office's list
 * naming nobody registered — so that the rules' first pass opens a lead of the reference-match
 * rule.
 */
@ApplicationScoped
public class SupervisionDemo {
  private static final Logger LOG = Logger.getLogger(SupervisionDemo.class.getName());

  /** The generated household whose head the demo list names: one of 黄泉村's. */
  private static final int LISTED_HOUSEHOLD = 4;

  @Inject ReferenceKeys keys;
  @Inject ReferenceLists lists;
  @Inject SupervisionService supervision;
  @Inject SupervisionQueries queries;
  @Inject ComplaintService complaints;

  private static final Actor AUDITOR = Actor.unscoped("demo-auditor", Role.AUDITOR);

  /** Stores the demo's reference list, once, into a database just seeded. */
  @Transactional
  public void load(District district) {
    ReferenceKey key = keys.key();
    String deaths = "区公安分局 2019年上半年死亡人员名单（演示）";
    LocalDate listed = LocalDate.of(2019, 6, 30);
    List<ReferenceEntry> lines =
        List.of(
            new ReferenceEntry(
                key.of(RegistryDemo.idNumber(LISTED_HOUSEHOLD)),
                ReferenceKind.DECEASED,
                deaths,
                listed),
            // serials far beyond the generated households: numbers of nobody registered
            new ReferenceEntry(
                key.of(RegistryDemo.idNumber(99_990_001)), ReferenceKind.DECEASED, deaths, listed),
            new ReferenceEntry(
                key.of(RegistryDemo.idNumber(99_990_002)),
                ReferenceKind.VEHICLE_OWNER,
                "区车管所 机动车登记名单（演示）",
                LocalDate.of(2019, 9, 30)));
    int added = lists.add(RegistryDemo.BY, lines, Instant.now(), n -> {});
    LOG.info(() -> "loaded the demo reference list: " + added + " lines");
    ledger(district);
  }

  /**
   * The demo's rectification ledger a hundred days on: the rules' first pass ran a hundred days ago
   * and its leads stand in every status — one closed with its evidence, one past its deadline (on
   * the district's workbench too), one in rectification, one confirmed, one found not true — with a
   * villager's complaint waiting to be checked. The rest wait to be checked, as a real first pass
   * leaves them.
   */
  private void ledger(District district) {
    Instant now = Instant.now();
    Instant firstPass = now.minus(Duration.ofDays(100)).truncatedTo(ChronoUnit.SECONDS);
    supervision.pass(LocalDate.now(DistrictClock.ZONE), firstPass);
    Village huangquan = district.villageNamed("峨山镇", "黄泉村").orElseThrow();
    Actor eshan = Actor.townshipOfficer("eshan-officer", huangquan.township());
    Actor village = Actor.villageOfficer("huangquan-officer", huangquan);
    List<LeadView> pending =
        queries.leads(AUDITOR, LeadStatus.PENDING, PageRequest.ALL, Language.ZH).items().stream()
            // the pass's own: the demo's writes were checked as they were stored, and those
            // leads were opened now
            .filter(l -> OffsetDateTime.parse(l.openedAt()).toInstant().equals(firstPass))
            .sorted(Comparator.comparingLong(LeadView::id))
            .toList();
    List<LeadView> eshanOwn =
        pending.stream()
            .filter(l -> l.village() == null && "峨山镇".equals(l.townshipName()))
            .toList();
    List<LeadView> huangquanOwn =
        pending.stream()
            .filter(l -> Long.valueOf(huangquan.id().value()).equals(l.village()))
            .toList();
    List<LeadView> elsewhere =
        pending.stream()
            .filter(l -> l.township() != null && !"峨山镇".equals(l.townshipName()))
            .toList();
    // two of 峨山镇's own leads, and as many left waiting for the officials to try the forms on
    if (eshanOwn.size() >= 4) {
      long closed = eshanOwn.get(0).id();
      move(closed, AUDITOR, Move.CONFIRM, "现场核实属实（演示）", firstPass, 2);
      move(closed, eshan, Move.RECTIFY, "限期补办并公示（演示）", firstPass, 4);
      move(closed, AUDITOR, Move.CLOSE, "峨政发〔2026〕演示1号，整改材料已归档", firstPass, 45);
      long overdue = eshanOwn.get(1).id();
      move(overdue, AUDITOR, Move.CONFIRM, "现场核实属实（演示）", firstPass, 3);
      move(overdue, eshan, Move.RECTIFY, "镇扶贫办牵头整改（演示）", firstPass, 5);
    }
    if (!huangquanOwn.isEmpty()) {
      long rectifying = huangquanOwn.get(0).id();
      move(rectifying, AUDITOR, Move.CONFIRM, "入户核实属实（演示）", firstPass, 10);
      move(rectifying, village, Move.RECTIFY, "村两委提请镇扶贫办核实后调整（演示）", now, -10);
    }
    if (elsewhere.size() >= 2) {
      move(elsewhere.get(0).id(), AUDITOR, Move.CONFIRM, "资料核实属实，待镇街整改（演示）", firstPass, 20);
      move(
          elsewhere.get(1).id(), AUDITOR, Move.DISMISS, "经核查，相关手续已在系统外办结，补录后不属实（演示）", firstPass, 8);
    }
    // the complainant's tracking code is printed to them alone, never logged
    complaints.file(
        huangquan.township(),
        Optional.of(huangquan.id()),
        ComplaintCategory.DONATION,
        "村里收到的爱心棉衣没有发到户，放在村委会仓库里（演示）。",
        null,
        "demo",
        firstPass.plus(Duration.ofDays(30)));
  }

  private void move(long lead, Actor actor, Move move, String note, Instant from, int days) {
    supervision.move(actor, lead, move, note, null, from.plus(Duration.ofDays(days)));
  }
}

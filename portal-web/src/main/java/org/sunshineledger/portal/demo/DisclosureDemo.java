package org.sunshineledger.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.disclosure.Obligation;
import org.sunshineledger.disclosure.WorkingCalendar;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.portal.disclosure.DisclosureService;
import org.sunshineledger.portal.disclosure.Publishable;
import org.sunshineledger.portal.fund.AllocationEntity;
import org.sunshineledger.portal.fund.AssetEntity;
import org.sunshineledger.portal.fund.AssetService;
import org.sunshineledger.portal.fund.DistributionEntity;
import org.sunshineledger.portal.fund.FundEntity;
import org.sunshineledger.portal.fund.FundNotices;
import org.sunshineledger.portal.fund.ProjectEntity;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdEntity;
import org.sunshineledger.portal.registry.UnsafeHouseEntity;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.StageChange;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageDesignation;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdStatus;
import org.sunshineledger.registry.StatusChange;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * The demo's disclosures, published as they would have been in 2018–2020: every event of the fund
 * chain and the registry demo creates its obligation; most are published within their due dates, a
 * few late, a few not at all (so the overdue list shows something); two are corrected; some carry
 * objections with the publisher's answers.
 */
@ApplicationScoped
public class DisclosureDemo {
  private static final Logger LOG = Logger.getLogger(DisclosureDemo.class.getName());
  private static final Actor ADMIN = Actor.unscoped(RegistryDemo.BY, Role.DISTRICT_ADMIN);

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject DisclosureService service;
  @Inject RegionService regions;
  @Inject AssetService assetService;
  @Inject FundNotices notices;

  private int published;
  private int left;

  /**
   * Loads the demo disclosures into a database that has the fund chain's and registry's demo.
   *
   * @param district the district
   */
  @Transactional
  public void load(District district) {
    WorkingCalendar calendar = service.calendar();
    allocations(calendar);
    projects(calendar);
    distributions(calendar);
    exits(district, calendar);
    unsafeHouses(district, calendar);
    today();
    LOG.info(() -> "demo disclosures: " + published + " published, " + left + " left unpublished");
  }

  private void allocations(WorkingCalendar calendar) {
    List<AllocationEntity> allocations =
        em.createQuery("SELECT a FROM AllocationEntity a ORDER BY a.id", AllocationEntity.class)
            .getResultList();
    District places = regions.places().district();
    for (int n = 0; n < allocations.size(); n++) {
      AllocationEntity a = allocations.get(n);
      Fund fund = em.find(FundEntity.class, a.fundId()).toDomain();
      LocalDate decided = a.decidedAt().atZoneSameInstant(DistrictClock.ZONE).toLocalDate();
      String title = FundNotices.allocationTitle(fund);
      NoticeContent content = notices.contentFor("allocation:" + a.id()).orElseThrow();
      Obligation obligation =
          service.oblige(Publishable.allocation(a.id(), title.replace("分配结果公示", ""), decided));
      boolean publish = n < allocations.size() - 1;
      long id = oblige(obligation, content, publish, calendar, n % 5 == 3 ? 18 : 6);
      if (n == 0 && publish) {
        service.correct(
            ADMIN,
            id,
            new NoticeContent(
                title,
                content.statement() + "（分配比例为四舍五入到0.01%的百分数，分配金额按精确比例计算）",
                content.columns(),
                content.rows()),
            "补充说明分配比例的舍入方式",
            at(obligation.dueDate().plusDays(2)));
      }
    }
  }

  private void projects(WorkingCalendar calendar) {
    List<ProjectEntity> projects =
        em.createQuery("SELECT p FROM ProjectEntity p ORDER BY p.id", ProjectEntity.class)
            .getResultList();
    int completions = 0;
    for (int n = 0; n < projects.size(); n++) {
      Project p = projects.get(n).toDomain();
      for (StageChange change : p.history()) {
        LocalDate day = change.at().atZone(DistrictClock.ZONE).toLocalDate();
        if (change.to() == ProjectStage.APPROVED) {
          NoticeContent content =
              notices.contentFor("project-plan:" + p.id().value()).orElseThrow();
          Obligation o =
              service.oblige(
                  Publishable.projectPlan(
                      p.id().value(),
                      projects.get(n).leadTownshipId(),
                      p.plan().year() + "年" + p.plan().name(),
                      day));
          long id = oblige(o, content, true, calendar, 4);
          if (n == 0) {
            objection(id, "项目实施单位是否经过公开招标？请公布招标结果。", "已于立项后依法公开招标，中标结果见区公共资源交易中心网站，项目编号已在实施阶段公示。");
          }
        } else if (change.to() == ProjectStage.COMPLETION_ACCEPTED) {
          NoticeContent content =
              notices.contentFor("project-completion:" + p.id().value()).orElseThrow();
          Obligation o =
              service.oblige(
                  Publishable.projectCompletion(
                      p.id().value(), projects.get(n).leadTownshipId(), p.plan().name(), day));
          oblige(o, content, completions++ % 4 != 1, calendar, 8);
        }
      }
    }
  }

  private void distributions(WorkingCalendar calendar) {
    List<DistributionEntity> rows =
        em.createQuery("SELECT d FROM DistributionEntity d ORDER BY d.id", DistributionEntity.class)
            .getResultList();
    java.util.Set<Long> beneficiaryLists = new java.util.HashSet<>();
    for (int n = 0; n < rows.size(); n++) {
      DistributionEntity row = rows.get(n);
      Distribution d = row.toDomain();
      Asset asset = em.find(AssetEntity.class, d.asset().value()).toDomain();
      Village owner = assetService.ownerVillage(asset.rights().ownership());
      Long ownerTownship = owner == null ? null : owner.township().value();
      Long ownerVillage = owner == null ? null : owner.id().value();
      LocalDate day = row.decidedAt().atZoneSameInstant(DistrictClock.ZONE).toLocalDate();
      String title = FundNotices.distributionTitle(asset, d);
      NoticeContent content = notices.contentFor("distribution:" + row.id()).orElseThrow();
      Obligation o =
          service.oblige(
              Publishable.distribution(
                  row.id(), ownerTownship, ownerVillage, title.replace("收益分配名单公示", ""), day));
      long id = oblige(o, content, true, calendar, 5);
      if (beneficiaryLists.add(d.asset().value())) {
        Obligation listed =
            service.oblige(
                Publishable.beneficiaries(
                    d.asset().value(),
                    ownerTownship,
                    ownerVillage,
                    asset.name(),
                    day.minusDays(30)));
        oblige(listed, notices.contentFor(listed.subject()).orElseThrow(), true, calendar, 7);
      }
      if (n == 0) {
        objection(id, "我户今年有一人外出务工，劳动力情况变化后分配系数是否调整？", "经村民代表会议复核，分配系数按上年末家庭情况确定，下一期将按新情况调整。");
        List<List<Cell>> corrected = new ArrayList<>(content.rows());
        if (!corrected.isEmpty()) {
          service.correct(
              ADMIN,
              id,
              new NoticeContent(
                  title, content.statement() + "（已核对分配依据）", content.columns(), corrected),
              "核对分配依据后重新发布，金额不变",
              at(o.dueDate().plusDays(3)));
        }
      }
    }
  }

  private void exits(District district, WorkingCalendar calendar) {
    Map<Long, List<Household>> byVillage = new TreeMap<>();
    List<Long> villages =
        district.villagesDesignated(VillageDesignation.KEY_SUPPORT).stream()
            .map(v -> v.id().value())
            .toList();
    for (HouseholdEntity h :
        em.createQuery(
                "SELECT h FROM HouseholdEntity h WHERE h.villageId IN :v ORDER BY h.id",
                HouseholdEntity.class)
            .setParameter("v", villages)
            .getResultList()) {
      byVillage.computeIfAbsent(h.villageId(), k -> new ArrayList<>()).add(h.toDomain());
    }
    int n = 0;
    for (Map.Entry<Long, List<Household>> entry : byVillage.entrySet()) {
      Village village =
          district.village(new org.sunshineledger.region.VillageId(entry.getKey())).orElseThrow();
      List<List<Cell>> rows = new ArrayList<>();
      LocalDate last = null;
      for (Household h : entry.getValue()) {
        for (StatusChange change : h.history()) {
          if (change.from() == HouseholdStatus.POOR
              && change.to() != HouseholdStatus.POOR
              && change.on().getYear() == 2018) {
            rows.add(
                List.of(
                    Cell.person(h.headName()),
                    Cell.number(h.members().size()),
                    Cell.text(change.to().chineseName())));
            last = last == null || change.on().isAfter(last) ? change.on() : last;
          }
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      String title = "2018年" + village.name() + "贫困户脱贫退出名单公示";
      NoticeContent content =
          new NoticeContent(
              title, "经村民代表大会民主评议、镇（街道）审核，拟退出贫困户名单公示如下。", List.of("户主", "家庭人口", "退出后状态"), rows);
      Obligation o =
          service.oblige(
              Publishable.exit(
                  village.township().value(), village.id().value(), village.name(), 2018, last));
      long id = oblige(o, content, n != 2, calendar, n % 3 == 0 ? 25 : 10);
      if (n == 1) {
        objection(id, "名单中有一户仍住危房，是否符合退出条件？", "经镇村核查，该户已于2018年10月完成危房改造并通过验收，符合退出条件。");
      }
      n++;
    }
  }

  private void unsafeHouses(District district, WorkingCalendar calendar) {
    Map<Long, List<List<Cell>>> rows = new TreeMap<>();
    Map<Long, LocalDate> last = new HashMap<>();
    for (UnsafeHouseEntity entity :
        em.createQuery("SELECT u FROM UnsafeHouseEntity u ORDER BY u.id", UnsafeHouseEntity.class)
            .getResultList()) {
      UnsafeHouse house = entity.toDomain();
      if (house.state() != UnsafeHouse.State.CLOSED || house.closedOn() == null) {
        continue;
      }
      HouseholdEntity household = em.find(HouseholdEntity.class, entity.householdId());
      Village village =
          district
              .village(new org.sunshineledger.region.VillageId(household.villageId()))
              .orElseThrow();
      long township = village.township().value();
      rows.computeIfAbsent(township, k -> new ArrayList<>())
          .add(
              List.of(
                  Cell.text(village.name()),
                  Cell.person(household.headName()),
                  Cell.text(house.grade().name() + "级"),
                  Cell.text(house.closedOn().toString())));
      last.merge(township, house.closedOn(), (a, b) -> a.isAfter(b) ? a : b);
    }
    int n = 0;
    for (Map.Entry<Long, List<List<Cell>>> entry : rows.entrySet()) {
      LocalDate on = last.get(entry.getKey());
      String name = district.township(new TownshipId(entry.getKey())).orElseThrow().name();
      Obligation o =
          service.oblige(Publishable.unsafeHouse(entry.getKey(), name, on.getYear(), on));
      NoticeContent content =
          new NoticeContent(
              o.title(),
              "以下农村危房改造已竣工并通过验收，现予公示。",
              List.of("村（居）", "户主", "原危房等级", "验收日期"),
              entry.getValue());
      oblige(o, content, n++ != 1, calendar, 9);
    }
  }

  /**
   * What a newcomer can try on the day the demo is loaded: last year's income of three assets,
   * shared four days ago, so that their notices fall due in the weeks ahead on their villages'
   * workbenches; the first of them drafted and published two days ago, inside its objection window.
   */
  private void today() {
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    int year = today.getYear() - 1;
    java.util.Set<Long> assets = new java.util.LinkedHashSet<>();
    for (DistributionEntity row :
        em.createQuery(
                "SELECT d FROM DistributionEntity d ORDER BY d.id DESC", DistributionEntity.class)
            .getResultList()) {
      Distribution d = row.toDomain();
      if (assets.size() == 3 || !assets.add(d.asset().value())) {
        continue;
      }
      long shared =
          assetService.distribute(
              ADMIN,
              d.asset().value(),
              org.sunshineledger.income.IncomePeriod.year(year),
              d.income(),
              d.policy(),
              row.beneficiaries(),
              "村民代表会议决议（演示）" + year,
              at(today.minusDays(4)));
      if (assets.size() == 1) {
        long id =
            service.draftFromObligation(ADMIN, "distribution:" + shared, at(today.minusDays(3)));
        service.publish(ADMIN, id, today.minusDays(2), today.plusDays(12), at(today.minusDays(2)));
        published++;
      } else {
        left++;
      }
    }
  }

  /**
   * Records the obligation, drafts its disclosure and publishes it after {@code workingDays}
   * working days (late when more than the kind allows), or leaves it unpublished.
   */
  private long oblige(
      Obligation o, NoticeContent content, boolean publish, WorkingCalendar calendar, int days) {
    if (!publish) {
      left++;
      return 0;
    }
    long id =
        service.draft(ADMIN, o.kind(), o.publisher(), o.subject(), content, at(o.eventDate()));
    LocalDate start = calendar.addWorkingDays(o.eventDate(), days);
    service.publish(ADMIN, id, start, start.plusDays(14), at(start));
    published++;
    return id;
  }

  private void objection(long id, String text, String answer) {
    if (id == 0) {
      return;
    }
    LocalDate start =
        em.find(org.sunshineledger.portal.disclosure.DisclosureEntity.class, id).windowStart();
    var filed = service.object(id, text, at(start.plusDays(3)));
    service.answer(ADMIN, id, filed.id(), answer, at(start.plusDays(6)));
  }

  private static Instant at(LocalDate day) {
    return day.atTime(9, 30).toInstant(ZoneOffset.ofHours(8));
  }
}

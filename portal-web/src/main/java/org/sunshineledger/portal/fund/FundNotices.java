package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.Payout;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.disclosure.NoticeDrafts;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.StageChange;
import org.sunshineledger.region.TownshipId;

/**
 * The notices of the fund chain, drafted from its records: an allocation's result per township
 * (§5), a project's plan once approved and its completion with the use of its funds, an asset's
 * income distribution with each household's payout, and the asset's beneficiaries. Names of people
 * are masked by the disclosure's policy as the cells are made.
 */
@ApplicationScoped
public class FundNotices implements NoticeDrafts {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @Inject RegionService regions;
  @Inject HouseholdDirectory households;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<NoticeContent> contentFor(String subject) {
    int colon = subject == null ? -1 : subject.lastIndexOf(':');
    if (colon < 0 || !subject.substring(colon + 1).matches("\\d{1,18}")) {
      return Optional.empty();
    }
    long id = Long.parseLong(subject.substring(colon + 1));
    return switch (subject.substring(0, colon)) {
      case "allocation" -> allocation(id);
      case "project-plan" -> projectPlan(id);
      case "project-completion" -> projectCompletion(id);
      case "distribution" -> distribution(id);
      case "beneficiaries:asset" -> beneficiaries(id);
      default -> Optional.empty();
    };
  }

  /**
   * The title of an allocation's notice.
   *
   * @param fund the fund allocated
   * @return the title
   */
  public static String allocationTitle(Fund fund) {
    return (fund.name().startsWith(fund.year().toString()) ? "" : fund.year() + "年")
        + fund.name()
        + "分配结果公示";
  }

  private Optional<NoticeContent> allocation(long id) {
    AllocationEntity a = em.find(AllocationEntity.class, id);
    if (a == null) {
      return Optional.empty();
    }
    Fund fund = em.find(FundEntity.class, a.fundId()).toDomain();
    var places = regions.places().district();
    List<List<Cell>> rows = new ArrayList<>();
    for (AllocationEntity.ShareRow share : a.shares()) {
      rows.add(
          List.of(
              Cell.text(places.township(new TownshipId(share.townshipId())).orElseThrow().name()),
              Cell.amount(Money.ofFen(share.amountFen())),
              Cell.text(
                  new BigDecimal(share.share())
                          .movePointRight(2)
                          .setScale(2, RoundingMode.HALF_EVEN)
                      + "%")));
    }
    return Optional.of(
        new NoticeContent(
            allocationTitle(fund),
            "根据"
                + a.documentRef()
                + "，现将"
                + fund.name()
                + "因素法分配结果公示如下（合计 "
                + Money.ofFen(a.amountFen()).toDecimal().toPlainString()
                + " 元）。",
            List.of("镇（街道）", "分配金额（元）", "分配比例"),
            rows));
  }

  private Optional<Project> project(long id) {
    ProjectEntity entity = em.find(ProjectEntity.class, id);
    return entity == null ? Optional.empty() : Optional.of(entity.toDomain());
  }

  private static Optional<StageChange> reached(Project p, ProjectStage stage) {
    StageChange last = null;
    for (StageChange change : p.history()) {
      if (change.to() == stage) {
        last = change;
      }
    }
    return Optional.ofNullable(last);
  }

  private Optional<NoticeContent> projectPlan(long id) {
    return project(id)
        .flatMap(
            p ->
                reached(p, ProjectStage.APPROVED)
                    .map(
                        change ->
                            new NoticeContent(
                                p.plan().year() + "年" + p.plan().name() + "项目计划公示",
                                "经" + change.documentRef() + "批准立项，现将项目计划公示如下。",
                                List.of("项目名称", "项目类型", "实施单位", "计划投资（元）"),
                                List.of(
                                    List.of(
                                        Cell.text(p.plan().name()),
                                        Cell.text(p.plan().type().chineseName()),
                                        Cell.text(p.plan().implementingUnit()),
                                        Cell.amount(p.plan().plannedInvestment()))))));
  }

  private Optional<NoticeContent> projectCompletion(long id) {
    return project(id)
        .flatMap(
            p ->
                reached(p, ProjectStage.COMPLETION_ACCEPTED)
                    .map(
                        change -> {
                          LocalDate day = change.at().atZone(DistrictClock.ZONE).toLocalDate();
                          return new NoticeContent(
                              p.plan().name() + "竣工验收及资金使用情况公示",
                              "项目已于" + day + "通过竣工验收（" + change.documentRef() + "），资金使用情况如下。",
                              List.of("项目名称", "计划投资（元）", "已安排资金（元）", "已拨付资金（元）"),
                              List.of(
                                  List.of(
                                      Cell.text(p.plan().name()),
                                      Cell.amount(p.plan().plannedInvestment()),
                                      Cell.amount(p.allocated()),
                                      Cell.amount(p.disbursed()))));
                        }));
  }

  /**
   * The title of a distribution's notice.
   *
   * @param asset the asset
   * @param distribution the distribution
   * @return the title
   */
  public static String distributionTitle(Asset asset, Distribution distribution) {
    return asset.name()
        + "收益分配名单公示（"
        + distribution.period().from()
        + "至"
        + distribution.period().to()
        + "）";
  }

  private List<List<Cell>> payoutRows(Distribution d) {
    List<List<Cell>> cells = new ArrayList<>();
    for (Payout payout : d.payouts()) {
      HouseholdDirectory.OnNotice household =
          households.onNotice(payout.household().value()).orElseThrow();
      cells.add(
          List.of(
              household.head(),
              Cell.number(household.members()),
              Cell.amount(payout.amount()),
              Cell.text(payout.basis())));
    }
    return cells;
  }

  private Optional<NoticeContent> distribution(long id) {
    DistributionEntity row = em.find(DistributionEntity.class, id);
    if (row == null) {
      return Optional.empty();
    }
    Distribution d = row.toDomain();
    Asset asset = em.find(AssetEntity.class, d.asset().value()).toDomain();
    return Optional.of(
        new NoticeContent(
            distributionTitle(asset, d),
            "根据"
                + row.documentRef()
                + "，本期收益 "
                + d.income().toDecimal().toPlainString()
                + " 元，提留集体 "
                + d.collectivePart().toDecimal().toPlainString()
                + " 元，其余分配到户如下。",
            List.of("户主", "家庭人口", "分配金额（元）", "分配依据"),
            payoutRows(d)));
  }

  /** The beneficiaries of an asset, as its first distribution named them. */
  private Optional<NoticeContent> beneficiaries(long assetId) {
    AssetEntity entity = em.find(AssetEntity.class, assetId);
    List<DistributionEntity> first =
        em.createQuery(
                "SELECT d FROM DistributionEntity d WHERE d.assetId = :a ORDER BY d.id",
                DistributionEntity.class)
            .setParameter("a", assetId)
            .setMaxResults(1)
            .getResultList();
    if (entity == null || first.isEmpty()) {
      return Optional.empty();
    }
    Asset asset = entity.toDomain();
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Cell> payout : payoutRows(first.get(0).toDomain())) {
      rows.add(List.of(payout.get(0), payout.get(1), payout.get(3)));
    }
    return Optional.of(
        new NoticeContent(
            asset.name() + "受益对象名单公示",
            "经村民代表会议评议，" + asset.name() + "收益的受益对象如下。",
            List.of("户主", "家庭人口", "受益依据"),
            rows));
  }
}

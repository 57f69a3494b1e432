package org.sunshineledger.portal.fund;

import static org.sunshineledger.portal.fund.FundChainNames.assetSummary;
import static org.sunshineledger.portal.fund.FundChainNames.fundsById;
import static org.sunshineledger.portal.fund.FundChainNames.townshipName;
import static org.sunshineledger.portal.fund.FundChainNames.villageName;
import static org.sunshineledger.portal.fund.FundChainNames.yuan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.portal.fund.FundChainViews.AssetSummary;
import org.sunshineledger.portal.fund.FundChainViews.FundingLineView;
import org.sunshineledger.portal.fund.FundChainViews.InspectionView;
import org.sunshineledger.portal.fund.FundChainViews.PlaceRef;
import org.sunshineledger.portal.fund.FundChainViews.ProjectDetail;
import org.sunshineledger.portal.fund.FundChainViews.ProjectSummary;
import org.sunshineledger.portal.fund.FundChainViews.StageChangeView;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.District;

/**
 * The public reads of the projects: the list with its filters and pages, and one project in full
 * with its lifecycle, inspections, funding lines and assets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject HouseholdDirectory households;

  @Inject RegionService regions;

  /**
   * Filters of the project list; null means any.
   *
   * @param township a township the project spans
   * @param village a village it serves
   * @param type its type
   * @param stage its stage
   * @param year its plan year
   */
  public record ProjectFilter(
      Long township, Long village, ProjectType type, ProjectStage stage, Integer year) {}

  /**
   * The projects matching a filter, newest first.
   *
   * @param filter the filter
   * @param page the page
   * @return the page
   */
  public Page<ProjectSummary> projects(ProjectFilter filter, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = new ArrayList<>();
    if (filter.type() != null) {
      conditions.add("p.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.stage() != null) {
      conditions.add("p.stage = :stage");
      parameters.put("stage", filter.stage());
    }
    if (filter.year() != null) {
      conditions.add("p.year = :year");
      parameters.put("year", filter.year());
    }
    if (filter.township() != null) {
      conditions.add(":township MEMBER OF p.townships");
      parameters.put("township", filter.township());
    }
    if (filter.village() != null) {
      conditions.add(":village MEMBER OF p.villages");
      parameters.put("village", filter.village());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<ProjectEntity> query =
        em.createQuery(
            "SELECT p FROM ProjectEntity p" + where + " ORDER BY p.year DESC, p.id",
            ProjectEntity.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM ProjectEntity p" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          query.setParameter(name, value);
          count.setParameter(name, value);
        });
    District district = regions.places().district();
    List<ProjectSummary> items =
        query.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList().stream()
            .map(p -> projectSummary(p, p.plan(), district))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  private static ProjectSummary projectSummary(
      ProjectEntity p, ProjectPlan plan, District district) {
    return new ProjectSummary(
        p.id(),
        plan.name(),
        plan.type().name(),
        plan.type().chineseName(),
        plan.scope().name(),
        p.stage().name(),
        p.stage().chineseName(),
        plan.year().getValue(),
        p.leadTownshipId(),
        townshipName(district, p.leadTownshipId()),
        plan.villages().stream().map(v -> villageName(district, v.value())).toList(),
        yuan(plan.plannedInvestment()),
        yuan(p.allocatedFen()),
        yuan(p.disbursedFen()));
  }

  /**
   * One project in full.
   *
   * @param id the project
   * @return the project
   */
  public ProjectDetail project(long id) {
    ProjectEntity entity = em.find(ProjectEntity.class, id);
    if (entity == null) {
      throw new UnknownResourceException("project", id);
    }
    District district = regions.places().district();
    Project project = entity.toDomain();
    ProjectPlan plan = project.plan();
    Map<Long, Fund> funds = fundsById(em);
    List<FundingLineView> lines = new ArrayList<>();
    project
        .fundingLines()
        .forEach(
            line -> {
              TownshipBlock block =
                  em.find(TownshipBlockEntity.class, line.block().value()).toDomain();
              Fund fund = funds.get(block.fund().value());
              lines.add(
                  new FundingLineView(
                      block.id().value(),
                      fund.id().value(),
                      fund.name(),
                      fund.source().name(),
                      townshipName(district, block.township().value()),
                      yuan(line.allocated()),
                      yuan(line.disbursed())));
            });
    List<AssetSummary> assets =
        em
            .createQuery(
                "SELECT a FROM AssetEntity a WHERE a.projectId = :p ORDER BY a.id",
                AssetEntity.class)
            .setParameter("p", id)
            .getResultList()
            .stream()
            .map(a -> assetSummary(a.toDomain(), plan.name(), district, households))
            .toList();
    return new ProjectDetail(
        projectSummary(entity, plan, district),
        plan.description(),
        plan.implementingUnit(),
        plan.benefitLinks().stream().sorted().map(BenefitLink::chineseName).toList(),
        plan.townships().stream()
            .map(t -> new PlaceRef(t.value(), townshipName(district, t.value())))
            .toList(),
        plan.villages().stream()
            .map(v -> new PlaceRef(v.value(), villageName(district, v.value())))
            .toList(),
        project.history().stream()
            .map(
                c ->
                    new StageChangeView(
                        c.from() == null ? null : c.from().name(),
                        c.to().name(),
                        c.to().chineseName(),
                        c.by(),
                        c.at().toString(),
                        c.documentRef()))
            .toList(),
        project.inspections().stream()
            .map(i -> new InspectionView(i.by(), i.at().toString(), i.findings(), i.documentRef()))
            .toList(),
        lines,
        assets,
        entity.version());
  }
}

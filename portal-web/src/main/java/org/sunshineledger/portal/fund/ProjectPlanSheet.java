package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.sheet.SheetCells;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetErrors;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetParameters;
import org.sunshineledger.portal.sheet.SheetReader;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * The year's project plan (项目库 / 年度计划) as townships keep it in Excel: one row per project, with its
 * type, scope, townships and villages by name, plan year, planned investment, implementing unit,
 * benefit links and the document that proposes it. A row without a 项目编号 proposes a new project into
 * the reserve; a row with one revises that project's plan when it differs, and is left alone when
 * it does not — so the plan's export sent back unchanged changes nothing. Rows of a township the
 * official may not write to are errors, as is a project repeated in the file or already in the
 * reserve under the same name, year and township.
 */
@ApplicationScoped
public class ProjectPlanSheet implements SheetImport<ProjectPlanSheet.PlanRow> {
  static final String ID = "项目编号";
  static final String NAME = "项目名称";
  static final String TYPE = "项目类型";
  static final String SCOPE = "实施范围";
  static final String TOWNSHIPS = "镇街";
  static final String VILLAGES = "村（居）";
  static final String YEAR = "计划年度";
  static final String INVESTMENT = "计划投资（元）";
  static final String UNIT = "实施单位";
  static final String LINKS = "带贫方式";
  static final String DESCRIPTION = "项目简介";
  static final String DOCUMENT = "立项文件";

  /** Rows per flush: the persistence unit's JDBC batch holds 500 statements. */
  private static final int FLUSH_EVERY = 500;

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject ProjectService projects;

  /**
   * A checked row.
   *
   * @param id the project it revises, or null for a new one
   * @param plan the plan
   * @param documentRef the document proposing or revising it
   * @param changed whether it proposes a project or changes a plan; false for a row of the export
   *     sent back as it was
   */
  public record PlanRow(Long id, ProjectPlan plan, String documentRef, boolean changed) {
    PlanRow unchanged() {
      return new PlanRow(id, plan, documentRef, false);
    }
  }

  @Override
  public String kind() {
    return "projects";
  }

  @Override
  public String titleKey() {
    return "imports.kind.projects";
  }

  @Override
  public boolean mayImport(Actor actor) {
    return actor.role() == Role.DISTRICT_ADMIN || actor.role() == Role.TOWNSHIP_OFFICER;
  }

  @Override
  public String storedHref() {
    return "/projects";
  }

  @Override
  public List<SheetColumn> columns() {
    District district = regions.places().district();
    return List.of(
        SheetColumn.text(ID, "新项目留空；修改已有项目的计划时填写其编号（见导出清单）。", 10),
        SheetColumn.text(NAME, "必填，至多200字。同一镇街同一年度内不能重名。", 30),
        SheetColumn.choice(
            TYPE,
            "必填，从下拉列表选择。",
            Arrays.stream(ProjectType.values()).map(ProjectType::chineseName).toList()),
        SheetColumn.choice(
            SCOPE,
            "必填：单村项目填一个村；联村共建填同一镇街的两个以上村；镇级领办可不填村；多镇联建填两个以上镇街。",
            Arrays.stream(ProjectScope.values()).map(ProjectScope::chineseName).toList()),
        new SheetColumn(
            TOWNSHIPS,
            "必填。多镇联建时填多个镇街，用顿号“、”分隔，牵头镇街在前。",
            district.townships().stream().map(Township::name).toList(),
            12),
        new SheetColumn(
            VILLAGES,
            "受益村（居），多个村用顿号“、”分隔，须属于所填镇街。",
            district.villages().stream().map(Village::name).distinct().toList(),
            20),
        SheetColumn.text(YEAR, "必填，如 2019。", 8),
        SheetColumn.text(INVESTMENT, "必填，单位元，精确到分；可写“万元”，如 12.5万元。可带千位分隔符。", 14),
        SheetColumn.text(UNIT, "必填，至多200字。", 20),
        new SheetColumn(
            LINKS,
            "可不填；多种方式用顿号“、”分隔："
                + Arrays.stream(BenefitLink.values())
                    .map(BenefitLink::chineseName)
                    .collect(Collectors.joining("、")),
            Arrays.stream(BenefitLink.values()).map(BenefitLink::chineseName).toList(),
            14),
        SheetColumn.text(DESCRIPTION, "必填，建设内容和规模，至多4000字。", 40),
        SheetColumn.text(DOCUMENT, "新项目和修改计划时必填：立项或调整的文件号，如 峄扶贫〔2019〕3号。", 22));
  }

  @Override
  public List<List<Object>> example() {
    return List.of(
        List.of(
            "",
            "黄泉村光伏电站",
            ProjectType.PHOTOVOLTAIC.chineseName(),
            ProjectScope.SINGLE_VILLAGE.chineseName(),
            "峨山镇",
            "黄泉村",
            2019,
            new BigDecimal("300000.00"),
            "峨山镇人民政府",
            BenefitLink.SHARE_COOPERATION.chineseName(),
            "村集体屋顶光伏 100 千瓦，收益用于贫困户分红和公益岗位",
            "峄扶贫〔2019〕3号"));
  }

  @Override
  public SheetReader.Checker<PlanRow> checker(Actor actor, SheetParameters parameters) {
    return new Check(actor, regions.places().district(), existing());
  }

  /** The projects there are: each one's plan key, for repeated names and revisions. */
  private Map<Long, Existing> existing() {
    Map<Long, Existing> existing = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT p.id, p.name, p.year, p.leadTownshipId FROM ProjectEntity p",
                Object[].class)
            .getResultList()) {
      existing.put(
          (Long) row[0],
          new Existing((Long) row[0], (String) row[1], (Integer) row[2], (Long) row[3]));
    }
    return existing;
  }

  private record Existing(long id, String name, int year, long leadTownship) {
    String key() {
      return key(name, year, leadTownship);
    }

    static String key(String name, int year, long township) {
      return township + "|" + year + "|" + name;
    }
  }

  private final class Check implements SheetReader.Checker<PlanRow> {
    private final Actor actor;
    private final District district;
    private final Map<Long, Existing> existing;
    private final Map<String, Long> existingKeys = new HashMap<>();
    private final SheetReader.Duplicates<String> inFile = new SheetReader.Duplicates<>();
    private final SheetReader.Duplicates<Long> idsInFile = new SheetReader.Duplicates<>();
    private final List<PlanRow> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final Map<String, ProjectType> types = labels(ProjectType.values());
    private final Map<String, ProjectScope> scopes = labels(ProjectScope.values());
    private final Map<String, BenefitLink> links = labels(BenefitLink.values());

    Check(Actor actor, District district, Map<Long, Existing> existing) {
      this.actor = actor;
      this.district = district;
      this.existing = existing;
      existing.values().forEach(e -> existingKeys.put(e.key(), e.id()));
    }

    @Override
    public void row(SheetCells c) {
      Long id = id(c);
      String name = c.text(NAME, 200, true);
      ProjectType type = c.choice(TYPE, types);
      ProjectScope scope = c.choice(SCOPE, scopes);
      List<TownshipId> townships = townships(c);
      List<VillageId> villages = townships == null ? null : villages(c, townships);
      Integer year = c.integer(YEAR, 2000, 2100);
      Money investment = c.amount(INVESTMENT, true);
      String unit = c.text(UNIT, 200, true);
      List<BenefitLink> benefit = c.choices(LINKS, links);
      String description = c.text(DESCRIPTION, 4000, true);
      String document = c.text(DOCUMENT, 200, false);
      if (name == null
          || type == null
          || scope == null
          || townships == null
          || villages == null
          || year == null
          || investment == null
          || unit == null
          || benefit == null
          || description == null
          || document == null) {
        return;
      }
      if (!fits(scope, townships, villages)) {
        c.error(
            SCOPE,
            "sheet.project.scopePlaces",
            scope.chineseName(),
            townships.size(),
            villages.size());
        return;
      }
      ProjectPlan plan;
      try {
        plan =
            new ProjectPlan(
                name,
                description,
                type,
                scope,
                townships,
                villages,
                Year.of(year),
                investment,
                unit,
                benefit.isEmpty() ? Set.of() : Set.copyOf(benefit));
      } catch (DomainException e) {
        c.refused("", e);
        return;
      }
      String key = Existing.key(name, year, townships.get(0).value());
      if (!inFile.first(c, NAME, key, name + "（" + year + "年）")) {
        return;
      }
      Long holder = existingKeys.get(key);
      if (holder != null && !holder.equals(id)) {
        c.error(NAME, "sheet.project.exists", name, year, holder);
        return;
      }
      if (id != null && !idsInFile.first(c, ID, id, ID + " " + id)) {
        return;
      }
      if (document.isEmpty() && id == null) {
        c.error(DOCUMENT, "sheet.required", DOCUMENT);
        return;
      }
      rows.add(new PlanRow(id, plan, document, true));
      rowNumbers.add(c.row());
    }

    private Long id(SheetCells c) {
      Integer id = c.optionalInteger(ID, 1, Integer.MAX_VALUE);
      if (id == null) {
        return null;
      }
      Existing project = existing.get(id.longValue());
      if (project == null) {
        c.error(ID, "sheet.project.unknown", id);
        return null;
      }
      if (!actor.mayWriteTo(new TownshipId(project.leadTownship()))) {
        c.error(ID, "sheet.outOfScope", ID + " " + id);
        return null;
      }
      return id.longValue();
    }

    private List<TownshipId> townships(SheetCells c) {
      List<String> names = c.list(TOWNSHIPS);
      if (names.isEmpty()) {
        c.error(TOWNSHIPS, "sheet.required", TOWNSHIPS);
        return null;
      }
      List<TownshipId> townships = new ArrayList<>();
      for (String name : names) {
        Township township = district.townshipNamed(name).orElse(null);
        if (township == null) {
          c.error(TOWNSHIPS, "sheet.unknownTownship", district.name(), name);
          return null;
        }
        townships.add(township.id());
      }
      if (!actor.mayWriteTo(townships.get(0))) {
        c.error(TOWNSHIPS, "sheet.outOfScope", names.get(0));
        return null;
      }
      return townships;
    }

    private List<VillageId> villages(SheetCells c, List<TownshipId> townships) {
      List<VillageId> villages = new ArrayList<>();
      for (String name : c.list(VILLAGES)) {
        Village village =
            townships.stream()
                .flatMap(t -> district.villagesOf(t).stream())
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(null);
        if (village == null) {
          String where =
              townships.stream()
                  .map(t -> district.township(t).map(Township::name).orElse(""))
                  .collect(Collectors.joining("、"));
          c.error(VILLAGES, "sheet.unknownVillage", where, name);
          return null;
        }
        villages.add(village.id());
      }
      return villages;
    }

    /**
     * Compares the rows that name a project with its plan as stored, in one read: a row as it was
     * exported is left alone, and a changed one needs the document that revises it.
     */
    @Override
    public List<PlanRow> finish(SheetErrors errors) {
      List<Long> ids = rows.stream().map(PlanRow::id).filter(java.util.Objects::nonNull).toList();
      Map<Long, ProjectPlan> stored = plans(ids);
      for (int i = 0; i < rows.size(); i++) {
        PlanRow row = rows.get(i);
        if (row.id() == null) {
          continue;
        }
        if (row.plan().equals(stored.get(row.id()))) {
          rows.set(i, row.unchanged());
        } else if (row.documentRef().isEmpty()) {
          errors.add(rowNumbers.get(i), DOCUMENT, "sheet.project.reviseDocument", row.id());
        }
      }
      return rows;
    }
  }

  private static boolean fits(
      ProjectScope scope, List<TownshipId> townships, List<VillageId> villages) {
    return switch (scope) {
      case SINGLE_VILLAGE -> townships.size() == 1 && villages.size() == 1;
      case TOWNSHIP_LED -> townships.size() == 1;
      case MULTI_VILLAGE -> townships.size() == 1 && villages.size() >= 2;
      case MULTI_TOWNSHIP -> townships.size() >= 2;
    };
  }

  private static <E extends Enum<E>> Map<String, E> labels(E[] values) {
    Map<String, E> labels = new LinkedHashMap<>();
    for (E value : values) {
      labels.put(label(value), value);
    }
    return labels;
  }

  private static String label(Enum<?> value) {
    if (value instanceof ProjectType type) {
      return type.chineseName();
    }
    if (value instanceof ProjectScope scope) {
      return scope.chineseName();
    }
    return ((BenefitLink) value).chineseName();
  }

  @Override
  @Transactional
  public void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<PlanRow> records,
      IntConsumer progress) {
    Instant now = Instant.now();
    int stored = 0;
    for (PlanRow row : records) {
      if (row.id() == null) {
        projects.propose(actor, row.plan(), row.documentRef(), now);
      } else if (row.changed()) {
        projects.revisePlan(
            actor, row.id(), row.plan(), row.documentRef(), OptionalLong.empty(), now);
      }
      if (++stored % FLUSH_EVERY == 0) {
        // the persistence context would otherwise hold every project of a large plan
        em.flush();
        em.clear();
        progress.accept(stored);
      }
    }
    em.flush();
    progress.accept(stored);
  }

  /** The stored plans of projects, read in batches with their townships and villages. */
  private Map<Long, ProjectPlan> plans(List<Long> ids) {
    Map<Long, ProjectPlan> plans = new HashMap<>();
    for (ProjectEntity project : ProjectEntity.some(em, ids)) {
      plans.put(project.id(), project.plan());
    }
    return plans;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<List<Object>> export(Actor actor) {
    District district = regions.places().district();
    List<List<Object>> rows = new ArrayList<>();
    for (ProjectEntity project :
        ProjectEntity.whole(
                em.createQuery("SELECT p FROM ProjectEntity p ORDER BY p.id", ProjectEntity.class))
            .getResultList()) {
      if (!actor.mayWriteTo(new TownshipId(project.leadTownshipId()))) {
        continue;
      }
      ProjectPlan plan = project.plan();
      rows.add(
          List.of(
              project.id(),
              plan.name(),
              plan.type().chineseName(),
              plan.scope().chineseName(),
              plan.townships().stream()
                  .map(t -> district.township(t).map(Township::name).orElse(""))
                  .collect(Collectors.joining("、")),
              plan.villages().stream()
                  .map(v -> district.village(v).map(Village::name).orElse(""))
                  .collect(Collectors.joining("、")),
              plan.year().getValue(),
              plan.plannedInvestment().toDecimal(),
              plan.implementingUnit(),
              plan.benefitLinks().stream()
                  .sorted()
                  .map(BenefitLink::chineseName)
                  .collect(Collectors.joining("、")),
              plan.description(),
              ""));
    }
    return rows;
  }
}

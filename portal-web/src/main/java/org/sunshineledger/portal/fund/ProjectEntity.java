package org.sunshineledger.portal.fund;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.FundingLine;
import org.sunshineledger.project.Inspection;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.project.StageChange;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * The persistence model of a {@link Project}: the plan's columns, the stage, and its history,
 * inspections and funding lines as ordered child rows. The allocated and disbursed totals are kept
 * beside them so that lists need not load the lines.
 */
@Entity
@Table(name = "project")
public class ProjectEntity {
  @Id
  @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
  private long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "project_type", nullable = false)
  private ProjectType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectScope scope;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Column(name = "planned_investment_fen", nullable = false)
  private long plannedInvestmentFen;

  @Column(name = "implementing_unit", nullable = false)
  private String implementingUnit;

  @Column(name = "benefit_links", nullable = false)
  private String benefitLinks;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStage stage;

  @Column(name = "lead_township_id", nullable = false)
  private long leadTownshipId;

  @Column(name = "allocated_fen", nullable = false)
  private long allocatedFen;

  @Column(name = "disbursed_fen", nullable = false)
  private long disbursedFen;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(nullable = false)
  private boolean demo;

  @ElementCollection
  @CollectionTable(name = "project_township", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  @Column(name = "township_id")
  private List<Long> townships = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "project_village", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  @Column(name = "village_id")
  private List<Long> villages = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "project_stage_change", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<StageChangeRow> history = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "project_inspection", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<InspectionRow> inspections = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "funding_line", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<FundingLineRow> fundingLines = new ArrayList<>();

  @Version private long version;

  /** One recorded stage change. */
  @Embeddable
  public static class StageChangeRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    ProjectStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    ProjectStage to;

    @Column(name = "changed_by", nullable = false)
    String by;

    @Column(name = "changed_at", nullable = false)
    OffsetDateTime at;

    @Column(name = "document_ref", nullable = false)
    String documentRef;

    /** For JPA. */
    protected StageChangeRow() {}

    StageChangeRow(StageChange change) {
      from = change.from();
      to = change.to();
      by = change.by();
      at = change.at().atOffset(ZoneOffset.UTC);
      documentRef = change.documentRef();
    }

    StageChange toDomain() {
      return new StageChange(from, to, by, at.toInstant(), documentRef);
    }
  }

  /** One recorded inspection. */
  @Embeddable
  public static class InspectionRow {
    @Column(name = "inspected_by", nullable = false)
    String by;

    @Column(name = "inspected_at", nullable = false)
    OffsetDateTime at;

    @Column(nullable = false)
    String findings;

    @Column(name = "document_ref", nullable = false)
    String documentRef;

    /** For JPA. */
    protected InspectionRow() {}

    InspectionRow(Inspection inspection) {
      by = inspection.by();
      at = inspection.at().atOffset(ZoneOffset.UTC);
      findings = inspection.findings();
      documentRef = inspection.documentRef();
    }

    Inspection toDomain() {
      return new Inspection(by, at.toInstant(), findings, documentRef);
    }
  }

  /** One funding line. */
  @Embeddable
  public static class FundingLineRow {
    @Column(name = "block_id", nullable = false)
    long blockId;

    @Column(name = "allocated_fen", nullable = false)
    long allocatedFen;

    @Column(name = "disbursed_fen", nullable = false)
    long disbursedFen;

    /** For JPA. */
    protected FundingLineRow() {}

    FundingLineRow(FundingLine line) {
      blockId = line.block().value();
      allocatedFen = line.allocated().fen();
      disbursedFen = line.disbursed().fen();
    }

    FundingLine toDomain() {
      return new FundingLine(
          new BlockId(blockId), Money.ofFen(allocatedFen), Money.ofFen(disbursedFen));
    }
  }

  protected ProjectEntity() {}

  /** Projects per read of {@link #some}: an IN list every database takes. */
  private static final int BATCH = 1000;

  /**
   * A query of whole projects, read-only, each child list read for all of them at once rather than
   * one query per project.
   *
   * @param query the query
   * @return the query with its hints
   */
  static jakarta.persistence.TypedQuery<ProjectEntity> whole(
      jakarta.persistence.TypedQuery<ProjectEntity> query) {
    return query
        .setHint("eclipselink.read-only", "true")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.townships")
        .setHint("eclipselink.batch", "p.villages")
        .setHint("eclipselink.batch", "p.fundingLines")
        .setHint("eclipselink.batch", "p.history")
        .setHint("eclipselink.batch", "p.inspections");
  }

  /**
   * Some projects, whole and read-only, in reads of a thousand.
   *
   * @param em the persistence context
   * @param ids the projects; those that are gone are left out
   * @return the projects
   */
  static List<ProjectEntity> some(
      jakarta.persistence.EntityManager em, java.util.Collection<Long> ids) {
    List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    List<ProjectEntity> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      found.addAll(
          whole(
                  em.createQuery(
                      "SELECT p FROM ProjectEntity p WHERE p.id IN :ids", ProjectEntity.class))
              .setParameter("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
              .getResultList());
    }
    return found;
  }

  /**
   * A new project row from a plan; {@link #apply(Project)} fills the rest once its id is known.
   *
   * @param plan the plan
   * @param demo whether it belongs to the demo data
   */
  public ProjectEntity(ProjectPlan plan, boolean demo) {
    applyPlan(plan);
    this.stage = ProjectStage.RESERVE;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.demo = demo;
  }

  private void applyPlan(ProjectPlan plan) {
    this.name = plan.name();
    this.description = plan.description();
    this.type = plan.type();
    this.scope = plan.scope();
    this.year = plan.year().getValue();
    this.plannedInvestmentFen = plan.plannedInvestment().fen();
    this.implementingUnit = plan.implementingUnit();
    this.benefitLinks =
        plan.benefitLinks().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.leadTownshipId = plan.leadTownship().value();
    townships.clear();
    plan.townships().forEach(t -> townships.add(t.value()));
    villages.clear();
    plan.villages().forEach(v -> villages.add(v.value()));
  }

  /**
   * Returns the domain model.
   *
   * @return the project
   */
  public Project toDomain() {
    return Project.restore(
        new ProjectId(id),
        plan(),
        stage,
        history.stream().map(StageChangeRow::toDomain).toList(),
        inspections.stream().map(InspectionRow::toDomain).toList(),
        fundingLines.stream().map(FundingLineRow::toDomain).toList());
  }

  /**
   * The plan as stored.
   *
   * @return the plan
   */
  public ProjectPlan plan() {
    Set<BenefitLink> links = EnumSet.noneOf(BenefitLink.class);
    if (!benefitLinks.isEmpty()) {
      Arrays.stream(benefitLinks.split(",")).map(BenefitLink::valueOf).forEach(links::add);
    }
    return new ProjectPlan(
        name,
        description,
        type,
        scope,
        townships.stream().map(TownshipId::new).toList(),
        villages.stream().map(VillageId::new).toList(),
        Year.of(year),
        Money.ofFen(plannedInvestmentFen),
        implementingUnit,
        links);
  }

  /**
   * Takes over the project's state after a command: stage, the new history and inspection rows
   * (appended, never rewritten), and the funding lines with their totals.
   *
   * @param project the domain project
   */
  public void apply(Project project) {
    if (!project.plan().equals(plan())) {
      applyPlan(project.plan());
    }
    stage = project.stage();
    List<StageChange> changes = project.history();
    for (int i = history.size(); i < changes.size(); i++) {
      history.add(new StageChangeRow(changes.get(i)));
    }
    List<Inspection> recorded = project.inspections();
    for (int i = inspections.size(); i < recorded.size(); i++) {
      inspections.add(new InspectionRow(recorded.get(i)));
    }
    List<FundingLine> lines = project.fundingLines();
    for (int i = 0; i < lines.size(); i++) {
      FundingLineRow row = new FundingLineRow(lines.get(i));
      if (i < fundingLines.size()) {
        FundingLineRow existing = fundingLines.get(i);
        existing.allocatedFen = row.allocatedFen;
        existing.disbursedFen = row.disbursedFen;
      } else {
        fundingLines.add(row);
      }
    }
    allocatedFen = project.allocated().fen();
    disbursedFen = project.disbursed().fen();
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the optimistic-lock version.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the stage.
   *
   * @return the stage
   */
  public ProjectStage stage() {
    return stage;
  }

  /**
   * Returns the leading township.
   *
   * @return its id
   */
  public long leadTownshipId() {
    return leadTownshipId;
  }

  /**
   * Returns the allocated total.
   *
   * @return fen
   */
  public long allocatedFen() {
    return allocatedFen;
  }

  /**
   * Returns the disbursed total.
   *
   * @return fen
   */
  public long disbursedFen() {
    return disbursedFen;
  }

  /**
   * Returns when it last changed.
   *
   * @return the time
   */
  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}

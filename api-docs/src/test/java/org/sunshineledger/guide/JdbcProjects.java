package org.sunshineledger.guide;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
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
import org.sunshineledger.project.Projects;
import org.sunshineledger.project.StageChange;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * The guide's plain JDBC implementation of the {@link Projects} port: five tables, standard SQL
 * that runs on PostgreSQL and on H2, each call one transaction.
 */
// tag::jdbc-projects[]
final class JdbcProjects implements Projects {
  static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS project_id_counter (last_id BIGINT NOT NULL);
      CREATE TABLE IF NOT EXISTS project (
        id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL, description VARCHAR(4000) NOT NULL,
        type VARCHAR(40) NOT NULL, scope VARCHAR(40) NOT NULL, lead_township BIGINT NOT NULL,
        plan_year INT NOT NULL, planned_fen BIGINT NOT NULL, unit VARCHAR(200) NOT NULL,
        benefit_links VARCHAR(400) NOT NULL, stage VARCHAR(40) NOT NULL);
      CREATE TABLE IF NOT EXISTS project_place (
        project_id BIGINT NOT NULL REFERENCES project, seq_no INT NOT NULL,
        kind CHAR(1) NOT NULL, place_id BIGINT NOT NULL, PRIMARY KEY (project_id, kind, seq_no));
      CREATE TABLE IF NOT EXISTS project_stage_change (
        project_id BIGINT NOT NULL REFERENCES project, seq_no INT NOT NULL,
        from_stage VARCHAR(40), to_stage VARCHAR(40) NOT NULL, by_whom VARCHAR(100) NOT NULL,
        at_time TIMESTAMP WITH TIME ZONE NOT NULL, document_ref VARCHAR(200) NOT NULL,
        PRIMARY KEY (project_id, seq_no));
      CREATE TABLE IF NOT EXISTS project_inspection (
        project_id BIGINT NOT NULL REFERENCES project, seq_no INT NOT NULL,
        by_whom VARCHAR(100) NOT NULL, at_time TIMESTAMP WITH TIME ZONE NOT NULL,
        findings VARCHAR(4000) NOT NULL, document_ref VARCHAR(200) NOT NULL,
        PRIMARY KEY (project_id, seq_no));
      CREATE TABLE IF NOT EXISTS project_funding_line (
        project_id BIGINT NOT NULL REFERENCES project, seq_no INT NOT NULL,
        block_id BIGINT NOT NULL, allocated_fen BIGINT NOT NULL, disbursed_fen BIGINT NOT NULL,
        PRIMARY KEY (project_id, seq_no));
      """;
  private static final List<String> PARTS =
      List.of(
          "project_place", "project_stage_change", "project_inspection", "project_funding_line");

  private final DataSource dataSource;

  JdbcProjects(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates the tables where they do not exist yet (a migration tool would do this for you). */
  void createTables() {
    run(
        c -> {
          try (Statement s = c.createStatement()) {
            for (String ddl : SCHEMA.split(";")) {
              if (!ddl.isBlank()) {
                s.execute(ddl);
              }
            }
          }
          if (update(c, "UPDATE project_id_counter SET last_id = last_id") == 0) {
            update(c, "INSERT INTO project_id_counter VALUES (0)");
          }
          return null;
        });
  }

  @Override
  public ProjectId nextId() {
    return run(
        c -> {
          // the update locks the counter's row until commit: two callers never get one id
          update(c, "UPDATE project_id_counter SET last_id = last_id + 1");
          return new ProjectId(
              rows(c, "SELECT last_id FROM project_id_counter", r -> r.getLong(1)).get(0));
        });
  }

  @Override
  public Optional<Project> find(ProjectId id) {
    return run(c -> load(c, "WHERE id = ?", id.value()).stream().findFirst());
  }

  @Override
  public List<Project> ledBy(TownshipId township, Year year) {
    return run(
        c ->
            load(
                c, "WHERE lead_township = ? AND plan_year = ?", township.value(), year.getValue()));
  }

  @Override
  public void save(Project project) {
    ProjectPlan plan = project.plan();
    long id = project.id().value();
    run(
        c -> {
          Object[] root = {
            plan.name(),
            plan.description(),
            plan.type().name(),
            plan.scope().name(),
            plan.leadTownship().value(),
            plan.year().getValue(),
            plan.plannedInvestment().fen(),
            plan.implementingUnit(),
            String.join(",", plan.benefitLinks().stream().map(Enum::name).sorted().toList()),
            project.stage().name(),
            id
          };
          String columns =
              "name = ?, description = ?, type = ?, scope = ?, lead_township = ?, "
                  + "plan_year = ?, planned_fen = ?, unit = ?, benefit_links = ?, stage = ?";
          if (update(c, "UPDATE project SET " + columns + " WHERE id = ?", root) == 0) {
            update(
                c,
                "INSERT INTO project (name, description, type, scope, lead_township, "
                    + "plan_year, planned_fen, unit, benefit_links, stage, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                root);
          }
          for (String part : PARTS) {
            update(c, "DELETE FROM " + part + " WHERE project_id = ?", id);
          }
          insertPart(c, "project_place", id, plan.townships(), t -> List.of("T", t.value()));
          insertPart(c, "project_place", id, plan.villages(), v -> List.of("V", v.value()));
          insertPart(
              c,
              "project_stage_change",
              id,
              project.history(),
              change ->
                  Arrays.asList( // from is null for the first change
                      change.from() == null ? null : change.from().name(),
                      change.to().name(),
                      change.by(),
                      change.at().atOffset(ZoneOffset.UTC),
                      change.documentRef()));
          insertPart(
              c,
              "project_inspection",
              id,
              project.inspections(),
              inspection ->
                  List.of(
                      inspection.by(),
                      inspection.at().atOffset(ZoneOffset.UTC),
                      inspection.findings(),
                      inspection.documentRef()));
          insertPart(
              c,
              "project_funding_line",
              id,
              project.fundingLines(),
              line ->
                  List.of(line.block().value(), line.allocated().fen(), line.disbursed().fen()));
          return null;
        });
  }

  private static List<Project> load(Connection c, String where, Object... args)
      throws SQLException {
    return rows(c, "SELECT * FROM project " + where + " ORDER BY id", r -> project(c, r), args);
  }

  private static Project project(Connection c, ResultSet r) throws SQLException {
    long id = r.getLong("id");
    ProjectPlan plan =
        new ProjectPlan(
            r.getString("name"),
            r.getString("description"),
            ProjectType.valueOf(r.getString("type")),
            ProjectScope.valueOf(r.getString("scope")),
            places(c, id, 'T').stream().map(TownshipId::new).toList(),
            places(c, id, 'V').stream().map(VillageId::new).toList(),
            Year.of(r.getInt("plan_year")),
            Money.ofFen(r.getLong("planned_fen")),
            r.getString("unit"),
            benefitLinks(r.getString("benefit_links")));
    return Project.restore(
        new ProjectId(id),
        plan,
        ProjectStage.valueOf(r.getString("stage")),
        part(c, "project_stage_change", id, JdbcProjects::stageChange),
        part(c, "project_inspection", id, JdbcProjects::inspection),
        part(c, "project_funding_line", id, JdbcProjects::fundingLine));
  }

  /** Inserts the rows of a part: the project's id, the row's place in order, its columns. */
  private static <T> void insertPart(
      Connection c, String table, long id, List<T> items, Function<T, List<Object>> columns)
      throws SQLException {
    for (int i = 0; i < items.size(); i++) {
      List<Object> row = new ArrayList<>(List.of(id, i));
      row.addAll(columns.apply(items.get(i)));
      String marks = String.join(", ", Collections.nCopies(row.size(), "?"));
      update(c, "INSERT INTO " + table + " VALUES (" + marks + ")", row.toArray());
    }
  }

  private static List<Long> places(Connection c, long id, char kind) throws SQLException {
    return rows(
        c,
        "SELECT place_id FROM project_place WHERE project_id = ? AND kind = ? ORDER BY seq_no",
        r -> r.getLong(1),
        id,
        String.valueOf(kind));
  }

  private static <T> List<T> part(Connection c, String table, long id, Row<T> row)
      throws SQLException {
    return rows(c, "SELECT * FROM " + table + " WHERE project_id = ? ORDER BY seq_no", row, id);
  }

  private static StageChange stageChange(ResultSet r) throws SQLException {
    String from = r.getString("from_stage");
    return new StageChange(
        from == null ? null : ProjectStage.valueOf(from),
        ProjectStage.valueOf(r.getString("to_stage")),
        r.getString("by_whom"),
        r.getObject("at_time", OffsetDateTime.class).toInstant(),
        r.getString("document_ref"));
  }

  private static Inspection inspection(ResultSet r) throws SQLException {
    return new Inspection(
        r.getString("by_whom"),
        r.getObject("at_time", OffsetDateTime.class).toInstant(),
        r.getString("findings"),
        r.getString("document_ref"));
  }

  private static FundingLine fundingLine(ResultSet r) throws SQLException {
    return new FundingLine(
        new BlockId(r.getLong("block_id")),
        Money.ofFen(r.getLong("allocated_fen")),
        Money.ofFen(r.getLong("disbursed_fen")));
  }

  private static Set<BenefitLink> benefitLinks(String names) {
    Set<BenefitLink> links = EnumSet.noneOf(BenefitLink.class);
    Arrays.stream(names.split(","))
        .filter(n -> !n.isEmpty())
        .forEach(n -> links.add(BenefitLink.valueOf(n)));
    return links;
  }

  private static <T> List<T> rows(Connection c, String sql, Row<T> row, Object... args)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, args);
      try (ResultSet r = statement.executeQuery()) {
        while (r.next()) {
          rows.add(row.of(r));
        }
      }
    }
    return rows;
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, args);
      return statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
  }

  /** One transaction: all of it is stored, or — on any failure — none of it. */
  private <T> T run(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.in(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageFailed(e);
    }
  }

  private interface Row<T> {
    T of(ResultSet r) throws SQLException;
  }

  private interface Work<T> {
    T in(Connection c) throws SQLException;
  }

  /** The database refused or failed; nothing of that call was stored. */
  static final class StorageFailed extends RuntimeException {
    StorageFailed(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
// end::jdbc-projects[]

package org.sunshineledger.portal.fund;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.fund.FundChainViews.AllocationView;
import org.sunshineledger.portal.fund.FundChainViews.FlowsView;
import org.sunshineledger.portal.fund.ProjectQueries.ProjectFilter;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.LocalizedPages;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageDesignation;

/**
 * The fund chain's pages: the year's flows as a Sankey chart with its table, a township with its
 * blocks and projects, the project list, a project's lifecycle, funding and assets, and an asset's
 * rights, ledger and income distributions.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FundChainPages extends LocalizedPages {

  @Inject FundQueries fundQueries;
  @Inject ProjectQueries projectQueries;
  @Inject AssetQueries assetQueries;
  @Inject FlowQueries flowQueries;
  @Inject RegionService regions;
  @Inject org.sunshineledger.portal.registry.HouseholdDirectory households;

  /**
   * The year's flows.
   *
   * @param year the year, the first with funds when absent
   * @return the page
   */
  @GET
  @Path("flows")
  @Operation(hidden = true)
  public Response flows(@QueryParam("year") String year) {
    PageContext page = page("/flows" + (year == null ? "" : "?year=" + year));
    List<Integer> years = fundQueries.years();
    Integer chosen = Params.optionalInt("year", year, 2000, 2100);
    int y = chosen != null ? chosen : years.isEmpty() ? 2018 : years.get(0);
    FlowsView flows = flowQueries.flows(y);
    Map<String, String> labels = new HashMap<>();
    flows.nodes().forEach(n -> labels.put(n.key(), n.label()));
    List<TownshipRow> perPerson = townshipsPerPerson(y);
    Map<String, Object> model =
        Map.of(
            "flows",
            flows,
            "years",
            years,
            "labels",
            labels,
            "layout",
            SankeyLayout.of(flows, 900, 900),
            "perPerson",
            perPerson,
            "perPersonChart",
            org.sunshineledger.portal.page.BarChart.of(
                perPerson.stream().map(TownshipRow::name).toList(),
                perPerson.stream()
                    .map(
                        r ->
                            r.perPerson().isEmpty()
                                ? BigDecimal.ZERO
                                : new BigDecimal(r.perPerson()))
                    .toList(),
                perPerson.stream().map(TownshipRow::perPerson).toList()));
    return render("fund/flows", page, model);
  }

  /**
   * A township's share of a year's funds against its registered poor population.
   *
   * @param id the township
   * @param name its name
   * @param money its shares of the year's allocations, in yuan
   * @param registeredPersons its registered poor population
   * @param perPerson the money per registered person, in yuan, empty without any
   */
  public record TownshipRow(
      long id, String name, String money, long registeredPersons, String perPerson) {}

  /** Each township's shares of a year's allocations per registered poor person, in its order. */
  private List<TownshipRow> townshipsPerPerson(int year) {
    Map<Long, BigDecimal> money = new HashMap<>();
    for (AllocationView allocation : fundQueries.allocations(year, null, PageRequest.ALL).items()) {
      allocation
          .shares()
          .forEach(s -> money.merge(s.township(), new BigDecimal(s.amount()), BigDecimal::add));
    }
    District district = regions.places().district();
    var counts =
        households.countsOf(district.villages().stream().map(v -> v.id().value()).toList());
    List<TownshipRow> rows = new ArrayList<>();
    for (Township township : district.townships()) {
      long persons =
          district.villagesOf(township.id()).stream()
              .map(v -> counts.get(v.id().value()))
              .filter(java.util.Objects::nonNull)
              .mapToLong(c -> c.registeredPersons())
              .sum();
      BigDecimal m = money.getOrDefault(township.id().value(), BigDecimal.ZERO).setScale(2);
      rows.add(
          new TownshipRow(
              township.id().value(),
              township.name(),
              m.toPlainString(),
              persons,
              perPerson(m, persons)));
    }
    return rows;
  }

  /**
   * A township: its blocks, projects and villages.
   *
   * @param id the township
   * @return the page
   */
  @GET
  @Path("townships/{id}")
  @Operation(hidden = true)
  public Response township(@PathParam("id") String id, @QueryParam("sort") String sort) {
    long townshipId = Params.pathId("township", id);
    PageContext page = page("/townships/" + townshipId + (sort == null ? "" : "?sort=" + sort));
    District district = regions.places().district();
    Township township =
        district
            .township(new TownshipId(townshipId))
            .orElseThrow(() -> new UnknownResourceException("township", id));
    List<Map<String, Object>> shares = new ArrayList<>();
    for (AllocationView allocation :
        fundQueries.allocations(null, townshipId, PageRequest.ALL).items()) {
      allocation.shares().stream()
          .filter(s -> s.township() == townshipId)
          .forEach(
              s ->
                  shares.add(
                      Map.of(
                          "year",
                          allocation.year(),
                          "fundName",
                          allocation.fundName(),
                          "amount",
                          s.amount())));
    }
    var allProjects =
        projectQueries.projects(
            new ProjectFilter(townshipId, null, null, null, null), PageRequest.ALL);
    List<VillageRow> rows = villageRows(district, township, allProjects.items());
    String order = sort != null && VILLAGE_ORDERS.containsKey(sort) ? sort : "name";
    rows.sort(VILLAGE_ORDERS.get(order));
    BigDecimal blocks =
        shares.stream()
            .map(m -> new BigDecimal((String) m.get("amount")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long persons = rows.stream().mapToLong(VillageRow::registeredPersons).sum();
    Map<String, Object> model = new HashMap<>();
    model.put("township", township);
    model.put("villages", district.villagesOf(township.id()));
    model.put("keySupport", VillageDesignation.KEY_SUPPORT);
    model.put("shares", shares);
    model.put(
        "projects",
        projectQueries.projects(
            new ProjectFilter(townshipId, null, null, null, null), PageRequest.of(1, 200)));
    model.put("rows", rows);
    model.put("sort", order);
    model.put("blocksTotal", blocks.setScale(2).toPlainString());
    model.put("persons", persons);
    model.put("perPerson", perPerson(blocks, persons));
    return render("fund/township", page, model);
  }

  /**
   * The project list with filters, as a plain form.
   *
   * @param township the township filter
   * @param year the year filter
   * @param status the stage filter
   * @return the page
   */
  @GET
  @Path("projects")
  @Operation(hidden = true)
  public Response projects(
      @QueryParam("township") String township,
      @QueryParam("year") String year,
      @QueryParam("status") String status) {
    PageContext page = page("/projects");
    Long t = Params.optionalLong("township", township, 1, Long.MAX_VALUE);
    Integer y = Params.optionalInt("year", year, 2000, 2100);
    ProjectStage stage = Params.optionalEnum("status", status, ProjectStage.class);
    Map<String, Object> model = new HashMap<>();
    model.put("townships", regions.places().district().townships());
    model.put("years", fundQueries.years());
    model.put("stages", List.of(ProjectStage.values()));
    model.put("selectedTownship", t);
    model.put("selectedYear", y);
    model.put("selectedStage", stage == null ? "" : stage.name());
    model.put(
        "result",
        projectQueries.projects(
            new ProjectFilter(t, null, null, stage, y), PageRequest.of(1, 200)));
    List<StageRow> funnel =
        stageFunnel(
            projectQueries
                .projects(new ProjectFilter(t, null, null, null, y), PageRequest.ALL)
                .items(),
            s -> PageRenderer.message(page.language(), "stage." + s.name()));
    model.put("funnel", funnel);
    model.put(
        "funnelChart",
        org.sunshineledger.portal.page.BarChart.funnel(
            funnel.stream().map(StageRow::stageName).toList(),
            funnel.stream().map(r -> BigDecimal.valueOf(r.reached())).toList(),
            funnel.stream().map(r -> String.valueOf(r.reached())).toList()));
    return render("fund/projects", page, model);
  }

  /**
   * A stage of the projects' funnel.
   *
   * @param stage the stage
   * @param stageName its name
   * @param at the projects at this stage now
   * @param reached the projects at this stage or past it
   */
  public record StageRow(String stage, String stageName, long at, long reached) {}

  /** The projects at each stage and those that reached it, the first stage first. */
  static List<StageRow> stageFunnel(
      List<FundChainViews.ProjectSummary> projects,
      java.util.function.Function<ProjectStage, String> names) {
    ProjectStage[] stages = ProjectStage.values();
    long[] at = new long[stages.length];
    for (FundChainViews.ProjectSummary p : projects) {
      at[ProjectStage.valueOf(p.stage()).ordinal()]++;
    }
    List<StageRow> rows = new ArrayList<>();
    long reached = 0;
    for (int i = stages.length - 1; i >= 0; i--) {
      reached += at[i];
      rows.add(0, new StageRow(stages[i].name(), names.apply(stages[i]), at[i], reached));
    }
    return rows;
  }

  /**
   * A project page.
   *
   * @param id the project
   * @return the page
   */
  @GET
  @Path("projects/{id}")
  @Operation(hidden = true)
  public Response project(@PathParam("id") String id) {
    long projectId = Params.pathId("project", id);
    PageContext page = page("/projects/" + projectId);
    return render("fund/project", page, Map.of("p", projectQueries.project(projectId)));
  }

  /**
   * An asset page.
   *
   * @param id the asset
   * @return the page
   */
  @GET
  @Path("assets/{id}")
  @Operation(hidden = true)
  public Response asset(@PathParam("id") String id, @QueryParam("distributed") String distributed) {
    long assetId = Params.pathId("asset", id);
    PageContext page = page("/assets/" + assetId);
    return render(
        "fund/asset",
        page,
        Map.of("a", assetQueries.asset(assetId), "distributed", "1".equals(distributed)));
  }

  /**
   * An income distribution: what the asset earned in the period, the collective's part and the
   * households' shares with the weights of the policy, heads of household masked.
   *
   * @param id the distribution
   * @return the page
   */
  @GET
  @Path("distributions/{id}")
  @Operation(hidden = true)
  public Response distribution(@PathParam("id") String id) {
    long distributionId = Params.pathId("distribution", id);
    PageContext page = page("/distributions/" + distributionId);
    return render(
        "fund/distribution", page, Map.of("d", assetQueries.distribution(distributionId)));
  }

  /**
   * A village in its township's table.
   *
   * @param id the village
   * @param name its name
   * @param keySupport whether it is a key-support village
   * @param money the money drawn for its projects, in yuan (a project of several villages counts in
   *     each)
   * @param projects its projects
   * @param assets its assets
   * @param householdsLifted its households lifted out of poverty
   * @param registeredPersons its registered poor population
   * @param perPerson the money per registered person, in yuan, empty without any
   */
  public record VillageRow(
      long id,
      String name,
      boolean keySupport,
      BigDecimal money,
      int projects,
      int assets,
      long householdsLifted,
      long registeredPersons,
      String perPerson) {}

  /** The orders the township's table can be read in, by the name of the column. */
  static final Map<String, Comparator<VillageRow>> VILLAGE_ORDERS =
      Map.of(
          "name", Comparator.comparingLong(VillageRow::id),
          "money", Comparator.comparing(VillageRow::money).reversed(),
          "projects", Comparator.comparingInt(VillageRow::projects).reversed(),
          "assets", Comparator.comparingInt(VillageRow::assets).reversed(),
          "lifted", Comparator.comparingLong(VillageRow::householdsLifted).reversed(),
          "perPerson",
              Comparator.comparing(
                      (VillageRow r) ->
                          r.perPerson().isEmpty() ? BigDecimal.ZERO : new BigDecimal(r.perPerson()))
                  .reversed());

  private List<VillageRow> villageRows(
      District district, Township township, List<FundChainViews.ProjectSummary> projects) {
    List<org.sunshineledger.region.Village> villages = district.villagesOf(township.id());
    Map<String, Long> idByName = new HashMap<>();
    villages.forEach(v -> idByName.put(v.name(), v.id().value()));
    Map<Long, BigDecimal> money = new HashMap<>();
    Map<Long, Integer> projectCounts = new HashMap<>();
    for (FundChainViews.ProjectSummary p : projects) {
      for (String name : p.villages()) {
        Long village = idByName.get(name);
        if (village != null) {
          money.merge(village, new BigDecimal(p.allocated()), BigDecimal::add);
          projectCounts.merge(village, 1, Integer::sum);
        }
      }
    }
    var counts = households.countsOf(villages.stream().map(v -> v.id().value()).toList());
    Map<Long, Integer> assetCounts = assetQueries.countsByVillage();
    List<VillageRow> rows = new ArrayList<>();
    for (org.sunshineledger.region.Village v : villages) {
      long id = v.id().value();
      BigDecimal m = money.getOrDefault(id, BigDecimal.ZERO).setScale(2);
      var c =
          counts.getOrDefault(
              id, new org.sunshineledger.portal.registry.HouseholdDirectory.VillageCounts(0, 0));
      rows.add(
          new VillageRow(
              id,
              v.name(),
              v.is(VillageDesignation.KEY_SUPPORT),
              m,
              projectCounts.getOrDefault(id, 0),
              assetCounts.getOrDefault(id, 0),
              c.householdsLifted(),
              c.registeredPersons(),
              perPerson(m, c.registeredPersons())));
    }
    return rows;
  }

  /** Money per person to the fen, rounded half to even; empty without any person. */
  static String perPerson(BigDecimal money, long persons) {
    return persons == 0
        ? ""
        : money
            .divide(BigDecimal.valueOf(persons), 2, java.math.RoundingMode.HALF_EVEN)
            .toPlainString();
  }
}

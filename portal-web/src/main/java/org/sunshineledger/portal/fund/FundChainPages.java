package org.sunshineledger.portal.fund;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
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
    Map<String, Object> model =
        Map.of(
            "flows",
            flows,
            "years",
            years,
            "labels",
            labels,
            "layout",
            SankeyLayout.of(flows, 900, 900));
    return render("fund/flows", page, model);
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
  public Response township(@PathParam("id") String id) {
    long townshipId = Params.pathId("township", id);
    PageContext page = page("/townships/" + townshipId);
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
    Map<String, Object> model =
        Map.of(
            "township",
            township,
            "villages",
            district.villagesOf(township.id()),
            "keySupport",
            VillageDesignation.KEY_SUPPORT,
            "shares",
            shares,
            "projects",
            projectQueries.projects(
                new ProjectFilter(townshipId, null, null, null, null), PageRequest.of(1, 200)));
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
    return render("fund/projects", page, model);
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
}

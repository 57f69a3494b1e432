package org.sunshineledger.portal.fund;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.asset.AssetRights;
import org.sunshineledger.asset.Ownership;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.fund.FundChainViews.ProjectDetail;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.ConcurrentChangeException;
import org.sunshineledger.project.BenefitLink;
import org.sunshineledger.project.ProjectPlan;
import org.sunshineledger.project.ProjectScope;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/**
 * The township's forms for its projects: a project proposed into the reserve, its plan revised, and
 * on its work page (办理) each step of the lifecycle with its document, the mid-term inspection,
 * money drawn from a township block and paid out, and the asset it built registered and handed
 * over. Each form carries the project's version, so that a form sent after someone else changed the
 * project shows the project as it now is instead of overwriting it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ProjectForms extends SignedInForms {
  @Inject ProjectService service;
  @Inject ProjectQueries projects;
  @Inject FundQueries funds;
  @Inject AssetService assets;
  @Inject RegionService regions;

  /**
   * The form that proposes a project.
   *
   * @return the form, or the sign-in page
   */
  @GET
  @Path("projects/new")
  @Operation(hidden = true)
  public Response proposalForm() {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/projects/new");
    }
    List<Township> townships = writable(actor.get());
    Map<String, String> values = new HashMap<>();
    values.put("year", String.valueOf(java.time.LocalDate.now().getYear()));
    values.put("scope", ProjectScope.SINGLE_VILLAGE.name());
    values.put("lead", String.valueOf(townships.get(0).id().value()));
    return planPage(formPage("/projects/new"), actor.get(), null, values, null, 200);
  }

  /**
   * Proposes a project into the reserve.
   *
   * @param form the plan and the token
   * @return the project's work page, or the form again with its errors
   */
  @POST
  @Path("projects/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response propose(MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    writable(actor);
    PageContext page = formPage("/projects/new");
    FormInput in = input(form, page);
    ProjectPlan plan = plan(in);
    String documentRef = in.text("documentRef", 200);
    if (plan == null || !in.valid()) {
      return planPage(page, actor, in, Map.of(), null, 400);
    }
    try {
      long id = service.proposeProject(actor, plan, documentRef, Instant.now());
      return seeOther("/projects/" + id + "/work?done=proposed");
    } catch (DomainException refused) {
      return planPage(page, actor, in.refusedBy(refused, PLAN_FIELDS), Map.of(), null, 422);
    }
  }

  /**
   * The form that revises a project's plan before implementation starts.
   *
   * @param id the project
   * @return the form, or the sign-in page
   */
  @GET
  @Path("projects/{id}/plan")
  @Operation(hidden = true)
  public Response revisionForm(@PathParam("id") String id) {
    ProjectDetail project = projects.project(Params.projectId(id));
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/projects/" + project.summary().id() + "/plan");
    }
    requireWrite(actor.get(), project);
    return planPage(
        formPage("/projects/" + project.summary().id() + "/plan"),
        actor.get(),
        null,
        planValues(project),
        project,
        200);
  }

  /**
   * Revises a project's plan.
   *
   * @param id the project
   * @param form the plan, the version it was read at, and the token
   * @return the work page, or the form again with its errors or with the project as it now is
   */
  @POST
  @Path("projects/{id}/plan")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revise(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    ProjectDetail project = projects.project(Params.projectId(id));
    requireWrite(actor, project);
    long projectId = project.summary().id();
    PageContext page = formPage("/projects/" + projectId + "/plan");
    FormInput in = input(form, page);
    ProjectPlan plan = plan(in);
    String documentRef = in.text("documentRef", 200);
    Long version = in.whole("version", 0, Long.MAX_VALUE);
    if (plan == null || !in.valid()) {
      return planPage(page, actor, in, Map.of(), project, 400);
    }
    try {
      service.revisePlan(
          actor, projectId, plan, documentRef, OptionalLong.of(version), Instant.now());
      return seeOther("/projects/" + projectId + "/work?done=revised");
    } catch (ConcurrentChangeException stale) {
      return planPage(page, actor, changedMeanwhile(in, page, project), Map.of(), project, 409);
    } catch (DomainException refused) {
      return planPage(page, actor, in.refusedBy(refused, PLAN_FIELDS), Map.of(), project, 422);
    }
  }

  /**
   * A project's work page: its state and a form for each step that can be taken now.
   *
   * @param id the project
   * @param done the step just taken
   * @return the page, or the sign-in page
   */
  @GET
  @Path("projects/{id}/work")
  @Operation(hidden = true)
  public Response work(@PathParam("id") String id, @QueryParam("done") String done) {
    ProjectDetail project = projects.project(Params.projectId(id));
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/projects/" + project.summary().id() + "/work");
    }
    requireWrite(actor.get(), project);
    Map<String, Object> model = new HashMap<>();
    if (done != null && done.matches("[a-z]{1,20}")) {
      model.put("done", done);
    }
    return workPage(project, null, null, model, 200);
  }

  /**
   * Takes one step on a project: {@code step} names which, and the fields are that step's.
   *
   * @param id the project
   * @param form the step, its fields, the version the page was read at, and the token
   * @return the work page again after the step, or with the step's errors beside its fields
   */
  @POST
  @Path("projects/{id}/work")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response step(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    ProjectDetail project = projects.project(Params.projectId(id));
    requireWrite(actor, project);
    long projectId = project.summary().id();
    PageContext page = formPage("/projects/" + projectId + "/work");
    FormInput in = input(form, page);
    String step = in.raw("step");
    Long version = in.whole("version", 0, Long.MAX_VALUE);
    OptionalLong expected = version == null ? OptionalLong.empty() : OptionalLong.of(version);
    Instant now = Instant.now();
    try {
      Runnable write =
          switch (step == null ? "" : step) {
            case "transition" -> {
              ProjectStage to = in.choice("to", ProjectStage.class);
              String ref = in.text("documentRef", 200);
              yield () -> service.transition(actor, projectId, to, ref, expected, now);
            }
            case "inspection" -> {
              String findings = in.text("findings", 2000);
              String ref = in.text("inspectionRef", 200);
              yield () -> service.inspect(actor, projectId, findings, ref, expected, now);
            }
            case "funding" -> {
              Long block = in.whole("block", 1, Long.MAX_VALUE);
              Money amount = in.yuan("fundingAmount");
              yield () -> service.fund(actor, projectId, block, amount, expected);
            }
            case "disbursement" -> {
              Long block = in.whole("line", 1, Long.MAX_VALUE);
              Money amount = in.yuan("disbursementAmount");
              yield () -> service.disburse(actor, projectId, block, amount, expected);
            }
            case "asset" -> assetRegistration(in, actor, projectId, now);
            case "handover" -> {
              Long asset = in.whole("asset", 1, Long.MAX_VALUE);
              String custodian = in.text("custodian", 200);
              String person = in.text("personInCharge", 100);
              String ref = in.text("handoverRef", 200);
              yield () -> assets.handOver(actor, asset, custodian, person, ref, now);
            }
            default -> {
              in.refuse(FormErrors.FORM, "form.choose");
              yield () -> {};
            }
          };
      if (!in.valid()) {
        return workPage(project, step, in, Map.of(), 400);
      }
      write.run();
      return seeOther("/projects/" + projectId + "/work?done=" + step);
    } catch (ConcurrentChangeException stale) {
      ProjectDetail now2 = projects.project(projectId);
      return workPage(now2, step, changedMeanwhile(in, page, now2), Map.of(), 409);
    } catch (DomainException refused) {
      return workPage(project, step, in.refusedBy(refused, STEP_FIELDS), Map.of(), 422);
    }
  }

  private Runnable assetRegistration(FormInput in, Actor actor, long projectId, Instant now) {
    String name = in.text("assetName", 200);
    Money value = in.yuan("assetValue");
    String owner = in.raw("ownerKind");
    Ownership ownership = null;
    if ("household".equals(owner)) {
      Long household = in.whole("ownerHousehold", 1, Long.MAX_VALUE);
      ownership = household == null ? null : new Ownership.Household(new HouseholdId(household));
    } else if ("joint".equals(owner)) {
      ownership = jointOwnership(in);
    } else {
      Long village = in.whole("ownerVillage", 1, Long.MAX_VALUE);
      ownership = village == null ? null : new Ownership.Collective(new VillageId(village));
    }
    String incomeHolder = in.text("incomeHolder", 200);
    String beneficiaries = in.text("beneficiaries", 500);
    String supervisor = in.text("supervisor", 200);
    String ref = in.text("assetRef", 200);
    Ownership owners = ownership;
    return () ->
        assets.registerAsset(
            actor,
            projectId,
            name,
            new AssetRights(owners, Optional.empty(), incomeHolder, beneficiaries, supervisor),
            value,
            ref,
            now);
  }

  /** Villages' shares of a joint ownership, one {@code 村名 比例} per line. */
  private Ownership jointOwnership(FormInput in) {
    String typed = in.raw("ownerShares");
    if (typed == null) {
      return in.refuse("ownerShares", "form.required");
    }
    District district = regions.places().district();
    List<Ownership.Share> shares = new ArrayList<>();
    int line = 0;
    for (String row : typed.split("\\R")) {
      line++;
      String[] cells = row.strip().split("[\\s,，:：\\t]+");
      if (row.isBlank()) {
        continue;
      }
      Optional<Village> village =
          district.villages().stream().filter(v -> v.name().equals(cells[0])).findFirst();
      BigDecimal share = null;
      try {
        share = cells.length == 2 ? new BigDecimal(cells[1].replace("%", "")) : null;
      } catch (NumberFormatException notANumber) {
        share = null;
      }
      if (village.isEmpty() || share == null) {
        return in.refuse("ownerShares", "project.sharesLine", line, row.strip());
      }
      shares.add(
          new Ownership.Share(
              village.get().id(), cells[1].endsWith("%") ? share.movePointLeft(2) : share));
    }
    return new Ownership.Joint(shares);
  }

  /** The fields where the page places the refusals of a plan that name no field. */
  private static final Map<String, String> PLAN_FIELDS =
      Map.of(
          "project.scope-places", "villages",
          "project.investment-negative", "plannedInvestment",
          "project.text", "name",
          "project.plan-frozen", FormErrors.FORM);

  /** The fields where the page places the refusals of a step. */
  private static final Map<String, String> STEP_FIELDS =
      Map.ofEntries(
          Map.entry("project.block-township", "block"),
          Map.entry("fund.block-balance-exceeded", "fundingAmount"),
          Map.entry("fund.commitment-not-positive", "fundingAmount"),
          Map.entry("project.funding-stage", "fundingAmount"),
          Map.entry("project.disbursement-exceeds-allocation", "disbursementAmount"),
          Map.entry("project.disbursement-not-positive", "disbursementAmount"),
          Map.entry("project.disbursement-stage", "disbursementAmount"),
          Map.entry("project.no-such-line", "line"),
          Map.entry("project.inspection-stage", "findings"),
          Map.entry("project.unfunded", "to"),
          Map.entry("asset.project-not-accepted", "assetName"),
          Map.entry("asset.value-negative", "assetValue"),
          Map.entry("asset.joint-shares", "ownerShares"),
          Map.entry("asset.unknown-household", "ownerHousehold"),
          Map.entry("asset.unknown-village", "ownerVillage"),
          Map.entry("asset.already-handed-over", "asset"));

  private ProjectPlan plan(FormInput in) {
    District district = regions.places().district();
    String name = in.text("name", 200);
    String description = in.text("description", 2000);
    ProjectType type = in.choice("type", ProjectType.class);
    ProjectScope scope = in.choice("scope", ProjectScope.class);
    Long lead = in.whole("lead", 1, Long.MAX_VALUE);
    List<TownshipId> townships = new ArrayList<>();
    if (lead != null) {
      townships.add(new TownshipId(lead));
    }
    for (String other : in.all("townships")) {
      if (other.matches("\\d{1,9}") && (lead == null || Long.parseLong(other) != lead)) {
        townships.add(new TownshipId(Long.parseLong(other)));
      }
    }
    List<VillageId> villages = new ArrayList<>();
    for (String village : in.all("villages")) {
      if (village.matches("\\d{1,9}")) {
        villages.add(new VillageId(Long.parseLong(village)));
      }
    }
    Long year = in.whole("year", 2000, 2100);
    Money investment = in.yuan("plannedInvestment");
    String unit = in.text("implementingUnit", 200);
    Set<BenefitLink> links = EnumSet.noneOf(BenefitLink.class);
    for (String link : in.all("benefitLinks")) {
      for (BenefitLink known : BenefitLink.values()) {
        if (known.name().equals(link)) {
          links.add(known);
        }
      }
    }
    if (!in.valid()) {
      return null;
    }
    if (district.township(townships.get(0)).isEmpty()) {
      return in.refuse("lead", "form.choose");
    }
    try {
      return new ProjectPlan(
          name,
          description,
          type,
          scope,
          townships,
          villages,
          Year.of(year.intValue()),
          investment,
          unit,
          links);
    } catch (DomainException refused) {
      in.refusedBy(refused, PLAN_FIELDS);
      return null;
    }
  }

  private static Map<String, String> planValues(ProjectDetail project) {
    Map<String, String> values = new HashMap<>();
    var s = project.summary();
    values.put("name", s.name());
    values.put("description", project.description());
    values.put("type", s.type());
    values.put("scope", s.scope());
    values.put("lead", String.valueOf(s.leadTownship()));
    values.put("year", String.valueOf(s.year()));
    values.put("plannedInvestment", s.plannedInvestment());
    values.put("implementingUnit", project.implementingUnit());
    values.put("version", String.valueOf(project.version()));
    return values;
  }

  private Response planPage(
      PageContext page,
      Actor actor,
      FormInput in,
      Map<String, String> values,
      ProjectDetail project,
      int status) {
    District district = regions.places().district();
    Map<String, Object> model = new HashMap<>();
    List<Township> writable = writable(actor);
    model.put("leads", writable);
    model.put("townships", district.townships());
    // the actor's townships first (open), then the others, for projects of several townships
    Map<String, List<Village>> villages = new LinkedHashMap<>();
    for (Township t : writable) {
      villages.put(t.name(), district.villagesOf(t.id()));
    }
    for (Township t : district.townships()) {
      villages.putIfAbsent(t.name(), district.villagesOf(t.id()));
    }
    model.put("villagesByTownship", villages);
    model.put("types", ProjectType.values());
    model.put("scopes", ProjectScope.values());
    model.put("links", BenefitLink.values());
    List<String> checkedVillages =
        in != null
            ? in.all("villages")
            : project == null
                ? List.of()
                : project.villageRefs().stream().map(v -> String.valueOf(v.id())).toList();
    List<String> checkedTownships =
        in != null
            ? in.all("townships")
            : project == null
                ? List.of()
                : project.townships().stream().map(t -> String.valueOf(t.id())).toList();
    List<String> checkedLinks =
        in != null
            ? in.all("benefitLinks")
            : project == null ? List.of() : linkNames(project.benefitLinks());
    model.put("checkedVillages", checkedVillages);
    model.put("checkedTownships", checkedTownships);
    model.put("checkedLinks", checkedLinks);
    model.put("project", project);
    return form("fund/plan", page, in, values, model, status);
  }

  /** The benefit links' names from the project's Chinese labels. */
  private static List<String> linkNames(List<String> labels) {
    List<String> names = new ArrayList<>();
    for (BenefitLink link : BenefitLink.values()) {
      if (labels.contains(link.chineseName()) || labels.contains(link.name())) {
        names.add(link.name());
      }
    }
    return names;
  }

  private Response workPage(
      ProjectDetail project, String step, FormInput in, Map<String, Object> extra, int status) {
    PageContext page = formPage("/projects/" + project.summary().id() + "/work");
    ProjectStage stage = ProjectStage.valueOf(project.summary().stage());
    Map<String, Object> model = new HashMap<>(extra);
    model.put("p", project);
    model.put("step", step);
    model.put(
        "nextStages",
        java.util.Arrays.stream(ProjectStage.values()).filter(stage::mayMoveTo).toList());
    model.put("implementing", stage == ProjectStage.IMPLEMENTATION);
    model.put("fundable", !stage.hasReached(ProjectStage.COMPLETION_ACCEPTED));
    model.put("blocks", funds.blocksWithBalance(project.summary().leadTownship()));
    model.put("accepted", stage.hasReached(ProjectStage.COMPLETION_ACCEPTED));
    model.put("villages", project.villageRefs());
    model.put("toHandOver", project.assets().stream().filter(a -> !a.handedOver()).toList());
    return form("fund/work", page, in, Map.of(), model, status);
  }

  private FormInput changedMeanwhile(FormInput in, PageContext page, ProjectDetail now) {
    in.refuse(
        FormErrors.FORM,
        "project.changedMeanwhile",
        PageRenderer.message(page.language(), "stage." + now.summary().stage()),
        now.summary().allocated(),
        now.summary().disbursed());
    return in;
  }

  private List<Township> writable(Actor actor) {
    List<Township> townships =
        regions.places().district().townships().stream()
            .filter(t -> actor.mayWriteTo(t.id()))
            .toList();
    if (townships.isEmpty()) {
      throw new AccessDeniedException(actor.username() + " may not propose projects");
    }
    return townships;
  }

  private static void requireWrite(Actor actor, ProjectDetail project) {
    if (!actor.mayWriteTo(new TownshipId(project.summary().leadTownship()))) {
      throw new AccessDeniedException(
          actor.username() + " may not change project " + project.summary().id());
    }
  }

  /** The project's id in a page's address. */
  private static final class Params {
    static long projectId(String id) {
      return org.sunshineledger.portal.http.Params.pathId("project", id);
    }
  }
}

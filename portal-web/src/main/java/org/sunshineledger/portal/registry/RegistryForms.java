package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.FormErrors;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.RegistryViews.HouseholdDetail;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.ExitRefusedException;
import org.sunshineledger.registry.Guarantee;
import org.sunshineledger.registry.GuaranteeCheck;
import org.sunshineledger.registry.RiskEvent;

/**
 * The forms of a household's page (officials of its village, its township, the district admin): the
 * year's income, a guarantee checked, a risk event, exit — with every condition it still fails
 * shown on the page before it is sent, and again beside the form when refused — end of policy,
 * return to poverty and the city mark. Each form posts one step and comes back to the page.
 */
@Path("/registry")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class RegistryForms extends SignedInForms {
  @Inject RegistryService service;
  @Inject RegistryQueries queries;
  @Inject RegionService regions;

  /**
   * Records one step on a household ({@code step} names it: income, guarantee, risk, exit,
   * endPolicy, return, cityMark).
   *
   * @param id the household
   * @param form the step's fields and the token
   * @return the household's page after the step, or with the step's errors beside its fields
   */
  @POST
  @Path("households/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response step(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    long household = Params.pathId("household", id);
    HouseholdDetail detail = queries.household(actor, household);
    requireWrite(actor, detail);
    PageContext page = formPage("/registry/households/" + household);
    FormInput in = input(form, page);
    String step = in.raw("step");
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    try {
      Runnable write =
          switch (step == null ? "" : step) {
            case "income" -> {
              Long year = in.whole("incomeYear", 2000, 2100);
              Money perCapita = in.yuan("perCapita");
              yield () ->
                  service.recordIncome(actor, household, Year.of(year.intValue()), perCapita);
            }
            case "guarantee" -> {
              Guarantee guarantee = in.choice("guarantee", Guarantee.class);
              String evidence = in.text("evidence", 400);
              LocalDate on = in.date("checkedOn");
              boolean met = in.ticked("met");
              yield () ->
                  service.recordGuarantee(
                      actor, household, new GuaranteeCheck(guarantee, met, evidence, on));
            }
            case "risk" -> {
              RiskEvent.Kind kind = in.choice("riskKind", RiskEvent.Kind.class);
              LocalDate on = in.date("riskOn");
              Money cost = in.yuan("riskCost");
              String description = in.text("riskDescription", 400);
              yield () ->
                  service.recordRiskEvent(
                      actor, household, new RiskEvent(kind, on, cost, description));
            }
            case "exit" -> {
              Long year = in.whole("exitYear", 2000, 2100);
              String reason = in.text("exitReason", 400);
              yield () -> service.exit(actor, household, Year.of(year.intValue()), reason, today);
            }
            case "endPolicy" -> {
              Long year = in.whole("endYear", 2000, 2100);
              String reason = in.text("endReason", 400);
              boolean above = in.ticked("plainlyAbove");
              yield () ->
                  service.endPolicy(
                      actor, household, Year.of(year.intValue()), above, reason, today);
            }
            case "return" -> {
              String reason = in.text("returnReason", 400);
              yield () -> service.returnToPoverty(actor, household, reason, today);
            }
            case "renovation" -> {
              Long house = in.whole("house", 1, Long.MAX_VALUE);
              RegistryService.RenovationStep next =
                  in.choice("renovationStep", RegistryService.RenovationStep.class);
              boolean accept = next == RegistryService.RenovationStep.ACCEPT;
              LocalDate on = accept ? in.date("renovationOn") : today;
              String ref = accept ? in.text("acceptanceRef", 200) : null;
              yield () -> service.renovation(actor, house, next, on, ref);
            }
            case "cityMark" -> {
              String reason = in.text("cityReason", 400);
              yield () -> service.markCity(actor, household, reason, today);
            }
            default -> {
              in.refuse(FormErrors.FORM, "form.choose");
              yield () -> {};
            }
          };
      if (!in.valid()) {
        return page(actor, household, step, in, 400);
      }
      write.run();
      return seeOther("/registry/households/" + household + "?done=" + step);
    } catch (ExitRefusedException refused) {
      StringBuilder failures = new StringBuilder();
      refused.failures().forEach(f -> failures.append(f.description()).append("；"));
      in.refuse("exitYear", "registry.exitRefused", failures.toString());
      return page(actor, household, step, in, 422);
    } catch (DomainException refused) {
      return page(actor, household, step, in.refusedBy(refused, FIELDS), 422);
    } catch (org.sunshineledger.portal.shared.UnknownResourceException unknown) {
      in.refuse(FormErrors.FORM, "form.choose");
      return page(actor, household, step, in, 422);
    }
  }

  /** Where the page places the refusals that name no field. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "registry.income-negative", "perCapita",
          "registry.no-poverty-line", "incomeYear",
          "registry.illegal-status-change", FormErrors.FORM,
          "registry.policy-still-needed", "endYear",
          "registry.unsafe-house-state", "renovationStep");

  /**
   * The model of the household's page with its forms, for the page and for a form sent back.
   *
   * @param detail the household
   * @param actor who reads it
   * @param regions the district's places
   * @param queries the registry's reads, for its unsafe-house records
   * @return the model's variables
   */
  static Map<String, Object> model(
      HouseholdDetail detail, Actor actor, RegionService regions, RegistryQueries queries) {
    Map<String, Object> model = new HashMap<>();
    model.put(
        "houses",
        queries.unsafeHouses(actor, null).stream()
            .filter(u -> u.household() == detail.summary().id())
            .toList());
    model.put("h", detail);
    model.put("mayWrite", mayWrite(actor, detail, regions));
    model.put("guaranteeKinds", List.of(Guarantee.values()));
    model.put("riskKinds", List.of(RiskEvent.Kind.values()));
    return model;
  }

  private Response page(Actor actor, long household, String step, FormInput in, int status) {
    Map<String, Object> model = model(queries.household(actor, household), actor, regions, queries);
    model.put("step", step);
    return form(
        "registry/household",
        formPage("/registry/households/" + household),
        in,
        Map.of(),
        model,
        status);
  }

  private static boolean mayWrite(Actor actor, HouseholdDetail detail, RegionService regions) {
    return regions
        .places()
        .district()
        .village(new VillageId(detail.summary().village()))
        .map(actor::mayWriteTo)
        .orElse(false);
  }

  private void requireWrite(Actor actor, HouseholdDetail detail) {
    if (!mayWrite(actor, detail, regions)) {
      throw new AccessDeniedException(
          actor.username() + " may not change household " + detail.summary().id());
    }
  }
}

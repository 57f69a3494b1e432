package org.sunshineledger.portal.fund;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.DistrictBudgetPolicy;
import org.sunshineledger.fund.FactorAllocation;
import org.sunshineledger.fund.FactorAllocationPolicy;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.fund.TownshipFactors;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.fund.FundChainViews.AllocationView;
import org.sunshineledger.portal.fund.FundChainViews.FundView;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.region.Township;

/**
 * The district admin's forms for the funds: a year's appropriation, and its factor allocation into
 * township blocks, previewed to the fen before it is confirmed. Both call {@link FundService}, the
 * same as the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FundForms extends SignedInForms {
  /** The factors in the order of the form's columns. */
  static final List<AllocationFactor> FACTORS = List.of(AllocationFactor.values());

  @Inject FundService service;
  @Inject FundQueries queries;
  @Inject RegionService regions;

  /**
   * The form for a year's appropriation.
   *
   * @return the form, or the sign-in page
   */
  @GET
  @Path("funds/new")
  @Operation(hidden = true)
  public Response fundForm() {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/funds/new");
    }
    requireDistrictAdmin(actor.get());
    Map<String, String> values = new HashMap<>();
    values.put("year", String.valueOf(java.time.LocalDate.now().getYear()));
    return fundPage(formPage("/funds/new"), null, values, 200);
  }

  /**
   * Records a year's appropriation, then leads on to its allocation.
   *
   * @param form the fields and the token
   * @return the allocation form for the new fund, or the form again with its errors
   */
  @POST
  @Path("funds/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response recordFund(MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    requireDistrictAdmin(actor);
    PageContext page = formPage("/funds/new");
    FormInput in = input(form, page);
    FundSourceKind source = in.choice("source", FundSourceKind.class);
    String name = in.text("name", 200);
    Long year = in.whole("year", 2000, 2100);
    Money amount = in.yuan("amount");
    String documentRef = in.text("documentRef", 200);
    if (!in.valid()) {
      return fundPage(page, in, Map.of(), 400);
    }
    try {
      long id =
          service.createFund(
              actor, source, name, Year.of(year.intValue()), amount, documentRef, Instant.now());
      return seeOther("/allocations/new?fund=" + id + "&recorded=1");
    } catch (DomainException refused) {
      return fundPage(
          page,
          in.refusedBy(
              refused,
              Map.of(DistrictBudgetPolicy.RULE, "amount", "fund.amount-not-positive", "amount")),
          Map.of(),
          422);
    }
  }

  /**
   * The form that cuts a fund into township blocks by the factor method.
   *
   * @param fund the fund, chosen in the form when absent
   * @param recorded whether the fund was just recorded
   * @return the form, or the sign-in page
   */
  @GET
  @Path("allocations/new")
  @Operation(hidden = true)
  public Response allocationForm(
      @QueryParam("fund") String fund, @QueryParam("recorded") String recorded) {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/allocations/new" + (fund == null ? "" : "?fund=" + fund));
    }
    requireDistrictAdmin(actor.get());
    Map<String, String> values = lastFactors();
    FactorAllocationPolicy.DEMO
        .weights()
        .forEach((factor, weight) -> values.put("w." + factor.name(), weight.toPlainString()));
    if (fund != null) {
      values.put("fund", fund);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("recorded", "1".equals(recorded));
    return allocationPage(formPage("/allocations/new"), null, values, model, 200);
  }

  /**
   * Previews or confirms an allocation: {@code action=preview} shows the split to the fen and
   * stores nothing; {@code action=confirm} allocates the same figures.
   *
   * @param form the fund, amount, weights, factor table (or pasted table), document and token
   * @return the preview, the flows of the fund's year once confirmed, or the form with its errors
   */
  @POST
  @Path("allocations/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response allocate(MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    requireDistrictAdmin(actor);
    PageContext page = formPage("/allocations/new");
    FormInput in = input(form, page);
    Long fund = in.whole("fund", 1, Long.MAX_VALUE);
    Money amount = in.optionalYuan("amount");
    Map<AllocationFactor, BigDecimal> weights = new EnumMap<>(AllocationFactor.class);
    for (AllocationFactor factor : FACTORS) {
      BigDecimal weight = in.optionalDecimal("w." + factor.name());
      if (weight != null) {
        weights.put(factor, weight);
      }
    }
    List<TownshipFactors> townships = factorTable(in);
    boolean confirm = "confirm".equals(in.raw("action"));
    in.optionalText("documentRef", 200);
    if (!in.valid()) {
      return allocationPage(page, in, Map.of(), Map.of(), 400);
    }
    try {
      FactorAllocationPolicy policy = new FactorAllocationPolicy(weights);
      FactorAllocation split = service.previewAllocation(actor, fund, amount, policy, townships);
      // what was typed and what it came to: a confirmation allocates exactly what was shown
      String digest =
          FormInput.digest(in.digestExcept("action", "previewed", "documentRef") + preview(split));
      boolean previewed = digest.equals(in.raw("previewed"));
      if (confirm && previewed) {
        String documentRef = in.text("documentRef", 200);
        if (documentRef != null) {
          service.allocate(actor, fund, amount, policy, townships, documentRef, Instant.now());
          return seeOther("/flows?year=" + yearOf(fund));
        }
      }
      Map<String, Object> model = new HashMap<>();
      model.put("preview", preview(split));
      model.put("digest", digest);
      model.put("changed", confirm && !previewed);
      return allocationPage(page, in, Map.of(), model, !in.valid() ? 400 : confirm ? 409 : 200);
    } catch (DomainException refused) {
      return allocationPage(page, in.refusedBy(refused), Map.of(), Map.of(), 422);
    } catch (org.sunshineledger.portal.shared.UnknownResourceException unknown) {
      return allocationPage(page, in.refuse("fund", "form.choose"), Map.of(), Map.of(), 422);
    }
  }

  private int yearOf(long fund) {
    return queries.funds(null, PageRequest.ALL).items().stream()
        .filter(f -> f.id() == fund)
        .findFirst()
        .map(FundView::year)
        .orElse(java.time.LocalDate.now().getYear());
  }

  /**
   * The factor table as sent: a pasted table (from Excel or WPS: township name, then the four
   * factors, separated by tabs, commas or spaces) when one is given, else the table's fields.
   */
  private List<TownshipFactors> factorTable(FormInput in) {
    String pasted = in.raw("pasted");
    List<TownshipFactors> table = new ArrayList<>();
    if (pasted != null) {
      int line = 0;
      for (String row : pasted.split("\\R")) {
        line++;
        String[] cells = row.strip().split("\\s*[\\t,，]\\s*|\\s{2,}|\\s+(?=[0-9０-９.])");
        if (row.isBlank() || cells.length < 2) {
          continue;
        }
        Optional<Township> township = townshipNamed(cells[0].strip());
        if (township.isEmpty()) {
          if (line == 1) {
            continue; // the header row
          }
          in.refuse("pasted", "fund.pastedTownship", line, cells[0].strip());
          continue;
        }
        Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
        for (int i = 0; i < FACTORS.size() && i + 1 < cells.length; i++) {
          BigDecimal value = FormInput.number(cells[i + 1]);
          if (value == null) {
            in.refuse("pasted", "fund.pastedNumber", line, cells[i + 1]);
          } else {
            values.put(FACTORS.get(i), value);
          }
        }
        factors(in, "pasted", township.get(), values).ifPresent(table::add);
      }
      if (table.isEmpty() && in.valid()) {
        in.refuse("pasted", "fund.pastedEmpty");
      }
      return table;
    }
    for (Township township : regions.places().district().townships()) {
      Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
      for (AllocationFactor factor : FACTORS) {
        BigDecimal value = in.optionalDecimal(cell(township.id().value(), factor));
        if (value != null) {
          values.put(factor, value);
        }
      }
      if (!values.isEmpty()) {
        factors(in, cell(township.id().value(), FACTORS.get(0)), township, values)
            .ifPresent(table::add);
      }
    }
    return table;
  }

  /** A township's factors, or the rule they break beside the field they came from. */
  private static Optional<TownshipFactors> factors(
      FormInput in, String field, Township township, Map<AllocationFactor, BigDecimal> values) {
    try {
      return Optional.of(new TownshipFactors(township.id(), values));
    } catch (DomainException refused) {
      in.refusedBy(refused, Map.of(refused.rule(), field));
      return Optional.empty();
    }
  }

  private Optional<Township> townshipNamed(String name) {
    return regions.places().district().townships().stream()
        .filter(t -> t.name().equals(name) || String.valueOf(t.id().value()).equals(name))
        .findFirst();
  }

  /** The name of a cell of the factor table: {@code t<township>.<FACTOR>}. */
  static String cell(long township, AllocationFactor factor) {
    return "t" + township + "." + factor.name();
  }

  /** The factor table of the latest allocation, to start from. */
  private Map<String, String> lastFactors() {
    Map<String, String> values = new HashMap<>();
    List<AllocationView> all = queries.allocations(null, null, PageRequest.ALL).items();
    if (!all.isEmpty()) {
      for (var share : all.get(all.size() - 1).shares()) {
        values.put(
            cell(share.township(), AllocationFactor.POOR_POPULATION), share.poorPopulation());
        values.put(cell(share.township(), AllocationFactor.KEY_VILLAGES), share.keyVillages());
        values.put(cell(share.township(), AllocationFactor.FOCUS_TOWNSHIP), share.focusTownship());
        values.put(
            cell(share.township(), AllocationFactor.ASSESSMENT_SCORE), share.assessmentScore());
      }
    }
    return values;
  }

  /**
   * The split shown before it is confirmed.
   *
   * @param amount the amount split
   * @param total the sum of the blocks, which equals it to the fen
   * @param rows one per township
   */
  public record Preview(String amount, String total, boolean exact, List<PreviewRow> rows) {}

  /**
   * A township's block in the preview.
   *
   * @param township its name
   * @param share its share
   * @param amount its block
   */
  public record PreviewRow(String township, String share, String amount) {}

  private Preview preview(FactorAllocation split) {
    var district = regions.places().district();
    List<PreviewRow> rows = new ArrayList<>();
    Money total = Money.zero();
    for (FactorAllocation.TownshipShare share : split.shares()) {
      total = total.plus(share.amount());
      rows.add(
          new PreviewRow(
              district.township(share.factors().township()).map(Township::name).orElse("?"),
              share.share().stripTrailingZeros().toPlainString(),
              share.amount().toDecimal().toPlainString()));
    }
    return new Preview(
        split.amount().toDecimal().toPlainString(),
        total.toDecimal().toPlainString(),
        total.equals(split.amount()),
        rows);
  }

  private Response fundPage(
      PageContext page, FormInput in, Map<String, String> values, int status) {
    Map<String, Object> model = new HashMap<>();
    model.put("sources", FundSourceKind.values());
    return form("fund/new-fund", page, in, values, model, status);
  }

  private Response allocationPage(
      PageContext page,
      FormInput in,
      Map<String, String> values,
      Map<String, Object> extra,
      int status) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put(
        "funds",
        queries.funds(null, PageRequest.ALL).items().stream()
            .filter(f -> new BigDecimal(f.unallocated()).signum() > 0)
            .toList());
    model.put("townships", regions.places().district().townships());
    model.put("factors", FACTORS);
    Map<String, String> cells = new LinkedHashMap<>();
    for (Township t : regions.places().district().townships()) {
      for (AllocationFactor f : FACTORS) {
        cells.put(t.id().value() + "." + f.name(), cell(t.id().value(), f));
      }
    }
    model.put("cells", cells);
    return form("fund/allocate", page, in, values, model, status);
  }

  private static void requireDistrictAdmin(Actor actor) {
    if (actor.role() != Role.DISTRICT_ADMIN) {
      throw new AccessDeniedException(actor.username() + " may not plan or allocate funds");
    }
  }
}

package org.sunshineledger.portal.fund;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.CollectiveFund;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.income.Payout;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.fund.FundChainViews.AssetDetail;
import org.sunshineledger.portal.fund.FundChainViews.AssetSummary;
import org.sunshineledger.portal.page.FormInput;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.registry.HouseholdDirectory.BeneficiaryCard;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.region.Village;
import org.sunshineledger.registry.HouseholdId;

/**
 * The village's form that shares an asset's income (收益分配): the income and the collective's part,
 * the households of the owning villages from the registry (still poor or lifted out with policy),
 * with their labour, their old, weak, sick or disabled members and their work days; each
 * household's payout previewed to the fen with the policy's weights, then confirmed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class AssetForms extends SignedInForms {
  @Inject AssetService service;
  @Inject AssetQueries assets;
  @Inject HouseholdDirectory households;
  @Inject RegionService regions;

  /**
   * The assets whose income the actor may share.
   *
   * @return the list, or the sign-in page
   */
  @GET
  @Path("distributions/new")
  @Operation(hidden = true)
  public Response choose() {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/distributions/new");
    }
    List<Village> villages =
        regions.places().district().villages().stream()
            .filter(actor.get()::mayWriteTo)
            .limit(60)
            .toList();
    List<AssetSummary> list = new ArrayList<>();
    for (Village village : villages) {
      list.addAll(assets.assets(village.id().value(), PageRequest.ALL).items());
    }
    Map<String, Object> model = new HashMap<>();
    model.put(
        "assets",
        list.stream()
            .filter(AssetSummary::handedOver)
            .distinct()
            .filter(a -> mayShare(actor.get(), assets.asset(a.id())))
            .toList());
    return form("fund/choose-asset", formPage("/distributions/new"), null, Map.of(), model, 200);
  }

  /**
   * The distribution form of an asset.
   *
   * @param id the asset
   * @return the form, or the sign-in page
   */
  @GET
  @Path("assets/{id}/distribute")
  @Operation(hidden = true)
  public Response distributionForm(@PathParam("id") String id) {
    AssetDetail asset = assets.asset(org.sunshineledger.portal.http.Params.pathId("asset", id));
    long assetId = asset.summary().id();
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/assets/" + assetId + "/distribute");
    }
    requireWrite(actor.get(), asset);
    int year = LocalDate.now().getYear() - 1;
    Map<String, String> values = new HashMap<>();
    values.put("periodFrom", year + "-01-01");
    values.put("periodTo", year + "-12-31");
    DistributionPolicy policy = DistributionPolicy.DEMO;
    values.put("collectiveShare", policy.collectiveShare().toPlainString());
    values.put("collectiveFund", policy.collectiveFund().name());
    values.put("noLabourWeight", policy.noLabourWeight().toPlainString());
    values.put("vulnerableMemberWeight", policy.vulnerableMemberWeight().toPlainString());
    values.put("workDayWeight", policy.workDayWeight().toPlainString());
    List<BeneficiaryCard> cards = cards(asset, Year.of(year));
    for (BeneficiaryCard card : cards) {
      values.put("b." + card.id(), "on");
      if (card.labourAble()) {
        values.put("l." + card.id(), "on");
      }
      values.put("v." + card.id(), String.valueOf(card.vulnerableMembers()));
      values.put("d." + card.id(), "0");
    }
    return page(asset, cards, null, values, Map.of(), 200);
  }

  /**
   * Previews or confirms a distribution: {@code action=preview} shows every payout and stores
   * nothing; {@code action=confirm} distributes exactly what was previewed.
   *
   * @param id the asset
   * @param form the period, income, policy, households, decision and token
   * @return the preview, the asset's page once confirmed, or the form with its errors
   */
  @POST
  @Path("assets/{id}/distribute")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response distribute(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Actor actor = formActor(form);
    AssetDetail asset = assets.asset(org.sunshineledger.portal.http.Params.pathId("asset", id));
    requireWrite(actor, asset);
    long assetId = asset.summary().id();
    PageContext page = formPage("/assets/" + assetId + "/distribute");
    FormInput in = input(form, page);
    LocalDate from = in.date("periodFrom");
    LocalDate to = in.date("periodTo");
    Money income = in.yuan("income");
    BigDecimal share = required(in, "collectiveShare");
    CollectiveFund fund = in.choice("collectiveFund", CollectiveFund.class);
    BigDecimal noLabour = required(in, "noLabourWeight");
    BigDecimal vulnerable = required(in, "vulnerableMemberWeight");
    BigDecimal workDay = required(in, "workDayWeight");
    List<BeneficiaryCard> cards = cards(asset, Year.of(from == null ? 2000 : from.getYear()));
    List<Beneficiary> beneficiaries = new ArrayList<>();
    for (BeneficiaryCard card : cards) {
      if (!in.ticked("b." + card.id())) {
        continue;
      }
      Long members = in.whole("v." + card.id(), 0, 50);
      String daysField = "d." + card.id();
      Long days = in.raw(daysField) == null ? Long.valueOf(0) : in.whole(daysField, 0, 366);
      if (members != null && days != null) {
        beneficiaries.add(
            new Beneficiary(
                new HouseholdId(card.id()),
                in.ticked("l." + card.id()),
                members.intValue(),
                days.intValue()));
      }
    }
    boolean confirm = "confirm".equals(in.raw("action"));
    in.optionalText("documentRef", 200);
    if (!in.valid()) {
      return page(asset, cards, in, Map.of(), Map.of(), 400);
    }
    try {
      DistributionPolicy policy =
          new DistributionPolicy(share, fund, noLabour, vulnerable, workDay);
      IncomePeriod period = new IncomePeriod(from, to);
      Distribution preview =
          service.previewDistribution(actor, assetId, period, income, policy, beneficiaries);
      // what was typed and what it came to: a confirmation shares exactly what was shown
      String digest =
          FormInput.digest(
              in.digestExcept("action", "previewed", "documentRef") + preview(preview, cards));
      boolean previewed = digest.equals(in.raw("previewed"));
      if (confirm && previewed) {
        String documentRef = in.text("documentRef", 200);
        if (documentRef != null) {
          service.distribute(
              actor, assetId, period, income, policy, beneficiaries, documentRef, Instant.now());
          return seeOther("/assets/" + assetId + "?distributed=1");
        }
      }
      Map<String, Object> model = new HashMap<>();
      model.put("preview", preview(preview, cards));
      model.put("digest", digest);
      model.put("changed", confirm && !previewed);
      return page(asset, cards, in, Map.of(), model, !in.valid() ? 400 : confirm ? 409 : 200);
    } catch (DomainException refused) {
      return page(asset, cards, in.refusedBy(refused, FIELDS), Map.of(), Map.of(), 422);
    }
  }

  /** Where the page places the refusals that name no field. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "income.period", "periodTo",
          "income.negative", "income",
          "income.policy", "collectiveShare",
          "income.no-eligible-household", "beneficiaries",
          "income.beneficiary-counts", "beneficiaries",
          "income.duplicate-household", "beneficiaries");

  private static BigDecimal required(FormInput in, String name) {
    BigDecimal value = in.optionalDecimal(name);
    return value == null && in.raw(name) == null ? in.refuse(name, "form.required") : value;
  }

  /**
   * The preview of a distribution.
   *
   * @param income the income
   * @param collectivePart the collective's part
   * @param householdPart the households' part
   * @param total the sum of the payouts, equal to the households' part to the fen
   * @param rows one per household
   */
  public record Preview(
      String income, String collectivePart, String householdPart, String total, List<Row> rows) {}

  /**
   * A household's payout in the preview.
   *
   * @param household the household's number
   * @param name its head, masked
   * @param weight its weight
   * @param amount its payout
   * @param basis how the weight was reckoned
   */
  public record Row(long household, String name, String weight, String amount, String basis) {}

  private static Preview preview(Distribution distribution, List<BeneficiaryCard> cards) {
    Map<Long, String> names = new HashMap<>();
    cards.forEach(c -> names.put(c.id(), c.maskedHeadName()));
    List<Row> rows = new ArrayList<>();
    Money total = Money.zero();
    for (Payout payout : distribution.payouts()) {
      total = total.plus(payout.amount());
      long household = payout.household().value();
      rows.add(
          new Row(
              household,
              names.getOrDefault(household, ""),
              payout.weight().stripTrailingZeros().toPlainString(),
              payout.amount().toDecimal().toPlainString(),
              payout.basis()));
    }
    return new Preview(
        distribution.income().toDecimal().toPlainString(),
        distribution.collectivePart().toDecimal().toPlainString(),
        distribution.householdPart().toDecimal().toPlainString(),
        total.toDecimal().toPlainString(),
        rows);
  }

  private List<BeneficiaryCard> cards(AssetDetail asset, Year year) {
    List<Long> villages = asset.shares().stream().map(s -> s.village()).distinct().toList();
    return households.beneficiariesOf(villages, year);
  }

  private Response page(
      AssetDetail asset,
      List<BeneficiaryCard> cards,
      FormInput in,
      Map<String, String> values,
      Map<String, Object> extra,
      int status) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("asset", asset);
    model.put("cards", cards);
    model.put("funds", CollectiveFund.values());
    return form(
        "fund/distribute",
        formPage("/assets/" + asset.summary().id() + "/distribute"),
        in,
        values,
        model,
        status);
  }

  private void requireWrite(Actor actor, AssetDetail asset) {
    if (!mayShare(actor, asset)) {
      throw new AccessDeniedException(
          actor.username() + " may not share the income of asset " + asset.summary().id());
    }
  }

  /** Whether the actor writes to every village that owns the asset. */
  private boolean mayShare(Actor actor, AssetDetail asset) {
    var district = regions.places().district();
    return !asset.shares().isEmpty()
        && asset.shares().stream()
            .allMatch(
                s ->
                    district
                        .village(new org.sunshineledger.region.VillageId(s.village()))
                        .map(actor::mayWriteTo)
                        .orElse(false));
  }
}

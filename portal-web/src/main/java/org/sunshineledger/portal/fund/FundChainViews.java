package org.sunshineledger.portal.fund;

import java.util.List;
import java.util.Map;

/**
 * The public read models of the fund chain, as the API and the pages publish them. Amounts are
 * decimal strings in yuan with two places ({@code "1234.56"}), exact to the fen; people appear only
 * masked.
 */
public final class FundChainViews {
  private FundChainViews() {}

  /**
   * A fund.
   *
   * @param id id
   * @param source source code
   * @param sourceName source in Chinese
   * @param name name
   * @param year year
   * @param amount amount
   * @param allocated cut into township blocks
   * @param unallocated not yet cut
   * @param documentRef document
   */
  public record FundView(
      long id,
      String source,
      String sourceName,
      String name,
      int year,
      String amount,
      String allocated,
      String unallocated,
      String documentRef) {}

  /**
   * A factor allocation as published.
   *
   * @param id id
   * @param fund the fund
   * @param fundName its name
   * @param source its source
   * @param year its year
   * @param amount the amount split
   * @param weights the factor weights
   * @param factorSums the district-wide factor sums
   * @param leftOut factors left out (all zero)
   * @param documentRef the decision
   * @param decidedBy who decided
   * @param decidedAt when
   * @param shares each township's line
   */
  public record AllocationView(
      long id,
      long fund,
      String fundName,
      String source,
      int year,
      String amount,
      Map<String, String> weights,
      Map<String, String> factorSums,
      List<String> leftOut,
      String documentRef,
      String decidedBy,
      String decidedAt,
      List<AllocationShareView> shares) {}

  /**
   * One township's line of an allocation.
   *
   * @param block the township block it created (0 for a zero share)
   * @param township id
   * @param townshipName name
   * @param poorPopulation factor value
   * @param keyVillages factor value
   * @param focusTownship factor value
   * @param assessmentScore factor value
   * @param exactWeight the exact weight
   * @param share the share, for reading
   * @param amount the block
   */
  public record AllocationShareView(
      long block,
      long township,
      String townshipName,
      String poorPopulation,
      String keyVillages,
      String focusTownship,
      String assessmentScore,
      String exactWeight,
      String share,
      String amount) {}

  /**
   * A project in a list.
   *
   * @param id id
   * @param name name
   * @param type type code
   * @param typeName type in Chinese
   * @param scope scope code
   * @param stage stage code
   * @param stageName stage in Chinese
   * @param year plan year
   * @param leadTownship leading township id
   * @param leadTownshipName its name
   * @param villages the villages' names
   * @param plannedInvestment planned total
   * @param allocated drawn from blocks
   * @param disbursed paid out
   */
  public record ProjectSummary(
      long id,
      String name,
      String type,
      String typeName,
      String scope,
      String stage,
      String stageName,
      int year,
      long leadTownship,
      String leadTownshipName,
      List<String> villages,
      String plannedInvestment,
      String allocated,
      String disbursed) {}

  /**
   * A project with its lifecycle, funding and assets.
   *
   * @param summary the list fields
   * @param description what it builds
   * @param implementingUnit who carries it out
   * @param benefitLinks how it benefits poor households, in Chinese
   * @param townships its townships
   * @param villageRefs its villages
   * @param history stage changes, oldest first
   * @param inspections inspections, oldest first
   * @param fundingLines funding lines
   * @param assets assets it formed
   * @param version the version to send back with a change ({@code If-Match})
   */
  public record ProjectDetail(
      ProjectSummary summary,
      String description,
      String implementingUnit,
      List<String> benefitLinks,
      List<PlaceRef> townships,
      List<PlaceRef> villageRefs,
      List<StageChangeView> history,
      List<InspectionView> inspections,
      List<FundingLineView> fundingLines,
      List<AssetSummary> assets,
      long version) {}

  /**
   * A place named by id.
   *
   * @param id id
   * @param name name
   */
  public record PlaceRef(long id, String name) {}

  /**
   * A stage change.
   *
   * @param from stage left, null at creation
   * @param to stage entered
   * @param toName its Chinese name
   * @param by account
   * @param at time (ISO-8601)
   * @param documentRef document
   */
  public record StageChangeView(
      String from, String to, String toName, String by, String at, String documentRef) {}

  /**
   * An inspection.
   *
   * @param by account
   * @param at time
   * @param findings findings
   * @param documentRef report
   */
  public record InspectionView(String by, String at, String findings, String documentRef) {}

  /**
   * A funding line.
   *
   * @param block block id
   * @param fund fund id
   * @param fundName fund name
   * @param source fund source code
   * @param township block's township
   * @param allocated drawn
   * @param disbursed paid
   */
  public record FundingLineView(
      long block,
      long fund,
      String fundName,
      String source,
      String township,
      String allocated,
      String disbursed) {}

  /**
   * An asset in a list.
   *
   * @param id id
   * @param name name
   * @param project project id
   * @param projectName project name
   * @param owners owning villages or a masked household, in words
   * @param value value
   * @param status status
   * @param handedOver whether handed over
   * @param custodian custodian
   */
  public record AssetSummary(
      long id,
      String name,
      long project,
      String projectName,
      String owners,
      String value,
      String status,
      boolean handedOver,
      String custodian) {}

  /**
   * An asset with its five rights, ledger and distributions.
   *
   * @param summary list fields
   * @param ownershipKind COLLECTIVE, JOINT or HOUSEHOLD
   * @param shares owning villages with shares
   * @param operator operator, or null
   * @param contractRef contract, or null
   * @param contractFrom contract start, or null
   * @param contractTo contract end, or null
   * @param incomeHolder income right holder
   * @param beneficiaries beneficiaries
   * @param supervisor supervisor
   * @param personInCharge person in charge, masked
   * @param ledger ledger, oldest first
   * @param distributions income distributions
   */
  public record AssetDetail(
      AssetSummary summary,
      String ownershipKind,
      List<OwnerShare> shares,
      String operator,
      String contractRef,
      String contractFrom,
      String contractTo,
      String incomeHolder,
      String beneficiaries,
      String supervisor,
      String personInCharge,
      List<LedgerView> ledger,
      List<DistributionSummary> distributions) {}

  /**
   * An owning village and its share.
   *
   * @param village id
   * @param villageName name
   * @param share share (1 for a sole owner)
   */
  public record OwnerShare(long village, String villageName, String share) {}

  /**
   * A ledger line.
   *
   * @param kind kind
   * @param at time
   * @param by account
   * @param detail detail
   * @param value value, or null
   * @param documentRef document
   */
  public record LedgerView(
      String kind, String at, String by, String detail, String value, String documentRef) {}

  /**
   * A distribution in a list.
   *
   * @param id id
   * @param asset asset id
   * @param assetName asset name
   * @param periodFrom first day
   * @param periodTo last day
   * @param income income
   * @param collectiveFund where the collective part went
   * @param collectivePart collective part
   * @param householdPart household part
   * @param households number of households
   * @param documentRef decision
   */
  public record DistributionSummary(
      long id,
      long asset,
      String assetName,
      String periodFrom,
      String periodTo,
      String income,
      String collectiveFund,
      String collectivePart,
      String householdPart,
      int households,
      String documentRef) {}

  /**
   * A distribution with its policy and payouts.
   *
   * @param summary list fields
   * @param collectiveShare policy: collective share
   * @param noLabourWeight policy
   * @param vulnerableMemberWeight policy
   * @param workDayWeight policy
   * @param payouts payouts, names masked
   */
  public record DistributionDetail(
      DistributionSummary summary,
      String collectiveShare,
      String noLabourWeight,
      String vulnerableMemberWeight,
      String workDayWeight,
      List<PayoutView> payouts) {}

  /**
   * A payout.
   *
   * @param household household id
   * @param name head of household, masked (张*三)
   * @param village village name
   * @param weight weight
   * @param amount amount
   * @param basis reason
   */
  public record PayoutView(
      long household, String name, String village, String weight, String amount, String basis) {}

  /**
   * The year's flows, for the Sankey chart and its table.
   *
   * @param year year
   * @param total all funds of the year
   * @param reconciles whether every node passes on what it receives
   * @param nodes nodes
   * @param links links
   */
  public record FlowsView(
      int year, String total, boolean reconciles, List<FlowNode> nodes, List<FlowLink> links) {}

  /**
   * A node of the flows.
   *
   * @param key key
   * @param kind kind
   * @param label label in Chinese
   */
  public record FlowNode(String key, String kind, String label) {}

  /**
   * A link of the flows.
   *
   * @param from node key
   * @param to node key
   * @param amount amount
   */
  public record FlowLink(String from, String to, String amount) {}

  /**
   * One path of a trace.
   *
   * @param fund fund id
   * @param fundName fund name
   * @param source source code
   * @param block block id
   * @param townshipName township
   * @param project project id
   * @param projectName project name
   * @param asset asset id, or 0
   * @param assetName asset name, or null
   * @param amount amount
   */
  public record TraceView(
      long fund,
      String fundName,
      String source,
      long block,
      String townshipName,
      long project,
      String projectName,
      long asset,
      String assetName,
      String amount) {}
}

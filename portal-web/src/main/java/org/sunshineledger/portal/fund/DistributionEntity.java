package org.sunshineledger.portal.fund;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.income.Beneficiary;
import org.sunshineledger.income.CollectiveFund;
import org.sunshineledger.income.Distribution;
import org.sunshineledger.income.DistributionPolicy;
import org.sunshineledger.income.IncomePeriod;
import org.sunshineledger.income.Payout;
import org.sunshineledger.money.Money;
import org.sunshineledger.registry.HouseholdId;

/** A decided income distribution, kept as published: the policy's figures and every payout. */
@Entity
@Table(name = "distribution")
public class DistributionEntity {
  @Id
  @SequenceGenerator(
      name = "distribution_seq",
      sequenceName = "distribution_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "distribution_seq")
  private long id;

  @Column(name = "asset_id", nullable = false)
  private long assetId;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "income_fen", nullable = false)
  private long incomeFen;

  @Enumerated(EnumType.STRING)
  @Column(name = "collective_fund", nullable = false)
  private CollectiveFund collectiveFund;

  @Column(name = "collective_fen", nullable = false)
  private long collectiveFen;

  @Column(name = "collective_share", nullable = false)
  private BigDecimal collectiveShare;

  @Column(name = "no_labour_weight", nullable = false)
  private BigDecimal noLabourWeight;

  @Column(name = "vulnerable_member_weight", nullable = false)
  private BigDecimal vulnerableMemberWeight;

  @Column(name = "work_day_weight", nullable = false)
  private BigDecimal workDayWeight;

  @Column(name = "document_ref", nullable = false)
  private String documentRef;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "payout", joinColumns = @JoinColumn(name = "distribution_id"))
  @OrderColumn(name = "position")
  private List<PayoutRow> payouts = new ArrayList<>();

  @Version private long version;

  /** One household's payout with the figures that weighed it. */
  @Embeddable
  public static class PayoutRow {
    @Column(name = "household_id", nullable = false)
    long householdId;

    @Column(name = "labour_able", nullable = false)
    boolean labourAble;

    @Column(name = "vulnerable_members", nullable = false)
    int vulnerableMembers;

    @Column(name = "work_days", nullable = false)
    int workDays;

    @Column(nullable = false)
    BigDecimal weight;

    @Column(name = "amount_fen", nullable = false)
    long amountFen;

    @Column(nullable = false)
    String basis;

    /** For JPA. */
    protected PayoutRow() {}

    PayoutRow(Beneficiary beneficiary, Payout payout) {
      householdId = payout.household().value();
      labourAble = beneficiary.labourAble();
      vulnerableMembers = beneficiary.vulnerableMembers();
      workDays = beneficiary.workDays();
      weight = payout.weight();
      amountFen = payout.amount().fen();
      basis = payout.basis();
    }

    /**
     * Returns the household.
     *
     * @return its id
     */
    public long householdId() {
      return householdId;
    }
  }

  protected DistributionEntity() {}

  /**
   * The record of a decided distribution.
   *
   * @param distribution the domain distribution
   * @param beneficiaries the households as weighed, in the payouts' order
   * @param documentRef the decision's document
   * @param decidedBy who decided it
   * @param decidedAt when
   */
  public DistributionEntity(
      Distribution distribution,
      List<Beneficiary> beneficiaries,
      String documentRef,
      String decidedBy,
      OffsetDateTime decidedAt) {
    assetId = distribution.asset().value();
    periodFrom = distribution.period().from();
    periodTo = distribution.period().to();
    incomeFen = distribution.income().fen();
    DistributionPolicy policy = distribution.policy();
    collectiveFund = policy.collectiveFund();
    collectiveShare = policy.collectiveShare();
    noLabourWeight = policy.noLabourWeight();
    vulnerableMemberWeight = policy.vulnerableMemberWeight();
    workDayWeight = policy.workDayWeight();
    collectiveFen = distribution.collectivePart().fen();
    for (int i = 0; i < beneficiaries.size(); i++) {
      payouts.add(new PayoutRow(beneficiaries.get(i), distribution.payouts().get(i)));
    }
    this.documentRef = documentRef;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  /**
   * Returns the domain model.
   *
   * @return the distribution as decided
   */
  public Distribution toDomain() {
    DistributionPolicy policy =
        new DistributionPolicy(
            collectiveShare, collectiveFund, noLabourWeight, vulnerableMemberWeight, workDayWeight);
    List<Payout> domainPayouts =
        payouts.stream()
            .map(
                p ->
                    new Payout(
                        new HouseholdId(p.householdId),
                        p.weight,
                        Money.ofFen(p.amountFen),
                        p.basis))
            .toList();
    return new Distribution(
        new AssetId(assetId),
        new IncomePeriod(periodFrom, periodTo),
        Money.ofFen(incomeFen),
        policy,
        Money.ofFen(collectiveFen),
        domainPayouts);
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
   * Returns the asset whose income it shared.
   *
   * @return the asset's id
   */
  public long assetId() {
    return assetId;
  }

  /**
   * Returns the decision's document.
   *
   * @return the reference
   */
  public String documentRef() {
    return documentRef;
  }

  /**
   * Returns who decided.
   *
   * @return the account
   */
  public String decidedBy() {
    return decidedBy;
  }

  /**
   * Returns when.
   *
   * @return the time
   */
  public OffsetDateTime decidedAt() {
    return decidedAt;
  }

  /**
   * The households as they were shared with: labour, vulnerable members and work days.
   *
   * @return the beneficiaries, in the order of the payouts
   */
  public List<Beneficiary> beneficiaries() {
    return payouts.stream()
        .map(
            p ->
                new Beneficiary(
                    new org.sunshineledger.registry.HouseholdId(p.householdId),
                    p.labourAble,
                    p.vulnerableMembers,
                    p.workDays))
        .toList();
  }

  /**
   * Returns the payout rows.
   *
   * @return the rows
   */
  public List<PayoutRow> payouts() {
    return payouts;
  }
}

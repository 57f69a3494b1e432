package org.sunshineledger.portal.fund;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sunshineledger.fund.AllocationFactor;
import org.sunshineledger.fund.FactorAllocation;

/**
 * A decided factor allocation, kept as published: weights, factor sums, and each township's factor
 * values, exact weight, share and amount.
 */
@Entity
@Table(name = "allocation")
public class AllocationEntity {
  @Id
  @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
  private long id;

  @Column(name = "fund_id", nullable = false)
  private long fundId;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(nullable = false)
  private String weights;

  @Column(name = "factor_sums", nullable = false)
  private String factorSums;

  @Column(name = "left_out", nullable = false)
  private String leftOut;

  @Column(name = "document_ref", nullable = false)
  private String documentRef;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "allocation_share", joinColumns = @JoinColumn(name = "allocation_id"))
  @OrderColumn(name = "position")
  private List<ShareRow> shares = new ArrayList<>();

  @Version private long version;

  /** One township's line of the published result. */
  @Embeddable
  public static class ShareRow {
    @Column(name = "township_id", nullable = false)
    long townshipId;

    @Column(name = "poor_population", nullable = false)
    BigDecimal poorPopulation;

    @Column(name = "key_villages", nullable = false)
    BigDecimal keyVillages;

    @Column(name = "focus_township", nullable = false)
    BigDecimal focusTownship;

    @Column(name = "assessment_score", nullable = false)
    BigDecimal assessmentScore;

    @Column(name = "exact_weight", nullable = false)
    String exactWeight;

    @Column(nullable = false)
    String share;

    @Column(name = "amount_fen", nullable = false)
    long amountFen;

    /** For JPA. */
    protected ShareRow() {}

    ShareRow(FactorAllocation.TownshipShare share) {
      this.townshipId = share.factors().township().value();
      this.poorPopulation = share.factors().value(AllocationFactor.POOR_POPULATION);
      this.keyVillages = share.factors().value(AllocationFactor.KEY_VILLAGES);
      this.focusTownship = share.factors().value(AllocationFactor.FOCUS_TOWNSHIP);
      this.assessmentScore = share.factors().value(AllocationFactor.ASSESSMENT_SCORE);
      this.exactWeight = share.exactWeight().toPlainString();
      this.share = share.share().toPlainString();
      this.amountFen = share.amount().fen();
    }

    /**
     * Returns the township.
     *
     * @return its id
     */
    public long townshipId() {
      return townshipId;
    }

    /**
     * The township's value of each factor.
     *
     * @return the values
     */
    public Map<AllocationFactor, BigDecimal> factors() {
      Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
      values.put(AllocationFactor.POOR_POPULATION, poorPopulation);
      values.put(AllocationFactor.KEY_VILLAGES, keyVillages);
      values.put(AllocationFactor.FOCUS_TOWNSHIP, focusTownship);
      values.put(AllocationFactor.ASSESSMENT_SCORE, assessmentScore);
      return values;
    }

    /**
     * Returns the exact weight.
     *
     * @return the weight as a plain decimal
     */
    public String exactWeight() {
      return exactWeight;
    }

    /**
     * Returns the share for reading.
     *
     * @return the share as a plain decimal
     */
    public String share() {
      return share;
    }

    /**
     * Returns the amount.
     *
     * @return the amount in fen
     */
    public long amountFen() {
      return amountFen;
    }
  }

  protected AllocationEntity() {}

  /**
   * The record of a decided allocation.
   *
   * @param result the domain result
   * @param documentRef the decision's document
   * @param decidedBy who decided it
   * @param decidedAt when
   */
  public AllocationEntity(
      FactorAllocation result, String documentRef, String decidedBy, OffsetDateTime decidedAt) {
    this.fundId = result.fund().value();
    this.amountFen = result.amount().fen();
    this.weights = encode(result.policy().weights());
    this.factorSums = encode(result.factorSums());
    this.leftOut =
        result.leftOut().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.documentRef = documentRef;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    result.shares().forEach(s -> shares.add(new ShareRow(s)));
  }

  private static String encode(Map<AllocationFactor, BigDecimal> values) {
    return new EnumMap<>(values)
        .entrySet().stream()
            .map(e -> e.getKey().name() + "=" + e.getValue().toPlainString())
            .collect(Collectors.joining(","));
  }

  /**
   * Decodes a {@code FACTOR=value,…} list.
   *
   * @param encoded the text
   * @return the values by factor
   */
  public static Map<AllocationFactor, BigDecimal> decode(String encoded) {
    Map<AllocationFactor, BigDecimal> values = new EnumMap<>(AllocationFactor.class);
    if (!encoded.isEmpty()) {
      for (String pair : encoded.split(",")) {
        String[] kv = pair.split("=");
        values.put(AllocationFactor.valueOf(kv[0]), new BigDecimal(kv[1]));
      }
    }
    return values;
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
   * Returns the fund.
   *
   * @return the fund's id
   */
  public long fundId() {
    return fundId;
  }

  /**
   * Returns the amount split.
   *
   * @return the amount in fen
   */
  public long amountFen() {
    return amountFen;
  }

  /**
   * Returns the weights.
   *
   * @return the weights by factor
   */
  public Map<AllocationFactor, BigDecimal> weights() {
    return decode(weights);
  }

  /**
   * Returns the factor sums.
   *
   * @return the sums by factor
   */
  public Map<AllocationFactor, BigDecimal> factorSums() {
    return decode(factorSums);
  }

  /**
   * Returns the factors left out.
   *
   * @return their names, comma-separated
   */
  public String leftOut() {
    return leftOut;
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
   * Returns the townships' lines.
   *
   * @return the shares
   */
  public List<ShareRow> shares() {
    return shares;
  }
}

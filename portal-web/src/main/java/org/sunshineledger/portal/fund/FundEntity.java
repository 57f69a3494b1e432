package org.sunshineledger.portal.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.Year;
import org.sunshineledger.fund.Fund;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.money.Money;

/** The persistence model of a {@link Fund}. */
@Entity
@Table(name = "fund")
public class FundEntity {
  @Id
  @SequenceGenerator(name = "fund_seq", sequenceName = "fund_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_seq")
  private long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FundSourceKind source;

  @Column(nullable = false)
  private String name;

  @Column(name = "budget_year", nullable = false)
  private int year;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "document_ref", nullable = false)
  private String documentRef;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private boolean demo;

  @Version private long version;

  protected FundEntity() {}

  /**
   * A new fund row; its id is assigned on persist.
   *
   * @param source the source
   * @param name the name
   * @param year the year
   * @param amount the amount
   * @param documentRef the document
   * @param createdBy who entered it
   * @param createdAt when
   * @param demo whether it belongs to the demo data
   */
  public FundEntity(
      FundSourceKind source,
      String name,
      Year year,
      Money amount,
      String documentRef,
      String createdBy,
      OffsetDateTime createdAt,
      boolean demo) {
    this.source = source;
    this.name = name;
    this.year = year.getValue();
    this.amountFen = amount.fen();
    this.documentRef = documentRef;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.demo = demo;
  }

  /**
   * Returns the domain model.
   *
   * @return the fund
   */
  public Fund toDomain() {
    return new Fund(
        new FundId(id), source, name, Year.of(year), Money.ofFen(amountFen), documentRef);
  }

  /**
   * Returns the id.
   *
   * @return the id, 0 before persist
   */
  public long id() {
    return id;
  }
}

package org.sunshineledger.fund;

import java.time.Year;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;

/**
 * A yearly appropriation of one source (年度资金): how much one source puts into the programme in one
 * year, under which document.
 *
 * @param id the ledger's id
 * @param source where the money comes from
 * @param name the name on the notice, for example 2018年中央财政专项扶贫资金
 * @param year the budget year
 * @param amount the amount, positive
 * @param documentRef the appropriation document (文号), for example 枣财农〔2018〕12号
 */
public record Fund(
    FundId id, FundSourceKind source, String name, Year year, Money amount, String documentRef) {
  /**
   * Validates the fund.
   *
   * @param id the ledger's id
   * @param source where the money comes from
   * @param name the name on the notice, for example 2018年中央财政专项扶贫资金
   * @param year the budget year
   * @param amount the amount, positive
   * @param documentRef the appropriation document (文号), for example 枣财农〔2018〕12号
   * @throws DomainException {@code fund.amount-not-positive} for a zero or negative amount
   */
  public Fund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(documentRef, "documentRef");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a fund has a name");
    }
    if (amount.isNegative() || amount.isZero()) {
      throw new DomainException(
          "fund.amount-not-positive",
          "a fund's amount must be positive, not " + amount,
          Map.of("amount", amount.toDecimal()));
    }
  }
}

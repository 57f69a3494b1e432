package org.sunshineledger.asset;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * The right to operate an asset (经营权), held by an operator under a contract with a term.
 *
 * @param operator who operates it, for example a cooperative or an enterprise
 * @param contractRef the contract's reference
 * @param from the first day of the term
 * @param to the last day of the term
 */
public record OperatingContract(String operator, String contractRef, LocalDate from, LocalDate to) {
  /**
   * Validates the contract.
   *
   * @param operator who operates it, for example a cooperative or an enterprise
   * @param contractRef the contract's reference
   * @param from the first day of the term
   * @param to the last day of the term
   * @throws DomainException {@code asset.contract-term} when the term ends before it starts
   */
  public OperatingContract {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(contractRef, "contractRef");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new DomainException(
          "asset.contract-term",
          "the contract ends (" + to + ") before it starts (" + from + ")",
          Map.of("from", from.toString(), "to", to.toString()));
    }
  }
}

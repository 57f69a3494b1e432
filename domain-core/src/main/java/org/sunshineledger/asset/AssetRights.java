package org.sunshineledger.asset;

import java.util.Objects;
import java.util.Optional;

/**
 * The five rights of §17, kept apart (明晰产权): ownership (所有权), operation (经营权), income (收益权),
 * benefit (受益权) and supervision (监督权).
 *
 * @param ownership who owns the asset
 * @param operation who operates it under which contract, if anyone does
 * @param incomeHolder who holds the right to its income, for example 黄泉村村集体
 * @param beneficiaries who benefits, for example 本村建档立卡贫困户
 * @param supervisor who supervises, normally the village precision poverty council (村级精准扶贫理事会)
 */
public record AssetRights(
    Ownership ownership,
    Optional<OperatingContract> operation,
    String incomeHolder,
    String beneficiaries,
    String supervisor) {
  /**
   * Validates the rights.
   *
   * @param ownership who owns the asset
   * @param operation who operates it under which contract, if anyone does
   * @param incomeHolder who holds the right to its income, for example 黄泉村村集体
   * @param beneficiaries who benefits, for example 本村建档立卡贫困户
   * @param supervisor who supervises, normally the village precision poverty council (村级精准扶贫理事会)
   */
  public AssetRights {
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(incomeHolder, "incomeHolder");
    Objects.requireNonNull(beneficiaries, "beneficiaries");
    Objects.requireNonNull(supervisor, "supervisor");
  }

  /**
   * The same rights with another operator.
   *
   * @param contract the new contract
   * @return the rights
   */
  public AssetRights withOperation(OperatingContract contract) {
    return new AssetRights(
        ownership, Optional.of(contract), incomeHolder, beneficiaries, supervisor);
  }
}

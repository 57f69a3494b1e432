package org.sunshineledger.income;

import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.registry.HouseholdId;

/**
 * A household that shares in an asset's income, with what the policy weighs.
 *
 * @param household the household
 * @param labourAble whether any member has (full or partial) labour ability
 * @param vulnerableMembers how many members are old, sick or disabled (老弱病残)
 * @param workDays public-welfare work days recorded in the period (公益劳动天数)
 */
public record Beneficiary(
    HouseholdId household, boolean labourAble, int vulnerableMembers, int workDays) {
  /**
   * Validates the figures.
   *
   * @param household the household
   * @param labourAble whether any member has (full or partial) labour ability
   * @param vulnerableMembers how many members are old, sick or disabled (老弱病残)
   * @param workDays public-welfare work days recorded in the period (公益劳动天数)
   * @throws DomainException {@code income.beneficiary-counts} for a negative count
   */
  public Beneficiary {
    Objects.requireNonNull(household, "household");
    if (vulnerableMembers < 0 || workDays < 0) {
      throw new DomainException(
          "income.beneficiary-counts",
          "household " + household.value() + " has negative counts",
          Map.of(
              "household",
              household.value(),
              "vulnerableMembers",
              vulnerableMembers,
              "workDays",
              workDays));
    }
  }
}

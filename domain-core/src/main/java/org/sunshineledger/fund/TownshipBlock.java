package org.sunshineledger.fund;

import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;

/**
 * A township block (切块到镇资金): the part of a fund given to one township, whose use the township
 * decides (§15). Projects draw on it through funding lines; what they commit never exceeds it.
 *
 * <p>The aggregate keeps its committed total so that the check "allocated never exceeds the block's
 * balance" holds within one aggregate; the funding lines themselves belong to projects.
 */
public final class TownshipBlock {
  private final BlockId id;
  private final FundId fund;
  private final TownshipId township;
  private final Money amount;
  private Money committed;

  /**
   * A block as stored.
   *
   * @param id its id
   * @param fund the fund it is cut from
   * @param township the township it is given to
   * @param amount its amount
   * @param committed how much projects have already drawn on it
   */
  public TownshipBlock(
      BlockId id, FundId fund, TownshipId township, Money amount, Money committed) {
    this.id = Objects.requireNonNull(id, "id");
    this.fund = Objects.requireNonNull(fund, "fund");
    this.township = Objects.requireNonNull(township, "township");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.committed = Objects.requireNonNull(committed, "committed");
    if (amount.isNegative() || committed.isNegative() || committed.isGreaterThan(amount)) {
      throw new IllegalArgumentException(
          "block " + id + ": committed " + committed + " of " + amount);
    }
  }

  /**
   * Commits part of the block to a project's funding line.
   *
   * @param requested the amount, positive
   * @throws DomainException {@code fund.block-balance-exceeded} naming the balance and the request
   *     when the block cannot cover it
   */
  public void commit(Money requested) {
    if (requested.isNegative() || requested.isZero()) {
      throw new DomainException(
          "fund.commitment-not-positive",
          "a commitment must be positive, not " + requested,
          Map.of("requested", requested.toDecimal()));
    }
    Money balance = balance();
    if (requested.isGreaterThan(balance)) {
      throw new DomainException(
          "fund.block-balance-exceeded",
          "block "
              + id.value()
              + " has "
              + balance.toDecimal()
              + " yuan left; "
              + requested.toDecimal()
              + " yuan were requested",
          Map.of(
              "block", id.value(),
              "balance", balance.toDecimal(),
              "requested", requested.toDecimal()));
    }
    committed = committed.plus(requested);
  }

  /**
   * What is left to commit.
   *
   * @return the amount less what projects have drawn
   */
  public Money balance() {
    return amount.minus(committed);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public BlockId id() {
    return id;
  }

  /**
   * Returns the fund it is cut from.
   *
   * @return the fund
   */
  public FundId fund() {
    return fund;
  }

  /**
   * Returns the township.
   *
   * @return the township
   */
  public TownshipId township() {
    return township;
  }

  /**
   * Returns the amount of the block.
   *
   * @return the amount
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns how much projects have drawn.
   *
   * @return the committed amount
   */
  public Money committed() {
    return committed;
  }
}

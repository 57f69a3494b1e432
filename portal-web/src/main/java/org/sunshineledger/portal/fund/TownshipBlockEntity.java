package org.sunshineledger.portal.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.TownshipBlock;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;

/** The persistence model of a {@link TownshipBlock}. */
@Entity
@Table(name = "township_block")
public class TownshipBlockEntity {
  @Id
  @SequenceGenerator(name = "block_seq", sequenceName = "block_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "block_seq")
  private long id;

  @Column(name = "fund_id", nullable = false)
  private long fundId;

  @Column(name = "allocation_id")
  private Long allocationId;

  @Column(name = "township_id", nullable = false)
  private long townshipId;

  @Column(name = "amount_fen", nullable = false)
  private long amountFen;

  @Column(name = "committed_fen", nullable = false)
  private long committedFen;

  @Version private long version;

  protected TownshipBlockEntity() {}

  /**
   * A new block.
   *
   * @param fund the fund
   * @param allocation the allocation that cut it
   * @param township the township
   * @param amount its amount
   */
  public TownshipBlockEntity(FundId fund, long allocation, TownshipId township, Money amount) {
    this.fundId = fund.value();
    this.allocationId = allocation;
    this.townshipId = township.value();
    this.amountFen = amount.fen();
  }

  /**
   * Returns the domain model.
   *
   * @return the block
   */
  public TownshipBlock toDomain() {
    return new TownshipBlock(
        new BlockId(id),
        new FundId(fundId),
        new TownshipId(townshipId),
        Money.ofFen(amountFen),
        Money.ofFen(committedFen));
  }

  /**
   * Takes over the block's committed total after a command.
   *
   * @param block the domain block
   */
  public void apply(TownshipBlock block) {
    this.committedFen = block.committed().fen();
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
   * Returns the allocation that cut it.
   *
   * @return the allocation id, or null
   */
  public Long allocationId() {
    return allocationId;
  }
}

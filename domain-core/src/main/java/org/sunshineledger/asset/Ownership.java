package org.sunshineledger.asset;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.HouseholdId;

/** Who owns an asset (所有权). Assets formed by poverty funds belong to village collectives (§12). */
public sealed interface Ownership {

  /**
   * Owned by one village collective (村集体所有).
   *
   * @param village the village
   */
  record Collective(VillageId village) implements Ownership {
    /**
     * Validates the owner.
     *
     * @param village the village
     */
    public Collective {
      Objects.requireNonNull(village, "village");
    }
  }

  /**
   * Owned in shares by several village collectives, for a joint project (按份共有).
   *
   * @param shares each village's share; the shares are positive and add up to exactly 1
   */
  record Joint(List<Share> shares) implements Ownership {
    /**
     * Validates the shares.
     *
     * @param shares each village's share; the shares are positive and add up to exactly 1
     * @throws DomainException {@code asset.joint-shares} when they are fewer than two, repeat a
     *     village, or do not add up to 1
     */
    public Joint {
      shares = List.copyOf(shares);
      BigDecimal total = shares.stream().map(Share::share).reduce(BigDecimal.ZERO, BigDecimal::add);
      Set<VillageId> villages = new HashSet<>();
      shares.forEach(s -> villages.add(s.village()));
      if (shares.size() < 2
          || villages.size() != shares.size()
          || total.compareTo(BigDecimal.ONE) != 0) {
        throw new DomainException(
            "asset.joint-shares",
            "joint ownership needs two or more distinct villages whose shares add up to 1, not "
                + total.toPlainString(),
            Map.of("villages", shares.size(), "total", total));
      }
    }
  }

  /**
   * One village's share of a jointly owned asset.
   *
   * @param village the village
   * @param share its share, greater than 0 and at most 1
   */
  record Share(VillageId village, BigDecimal share) {
    /**
     * Validates the share.
     *
     * @param village the village
     * @param share its share, greater than 0 and at most 1
     */
    public Share {
      Objects.requireNonNull(village, "village");
      if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new DomainException(
            "asset.joint-shares",
            "a share is above 0 and at most 1, not " + share,
            Map.of("share", String.valueOf(share)));
      }
    }
  }

  /**
   * Owned by a household, such as livestock handed to a family (到户资产).
   *
   * @param household the household
   */
  record Household(HouseholdId household) implements Ownership {
    /**
     * Validates the owner.
     *
     * @param household the household
     */
    public Household {
      Objects.requireNonNull(household, "household");
    }
  }
}

package org.sunshineledger.region;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A village or community (村 / 居) of a township. Assets formed by poverty funds belong to its
 * collective (§12).
 *
 * @param id the ledger's id
 * @param divisionCode the 12-digit statistical division code, absent for a village of the 2018
 *     policy that the current list no longer has (such as 石灰窑埠村)
 * @param name the common name, for example 黄泉村
 * @param township the township it belongs to
 * @param kind village or community
 * @param designations the policy's designations, possibly none
 */
public record Village(
    VillageId id,
    Optional<DivisionCode> divisionCode,
    String name,
    TownshipId township,
    VillageKind kind,
    Set<VillageDesignation> designations) {
  /**
   * Validates the village and freezes its designations.
   *
   * @param id the ledger's id
   * @param divisionCode the 12-digit statistical division code, absent for a village of the 2018
   *     policy that the current list no longer has (such as 石灰窑埠村)
   * @param name the common name, for example 黄泉村
   * @param township the township it belongs to
   * @param kind village or community
   * @param designations the policy's designations, possibly none
   */
  public Village {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(divisionCode, "divisionCode");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a village has a name");
    }
    designations =
        designations.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(designations, "designations")));
  }

  /**
   * Whether the village carries a designation.
   *
   * @param designation the designation
   * @return true when it does
   */
  public boolean is(VillageDesignation designation) {
    return designations.contains(designation);
  }
}

package org.sunshineledger.region;

import java.util.Objects;

/**
 * A township (镇 / 街道) of the district: it receives fund blocks cut from the district's special
 * funds and decides their use (切块到镇, §15).
 *
 * @param id the ledger's id
 * @param divisionCode the 9-digit statistical division code
 * @param name the name, for example 峨山镇
 * @param kind town or subdistrict
 * @param focus whether it is a focus township (脱贫任务比较重的镇, §4) to which funds tilt
 */
public record Township(
    TownshipId id, DivisionCode divisionCode, String name, TownshipKind kind, boolean focus) {
  /**
   * Validates the township.
   *
   * @param id the ledger's id
   * @param divisionCode the 9-digit statistical division code
   * @param name the name, for example 峨山镇
   * @param kind town or subdistrict
   * @param focus whether it is a focus township (脱贫任务比较重的镇, §4) to which funds tilt
   */
  public Township {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(divisionCode, "divisionCode");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a township has a name");
    }
  }
}

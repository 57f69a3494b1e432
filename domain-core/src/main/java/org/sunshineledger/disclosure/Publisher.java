package org.sunshineledger.disclosure;

import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * Who publishes a disclosure (公开主体) and on which notice board: the district, a township, or a
 * village (which always lies in a township).
 *
 * @param level the level
 * @param township the township, for township and village publishers
 * @param village the village, for village publishers
 * @param name the publisher's name as printed, for example 峨山镇人民政府
 */
public record Publisher(
    DisclosureLevel level, TownshipId township, VillageId village, String name) {
  /**
   * A publisher, checked for a place matching its level.
   *
   * @param level the level
   * @param township the township, or null for the district
   * @param village the village, or null above village level
   * @param name the name as printed
   */
  public Publisher {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(name, "name");
    boolean fits =
        switch (level) {
          case DISTRICT -> township == null && village == null;
          case TOWNSHIP -> township != null && village == null;
          case VILLAGE -> township != null && village != null;
        };
    if (!fits || name.isBlank()) {
      throw new DomainException(
          "disclosure.publisher",
          "a "
              + level
              + " publisher names "
              + (level == DisclosureLevel.DISTRICT
                  ? "no place"
                  : level == DisclosureLevel.TOWNSHIP
                      ? "its township"
                      : "its township and village"),
          Map.of("level", level.name()));
    }
  }
}

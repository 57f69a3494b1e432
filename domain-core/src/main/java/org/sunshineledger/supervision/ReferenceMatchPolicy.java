package org.sunshineledger.supervision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * A registry member or payee found on another department's list (大数据比对, §3): deceased, on the
 * public payroll, owning a vehicle, a company or urban property. The kinds compared are data; the
 * district compares all. A match is a lead to verify — a namesake's slip, a vehicle for the
 * family's farm work — never a verdict, and its figures name the list, never the person's number.
 *
 * @param kinds the kinds of list compared
 */
public record ReferenceMatchPolicy(Set<ReferenceKind> kinds) {
  /** Rule code. */
  public static final String RULE = "supervision.reference-match";

  /** The district's: every kind of list. */
  public static final ReferenceMatchPolicy DISTRICT =
      new ReferenceMatchPolicy(EnumSet.allOf(ReferenceKind.class));

  /**
   * Freezes the kinds.
   *
   * @param kinds the kinds compared, at least one
   */
  public ReferenceMatchPolicy {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("some kind of list is compared");
    }
    kinds = Set.copyOf(kinds);
  }

  /**
   * The lines of the reference lists that name a person, one finding per line of a compared kind.
   *
   * @param person the person's keyed ID number
   * @param subject the record the person is found in, such as {@code member:1043:2}
   * @param township the township that answers for the record
   * @param village the village that answers for it
   * @param lists the reference lists' lines by keyed ID number
   * @return the findings, in the lists' order
   */
  public List<Finding> check(
      KeyedIdNumber person,
      String subject,
      TownshipId township,
      Optional<VillageId> village,
      Map<KeyedIdNumber, List<ReferenceEntry>> lists) {
    List<Finding> findings = new ArrayList<>();
    for (ReferenceEntry entry : lists.getOrDefault(person, List.of())) {
      if (!kinds.contains(entry.kind())) {
        continue;
      }
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("kind", entry.kind().name());
      figures.put("source", entry.source());
      figures.put("listedOn", entry.listedOn());
      findings.add(
          new Finding(
              RULE, subject + ":" + entry.kind().name(), Optional.of(township), village, figures));
    }
    return findings;
  }
}

package org.sunshineledger.search;

import java.util.List;
import java.util.Objects;

/**
 * What the index knows of one project: the fields people search, filter and sort by. Built from the
 * database by the portal; the index is a projection of it and can always be rebuilt.
 *
 * @param id the project's id
 * @param name its name
 * @param description what it builds
 * @param township its leading township
 * @param villages the villages it serves
 * @param type its type, for example PLANTING
 * @param scope its scope
 * @param status its lifecycle stage
 * @param year its plan year
 * @param totalFen the money assigned to it, in fen
 * @param disbursedFen the money paid out, in fen
 * @param sources the fund sources it draws on
 * @param implementingUnit who carries it out
 * @param benefitLinks how it benefits poor households
 * @param updatedAt when it last changed, epoch milliseconds, for sorting by date
 */
public record ProjectDocument(
    long id,
    String name,
    String description,
    String township,
    List<String> villages,
    String type,
    String scope,
    String status,
    int year,
    long totalFen,
    long disbursedFen,
    List<String> sources,
    String implementingUnit,
    List<String> benefitLinks,
    long updatedAt) {
  /** Validates and freezes the document. */
  public ProjectDocument {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    Objects.requireNonNull(township, "township");
    villages = List.copyOf(villages);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(sources);
    implementingUnit = implementingUnit == null ? "" : implementingUnit;
    benefitLinks = List.copyOf(benefitLinks);
  }
}

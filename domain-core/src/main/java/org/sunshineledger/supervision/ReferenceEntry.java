package org.sunshineledger.supervision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a reference list as kept: the person's keyed ID number, what the list says of them,
 * the department that gave it and its date — never the number or the name.
 *
 * @param person the keyed ID number
 * @param kind what the list says
 * @param source the department and document, such as 区公安分局 2019年死亡人员名单
 * @param listedOn the list's date
 */
public record ReferenceEntry(
    KeyedIdNumber person, ReferenceKind kind, String source, LocalDate listedOn) {
  /**
   * Validates the line.
   *
   * @param person the keyed ID number
   * @param kind what the list says
   * @param source the department
   * @param listedOn the date
   */
  public ReferenceEntry {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(listedOn, "listedOn");
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a reference list names its source");
    }
  }
}

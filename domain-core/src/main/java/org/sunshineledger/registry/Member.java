package org.sunshineledger.registry;

import java.time.Year;
import java.util.Objects;

/**
 * A member of a registered household (家庭成员). The name is personal data: it leaves the registry only
 * through the masking policy.
 *
 * @param name the member's name
 * @param birthYear the year of birth
 * @param labourAbility labour ability
 * @param severeDisability whether the member is severely disabled (重度残疾)
 * @param chronicIllness whether the member has a chronic or serious illness (慢性病、大病)
 * @param student whether the member is in school (在校生)
 */
public record Member(
    String name,
    int birthYear,
    LabourAbility labourAbility,
    boolean severeDisability,
    boolean chronicIllness,
    boolean student) {
  /**
   * Validates the member.
   *
   * @param name the member's name
   * @param birthYear the year of birth
   * @param labourAbility labour ability
   * @param severeDisability whether the member is severely disabled (重度残疾)
   * @param chronicIllness whether the member has a chronic or serious illness (慢性病、大病)
   * @param student whether the member is in school (在校生)
   */
  public Member {
    Objects.requireNonNull(labourAbility, "labourAbility");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a member has a name");
    }
    if (birthYear < 1900 || birthYear > 2100) {
      throw new IllegalArgumentException("birth year " + birthYear);
    }
  }

  /**
   * The member's age in a year.
   *
   * @param year the year
   * @return the age reached in that year
   */
  public int ageIn(Year year) {
    return year.getValue() - birthYear;
  }

  /**
   * Whether the member is old, weak, sick or disabled (老弱病残) in a year: 60 or older, severely
   * disabled, or chronically ill.
   *
   * @param year the year
   * @return true when vulnerable
   */
  public boolean vulnerableIn(Year year) {
    return ageIn(year) >= 60 || severeDisability || chronicIllness;
  }
}

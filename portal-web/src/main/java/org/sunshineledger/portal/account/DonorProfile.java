package org.sunshineledger.portal.account;

import java.util.Objects;
import org.sunshineledger.charity.DonorKind;

/**
 * What the public sees of a donor: the name they chose, or {@value #ANONYMOUS} when they give
 * anonymously, and what kind of donor they are.
 *
 * @param displayName the name they chose
 * @param kind individual, enterprise, SOE, volunteer team or charity
 * @param anonymous whether the public sees {@value #ANONYMOUS} instead of the name
 */
public record DonorProfile(String displayName, DonorKind kind, boolean anonymous) {
  /** What the public sees of an anonymous donor, and of every gift of a closed account. */
  public static final String ANONYMOUS = "爱心人士";

  /**
   * Checks the parts.
   *
   * @param displayName the name they chose
   * @param kind their kind
   * @param anonymous whether they give anonymously
   */
  public DonorProfile {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The name the public sees.
   *
   * @return the display name, or {@value #ANONYMOUS}
   */
  public String publicName() {
    return anonymous ? ANONYMOUS : displayName;
  }
}

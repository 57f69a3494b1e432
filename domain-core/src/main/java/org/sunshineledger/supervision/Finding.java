package org.sunshineledger.supervision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/**
 * What a rule found: the rule, the record it concerns, its place and the figures that made it fire.
 * Two findings of one rule on one subject are the same finding, so that a nightly pass that finds
 * it again does not open a second lead.
 *
 * @param rule the rule's code, such as {@code supervision.idle-block}
 * @param subject the record it concerns, such as {@code block:12} or {@code payout:7:1043}
 * @param township the township responsible, empty for the district's own records
 * @param village the village responsible, empty above village level
 * @param figures the figures, named, in the order a reader takes them
 */
public record Finding(
    String rule,
    String subject,
    Optional<TownshipId> township,
    Optional<VillageId> village,
    Map<String, Object> figures) {
  /**
   * Validates the finding and freezes its figures in their order.
   *
   * @param rule the rule's code
   * @param subject the record it concerns
   * @param township the township responsible
   * @param village the village responsible
   * @param figures the figures
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(village, "village");
    if (village.isPresent() && township.isEmpty()) {
      throw new IllegalArgumentException("a village's finding names its township: " + subject);
    }
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /**
   * What identifies the finding across passes.
   *
   * @return the rule and the subject
   */
  public String key() {
    return rule + "|" + subject;
  }
}

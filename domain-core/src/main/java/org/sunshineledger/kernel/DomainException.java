package org.sunshineledger.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A command refused because it breaks a rule of the domain (违反业务规则).
 *
 * <p>Every refusal names the {@linkplain #rule() rule} (a stable code such as {@code
 * money.currency-mismatch}) and the {@linkplain #figures() figures} that broke it, so a caller can
 * show the official exactly which amount or state was wrong, in any language.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable code of the broken rule, part of the serial form. */
  private final String rule;

  /** The named figures of the refusal, part of the serial form. */
  private final Map<String, Object> figures;

  /**
   * Creates a refusal.
   *
   * @param rule the stable code of the rule that was broken
   * @param message a sentence for developers and logs, naming the figures
   * @param figures the named figures of the refusal, in the order they should be shown
   */
  public DomainException(String rule, String message, Map<String, ?> figures) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /**
   * Creates a refusal without figures.
   *
   * @param rule the stable code of the rule that was broken
   * @param message a sentence for developers and logs
   */
  public DomainException(String rule, String message) {
    this(rule, message, Map.of());
  }

  /**
   * Returns the stable code of the broken rule.
   *
   * @return the rule code, for example {@code money.currency-mismatch}
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the figures that broke the rule, in the order they should be shown.
   *
   * @return an unmodifiable map from figure name to value
   */
  public Map<String, Object> figures() {
    return figures;
  }
}

package org.sunshineledger.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/** Exit refused: the figures name every condition that fails, and only those. */
public final class ExitRefusedException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final transient List<ExitCondition> failures;

  ExitRefusedException(HouseholdId household, List<ExitCondition> failures) {
    super(
        "registry.exit-refused",
        "household "
            + household.value()
            + " cannot exit: "
            + failures.stream().map(ExitCondition::description).toList(),
        figures(household, failures));
    this.failures = List.copyOf(failures);
  }

  private static Map<String, Object> figures(HouseholdId household, List<ExitCondition> failures) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("household", household.value());
    failures.forEach(f -> figures.put(f.code(), f.description()));
    return figures;
  }

  /**
   * Returns the failing conditions.
   *
   * @return the conditions
   */
  public List<ExitCondition> failures() {
    return failures;
  }
}

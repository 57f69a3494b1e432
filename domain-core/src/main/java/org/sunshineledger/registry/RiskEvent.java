package org.sunshineledger.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.sunshineledger.money.Money;

/**
 * Something that may push a household back into poverty (致贫返贫风险).
 *
 * @param kind what happened
 * @param on when
 * @param cost what it cost the household, zero when unknown
 * @param description a sentence
 */
public record RiskEvent(Kind kind, LocalDate on, Money cost, String description) {
  /** The kinds of risk. */
  public enum Kind {
    /** 因病. */
    ILLNESS("因病"),
    /** 因灾. */
    DISASTER("因灾"),
    /** 大额刚性支出. */
    LARGE_EXPENDITURE("大额支出"),
    /** 因意外事故. */
    ACCIDENT("意外事故");

    private final String chineseName;

    Kind(String chineseName) {
      this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name.
     *
     * @return the name
     */
    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * Validates the event.
   *
   * @param kind what happened
   * @param on when
   * @param cost what it cost the household, zero when unknown
   * @param description a sentence
   */
  public RiskEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(description, "description");
  }
}

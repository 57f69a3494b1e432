package org.sunshineledger.region;

/**
 * A statistical division code (统计用区划代码) of the National Bureau of Statistics: 12 digits for a
 * village or community, 9 for a township, 6 for a county-level district. The ledger keeps it as the
 * place's external id.
 *
 * @param value the digits
 */
public record DivisionCode(String value) {
  /**
   * Validates the code.
   *
   * @param value the digits
   */
  public DivisionCode {
    if (value == null || !value.matches("\\d{6}|\\d{9}|\\d{12}")) {
      throw new IllegalArgumentException("a division code has 6, 9 or 12 digits, not " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

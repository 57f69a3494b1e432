package org.sunshineledger.money;

import java.util.Currency;
import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/** Two amounts of different currencies were combined (币种不一致); the ledger never converts. */
public final class CurrencyMismatchException extends DomainException {
  private static final long serialVersionUID = 1L;

  CurrencyMismatchException(Currency left, Currency right) {
    super(
        "money.currency-mismatch",
        "amounts in " + left + " and " + right + " cannot be combined",
        Map.of("left", left.getCurrencyCode(), "right", right.getCurrencyCode()));
  }
}

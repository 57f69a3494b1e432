package org.sunshineledger.portal.search;

import java.math.BigDecimal;
import java.util.Optional;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.ProjectType;
import org.sunshineledger.search.ProjectQuery;

/**
 * A project search as the API and the search page receive it: every parameter as sent, so that a
 * bad one is refused with 400 naming it, by one rule for both.
 *
 * @param q the text
 * @param township a township
 * @param village a village
 * @param type a project type
 * @param status a stage
 * @param year a plan year
 * @param source a fund source
 * @param minAmount the smallest amount, in yuan
 * @param maxAmount the largest amount, in yuan
 * @param sort relevance, amount or date
 * @param cursor the cursor of the page
 * @param size the page size, 1 to 100
 */
public record ProjectSearchParameters(
    String q,
    String township,
    String village,
    String type,
    String status,
    String year,
    String source,
    String minAmount,
    String maxAmount,
    String sort,
    String cursor,
    String size) {

  /**
   * The search these parameters ask for.
   *
   * @return the query
   * @throws InvalidRequestException naming the first parameter that is not valid
   */
  public ProjectQuery toQuery() {
    if (q != null && q.length() > 100) {
      throw new InvalidRequestException("q", "parameter 'q' has at most 100 characters");
    }
    return new ProjectQuery(
        q,
        blankToNull(township),
        blankToNull(village),
        Optional.ofNullable(Params.optionalEnum("type", type, ProjectType.class))
            .map(Enum::name)
            .orElse(null),
        Optional.ofNullable(Params.optionalEnum("status", status, ProjectStage.class))
            .map(Enum::name)
            .orElse(null),
        Params.optionalInt("year", year, 2000, 2100),
        Optional.ofNullable(Params.optionalEnum("source", source, FundSourceKind.class))
            .map(Enum::name)
            .orElse(null),
        fen("minAmount", minAmount),
        fen("maxAmount", maxAmount),
        Params.optionalEnum("sort", sort, ProjectQuery.Sort.class),
        Optional.ofNullable(Params.optionalInt("cursor", cursor, 0, 10_000)).orElse(0),
        Optional.ofNullable(Params.optionalInt("size", size, 1, 100)).orElse(10));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Long fen(String name, String yuan) {
    if (yuan == null || yuan.isBlank()) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(yuan.strip());
      if (amount.signum() >= 0
          && amount.scale() <= 2
          && amount.compareTo(new BigDecimal("1e13")) < 0) {
        return amount.movePointRight(2).longValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // answered below
    }
    throw new InvalidRequestException(
        name, "parameter '" + name + "' is an amount in yuan, such as 500000 or 12.50");
  }
}

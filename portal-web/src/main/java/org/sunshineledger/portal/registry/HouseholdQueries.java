package org.sunshineledger.portal.registry;

import jakarta.persistence.TypedQuery;

/**
 * Loading many households at once: their child collections come in one query per collection ({@code
 * IN} batch fetching) instead of one per household.
 */
final class HouseholdQueries {
  private HouseholdQueries() {}

  /**
   * Asks the provider to batch-load every collection of the households a query returns.
   *
   * @param query a query over {@code HouseholdEntity h}
   * @param <T> the result type
   * @return the same query
   */
  public static <T> TypedQuery<T> withCollections(TypedQuery<T> query) {
    for (String collection :
        new String[] {"members", "incomes", "guarantees", "riskEvents", "history"}) {
      query.setHint("eclipselink.batch", "h." + collection);
    }
    return query.setHint("eclipselink.batch.type", "IN");
  }
}

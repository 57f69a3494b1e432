package org.sunshineledger.portal.shared;

import java.time.LocalDate;
import java.util.List;
import org.sunshineledger.supervision.Finding;

/**
 * A room's supervision rules over its own records (§3, §21): each context that keeps records a rule
 * looks at implements it as a CDI bean, and the supervision room's pass gathers them all without
 * knowing the rooms or reading their entities.
 */
public interface LedgerChecks {
  /**
   * Every finding of the room's rules over its records as they stand.
   *
   * @param today the district's today
   * @return the findings, in any order; a finding found again is the same finding
   */
  List<Finding> findings(LocalDate today);

  /**
   * The findings of the room's rules over one record just written, as the nightly pass would find
   * them for that record; a room that keeps no such record finds nothing.
   *
   * @param subject the record, as {@link LedgerWritten} names it
   * @param today the district's today
   * @return the findings concerning the record
   */
  default List<Finding> findingsOf(String subject, LocalDate today) {
    return List.of();
  }
}

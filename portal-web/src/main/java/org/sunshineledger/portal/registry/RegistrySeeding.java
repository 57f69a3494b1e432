package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * Households written at once rather than by a person: the demo's registry of the district, loaded
 * into an empty database at start. The rows go in plain JDBC batches inside the caller's
 * transaction; the registry's entities stay in this room.
 */
@ApplicationScoped
public class RegistrySeeding {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @Inject RegistryQueries queries;

  /**
   * A household to store, with the unsafe house recorded for it, if any.
   *
   * @param household the household (its id is replaced by the stored one)
   * @param code its 户编号
   * @param demo whether it belongs to the demo data
   * @param unsafeHouse its unsafe house, or null
   */
  public record NewHousehold(
      Household household, String code, boolean demo, NewUnsafeHouse unsafeHouse) {}

  /**
   * An unsafe house as the ledger holds it.
   *
   * @param grade its grade (C or D)
   * @param assessedOn when it was assessed
   * @param state how far its renovation got
   * @param closedOn when it was accepted, or null
   * @param acceptanceRef the acceptance document, or null
   */
  public record NewUnsafeHouse(
      UnsafeHouse.Grade grade,
      LocalDate assessedOn,
      UnsafeHouse.State state,
      LocalDate closedOn,
      String acceptanceRef) {}

  /**
   * Stores the households, all of them or none (the caller's transaction).
   *
   * @param households the households
   * @return their ids, in order
   */
  @Transactional
  public List<Long> store(List<NewHousehold> households) {
    List<HouseholdBulkWriter.Row> rows = new ArrayList<>(households.size());
    for (NewHousehold h : households) {
      rows.add(
          new HouseholdBulkWriter.Row(
              new HouseholdEntity(h.household(), h.code(), h.demo()), h.unsafeHouse()));
    }
    em.flush(); // what the provider holds goes first: the rows refer to it
    try {
      List<Long> ids = new HouseholdBulkWriter(em.unwrap(Connection.class)).insert(rows);
      queries.forgetProgressAfterCommit();
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("the registry's rows could not be stored: " + e, e);
    }
  }
}

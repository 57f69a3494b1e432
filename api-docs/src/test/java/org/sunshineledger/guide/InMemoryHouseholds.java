package org.sunshineledger.guide;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.registry.Household;
import org.sunshineledger.registry.HouseholdId;
import org.sunshineledger.registry.Households;

/** An in-memory implementation of the {@link Households} port. */
final class InMemoryHouseholds implements Households {
  private final Snapshots<HouseholdId, Household> households =
      new Snapshots<>(
          Household::id,
          h ->
              Household.restore(
                  h.id(),
                  h.village(),
                  h.headName(),
                  h.idNumber(),
                  h.phone(),
                  h.members(),
                  h.perCapitaIncome(),
                  h.guarantees(),
                  h.riskEvents(),
                  h.status(),
                  h.markers(),
                  h.history()),
          Comparator.comparingLong(h -> h.id().value()));

  @Override
  public HouseholdId nextId() {
    return new HouseholdId(households.nextId());
  }

  @Override
  public Optional<Household> find(HouseholdId id) {
    return households.find(id);
  }

  @Override
  public Optional<Household> withIdNumber(String idNumber) {
    return households.where(h -> idNumber.equals(h.idNumber())).stream().findFirst();
  }

  @Override
  public List<Household> inVillage(VillageId village) {
    return households.where(h -> h.village().equals(village));
  }

  @Override
  public void save(Household household) {
    households.save(household);
  }
}

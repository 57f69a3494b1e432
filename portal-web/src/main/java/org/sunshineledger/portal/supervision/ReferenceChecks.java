package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.registry.HouseholdDirectory;
import org.sunshineledger.portal.registry.HouseholdDirectory.KeyedHead;
import org.sunshineledger.portal.shared.LedgerChecks;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.Finding;
import org.sunshineledger.supervision.KeyedIdNumber;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceMatchPolicy;

/**
 * The reference lists compared with the registry (大数据比对, §3): every household's head, and so every
 * payee, keyed under the lists' key in the registry and looked up among the lists' lines a thousand
 * at a time, so that neither the registry nor the lists are held whole. Each line that names a head
 * is a finding on {@code household:<id>}, in the household's village: a lead to verify, never a
 * verdict.
 */
@ApplicationScoped
class ReferenceChecks implements LedgerChecks {
  private static final int BATCH = 1000;

  @Inject ReferenceKeys keys;
  @Inject ReferenceLists lists;
  @Inject HouseholdDirectory households;
  @Inject RegionService regions;

  private final ReferenceMatchPolicy policy = ReferenceMatchPolicy.DISTRICT;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Finding> findings(LocalDate today) {
    if (lists.isEmpty()) {
      // no list given: the registry is not read
      return List.of();
    }
    District district = regions.places().district();
    List<Finding> findings = new ArrayList<>();
    households.keyedHeads(
        keys.key(),
        BATCH,
        batch -> {
          Map<KeyedIdNumber, List<ReferenceEntry>> named =
              lists.naming(batch.stream().map(KeyedHead::head).toList());
          for (KeyedHead household : batch) {
            if (!named.containsKey(household.head())) {
              continue;
            }
            Optional<Village> village = district.village(new VillageId(household.villageId()));
            village.ifPresent(
                v ->
                    findings.addAll(
                        policy.check(
                            household.head(),
                            "household:" + household.id(),
                            v.township(),
                            Optional.of(v.id()),
                            named)));
          }
        });
    return findings;
  }
}

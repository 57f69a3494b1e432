package org.sunshineledger.portal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.sunshineledger.portal.supervision.ReferenceKeys;
import org.sunshineledger.portal.supervision.ReferenceLists;
import org.sunshineledger.supervision.ReferenceEntry;
import org.sunshineledger.supervision.ReferenceKey;
import org.sunshineledger.supervision.ReferenceKind;

/**
 * The supervision room's demo: a small reference list (大数据比对) as an auditor would send it, stored
 * through the same service as an upload — the district police's list of deaths naming the head of a
 * demo household of 黄泉村 and a person the registry does not know, and the vehicle office's list
 * naming nobody registered — so that the rules' first pass opens a lead of the reference-match
 * rule.
 */
@ApplicationScoped
public class SupervisionDemo {
  private static final Logger LOG = Logger.getLogger(SupervisionDemo.class.getName());

  /** The generated household whose head the demo list names: one of 黄泉村's. */
  private static final int LISTED_HOUSEHOLD = 4;

  @Inject ReferenceKeys keys;
  @Inject ReferenceLists lists;

  /** Stores the demo's reference list, once, into a database just seeded. */
  public void load() {
    ReferenceKey key = keys.key();
    String deaths = "区公安分局 2019年上半年死亡人员名单（演示）";
    LocalDate listed = LocalDate.of(2019, 6, 30);
    List<ReferenceEntry> lines =
        List.of(
            new ReferenceEntry(
                key.of(RegistryDemo.idNumber(LISTED_HOUSEHOLD)),
                ReferenceKind.DECEASED,
                deaths,
                listed),
            // serials far beyond the generated households: numbers of nobody registered
            new ReferenceEntry(
                key.of(RegistryDemo.idNumber(99_990_001)), ReferenceKind.DECEASED, deaths, listed),
            new ReferenceEntry(
                key.of(RegistryDemo.idNumber(99_990_002)),
                ReferenceKind.VEHICLE_OWNER,
                "区车管所 机动车登记名单（演示）",
                LocalDate.of(2019, 9, 30)));
    int added = lists.add(RegistryDemo.BY, lines, Instant.now(), n -> {});
    LOG.info(() -> "loaded the demo reference list: " + added + " lines");
  }
}

package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sunshineledger.disclosure.Masking;

/**
 * What the other rooms may know of a registered household: that it exists, its village, and its
 * head's name masked as the public sees it. The registry's entities and its unmasked personal data
 * stay in the registry room; the fund chain and the board ask here.
 */
@ApplicationScoped
public class HouseholdDirectory {
  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  @jakarta.inject.Inject RegistryQueries queries;

  /**
   * A registered household, as other rooms see it.
   *
   * @param id the household
   * @param villageId its village
   * @param maskedHeadName its head's name, masked (张*三)
   */
  public record HouseholdCard(long id, long villageId, String maskedHeadName) {}

  /**
   * Finds a household.
   *
   * @param id the household's id
   * @return the household, empty when none is registered with that id
   */
  public Optional<HouseholdCard> find(long id) {
    HouseholdEntity entity = em.find(HouseholdEntity.class, id);
    return entity == null
        ? Optional.empty()
        : Optional.of(
            new HouseholdCard(entity.id(), entity.villageId(), Masking.name(entity.headName())));
  }

  /**
   * The first households of a village, by id.
   *
   * @param village the village's id
   * @param max how many at most
   * @return their ids
   */
  public java.util.List<Long> firstOf(long village, int max) {
    return em.createQuery(
            "SELECT h.id FROM HouseholdEntity h WHERE h.villageId = :v ORDER BY h.id", Long.class)
        .setParameter("v", village)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * A household an asset's income may be shared with, as the registry knows it in a year.
   *
   * @param id the household
   * @param villageId its village
   * @param maskedHeadName its head's name, masked
   * @param status its status
   * @param labourAble whether a member has labour ability
   * @param vulnerableMembers its old, weak, sick or disabled members (老弱病残) that year
   */
  public record BeneficiaryCard(
      long id,
      long villageId,
      String maskedHeadName,
      String status,
      boolean labourAble,
      int vulnerableMembers) {}

  /**
   * The households of villages still poor or lifted out with policy, who share an asset's income,
   * by village and id.
   *
   * @param villages the villages
   * @param year the year of the income, for the members' ages
   * @return the households
   */
  public java.util.List<BeneficiaryCard> beneficiariesOf(
      java.util.Collection<Long> villages, java.time.Year year) {
    if (villages.isEmpty()) {
      return java.util.List.of();
    }
    return em
        .createQuery(
            "SELECT h FROM HouseholdEntity h WHERE h.villageId IN :v AND h.status IN :s"
                + " ORDER BY h.villageId, h.id",
            HouseholdEntity.class)
        .setParameter("v", villages)
        .setParameter(
            "s",
            java.util.List.of(
                org.sunshineledger.registry.HouseholdStatus.POOR,
                org.sunshineledger.registry.HouseholdStatus.LIFTED_WITH_POLICY))
        .getResultList()
        .stream()
        .map(
            h -> {
              var household = h.toDomain();
              return new BeneficiaryCard(
                  h.id(),
                  h.villageId(),
                  Masking.name(h.headName()),
                  h.status().name(),
                  household.members().stream()
                      .anyMatch(
                          m -> m.labourAbility() != org.sunshineledger.registry.LabourAbility.NONE),
                  (int) household.members().stream().filter(m -> m.vulnerableIn(year)).count());
            })
        .toList();
  }

  /**
   * A household as a notice shows it: its head as a masked cell and its size.
   *
   * @param head the head's cell, masked by the disclosure's policy
   * @param members how many members it has
   */
  public record OnNotice(org.sunshineledger.disclosure.Cell head, int members) {}

  /**
   * A household as a notice shows it.
   *
   * @param id the household
   * @return it, empty when none is registered with that id
   */
  public Optional<OnNotice> onNotice(long id) {
    HouseholdEntity entity = em.find(HouseholdEntity.class, id);
    return entity == null
        ? Optional.empty()
        : Optional.of(
            new OnNotice(
                org.sunshineledger.disclosure.Cell.person(entity.headName()),
                entity.memberCount()));
  }

  /**
   * A village's registry in figures, for the public: no household is named.
   *
   * @param registeredPersons the members of its households ever registered poor (建档立卡人口)
   * @param householdsLifted its households lifted out of poverty
   */
  public record VillageCounts(long registeredPersons, long householdsLifted) {}

  /**
   * The registry's figures of villages.
   *
   * @param villages the villages
   * @return each village's figures; a village without households is absent
   */
  public java.util.Map<Long, VillageCounts> countsOf(java.util.Collection<Long> villages) {
    java.util.Map<Long, VillageCounts> all = queries.districtCounts(this::countAll);
    java.util.Map<Long, VillageCounts> result = new java.util.HashMap<>();
    for (Long village : villages) {
      VillageCounts c = all.get(village);
      if (c != null) {
        result.put(village, c);
      }
    }
    return result;
  }

  /** Every village's figures, in two grouped reads of the whole registry. */
  private java.util.Map<Long, VillageCounts> countAll() {
    java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT h.villageId, COUNT(m) FROM HouseholdEntity h JOIN h.members m"
                    + " GROUP BY h.villageId",
                Object[].class)
            .getResultList()) {
      counts.computeIfAbsent((Long) row[0], k -> new long[2])[0] = ((Number) row[1]).longValue();
    }
    for (Object[] row :
        em.createQuery(
                "SELECT h.villageId, COUNT(h) FROM HouseholdEntity h"
                    + " WHERE h.status <> :poor GROUP BY h.villageId",
                Object[].class)
            .setParameter("poor", org.sunshineledger.registry.HouseholdStatus.POOR)
            .getResultList()) {
      counts.computeIfAbsent((Long) row[0], k -> new long[2])[1] = ((Number) row[1]).longValue();
    }
    java.util.Map<Long, VillageCounts> result = new java.util.HashMap<>();
    counts.forEach((village, c) -> result.put(village, new VillageCounts(c[0], c[1])));
    return java.util.Map.copyOf(result);
  }
}

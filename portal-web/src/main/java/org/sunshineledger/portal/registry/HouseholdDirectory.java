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

  /**
   * A household as a village's payee list names it (收益分配名单): its id and 户编号, its village, its
   * status, how many members it has, and its head's name, which another room may compare with the
   * name a list gives but never read: only the masked form leaves the registry.
   */
  public static final class Payee {
    private final long id;
    private final String code;
    private final long villageId;
    private final org.sunshineledger.registry.HouseholdStatus status;
    private final int members;
    private final String headName;

    /**
     * A payee as the registry knows it.
     *
     * @param id the household
     * @param code its 户编号, or null when it was registered without one
     * @param villageId its village
     * @param status its status
     * @param members how many members it has
     * @param headName its head's name, kept to be compared only
     */
    public Payee(
        long id,
        String code,
        long villageId,
        org.sunshineledger.registry.HouseholdStatus status,
        int members,
        String headName) {
      this.id = id;
      this.code = code;
      this.villageId = villageId;
      this.status = java.util.Objects.requireNonNull(status, "status");
      this.members = members;
      this.headName = java.util.Objects.requireNonNull(headName, "headName");
    }

    /**
     * Returns the household's id.
     *
     * @return the id
     */
    public long id() {
      return id;
    }

    /**
     * Returns the 户编号.
     *
     * @return the code, or null
     */
    public String code() {
      return code;
    }

    /**
     * Returns the village.
     *
     * @return the village's id
     */
    public long villageId() {
      return villageId;
    }

    /**
     * Returns the status.
     *
     * @return the status
     */
    public org.sunshineledger.registry.HouseholdStatus status() {
      return status;
    }

    /**
     * Whether it shares in assets' income: still poor, or lifted out and still under the policy
     * (脱贫不再享受政策 households do not).
     *
     * @return true when it does
     */
    public boolean sharesIncome() {
      return status != org.sunshineledger.registry.HouseholdStatus.LIFTED_WITHOUT_POLICY;
    }

    /**
     * Returns how many members it has.
     *
     * @return the count
     */
    public int members() {
      return members;
    }

    /**
     * Returns the head's name as the public sees it (张*三).
     *
     * @return the masked name
     */
    public String maskedHeadName() {
      return Masking.name(headName);
    }

    /**
     * Whether a name, as typed in a list, is the head's: spaces and full-width forms do not count.
     *
     * @param name the name typed
     * @return true when it is the head's name
     */
    public boolean headIs(String name) {
      return name != null && folded(headName).equals(folded(name));
    }

    private static String folded(String name) {
      return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
          .replaceAll("[\\s\u00B7\u2022\u30FB.]", "");
    }
  }

  /**
   * The payees of villages, all statuses, read in two queries without loading a household's
   * records: enough to check a payee list of any length against the registry.
   *
   * @param villages the villages
   * @return the households, by id
   */
  public java.util.List<Payee> payeesOf(java.util.Collection<Long> villages) {
    if (villages.isEmpty()) {
      return java.util.List.of();
    }
    java.util.Map<Long, Integer> members = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT h.id, COUNT(m) FROM HouseholdEntity h JOIN h.members m"
                    + " WHERE h.villageId IN :v GROUP BY h.id",
                Object[].class)
            .setParameter("v", villages)
            .getResultList()) {
      members.put((Long) row[0], ((Number) row[1]).intValue());
    }
    java.util.List<Payee> payees = new java.util.ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT h.id, h.externalCode, h.villageId, h.status, h.headName"
                    + " FROM HouseholdEntity h WHERE h.villageId IN :v ORDER BY h.id",
                Object[].class)
            .setParameter("v", villages)
            .getResultList()) {
      long id = (Long) row[0];
      payees.add(
          new Payee(
              id,
              (String) row[1],
              (Long) row[2],
              (org.sunshineledger.registry.HouseholdStatus) row[3],
              members.getOrDefault(id, 0),
              (String) row[4]));
    }
    return payees;
  }

  /**
   * How the registry stood for households on a day, as the supervision rules compare a payout with
   * it: each household's village and its status that day — the status it had before its first
   * change after the day, or today's when none came after. A household registered after the day, or
   * not at all, has no standing.
   *
   * @param households the households
   * @param day the day, such as the last day of an income's period
   * @return the standings by household id
   */
  public java.util.Map<Long, org.sunshineledger.supervision.PayeePolicy.Standing> standingsOn(
      java.util.Collection<Long> households, java.time.LocalDate day) {
    java.util.Map<Long, org.sunshineledger.supervision.PayeePolicy.Standing> standings =
        new java.util.HashMap<>();
    java.util.List<Long> ids = java.util.List.copyOf(new java.util.TreeSet<>(households));
    for (int from = 0; from < ids.size(); from += 1000) {
      java.util.List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
      java.util.Map<Long, org.sunshineledger.registry.HouseholdStatus> earlier =
          new java.util.HashMap<>();
      java.util.Set<Long> laterRegistered = new java.util.HashSet<>();
      for (Object[] row :
          em.createQuery(
                  "SELECT h.id, c.from FROM HouseholdEntity h JOIN h.history c"
                      + " WHERE h.id IN :ids AND c.on > :day ORDER BY h.id, c.on DESC",
                  Object[].class)
              .setParameter("ids", batch)
              .setParameter("day", day)
              .getResultList()) {
        // newest first: the last row of a household is its first change after the day
        if (row[1] == null) {
          laterRegistered.add((Long) row[0]);
        } else {
          earlier.put((Long) row[0], (org.sunshineledger.registry.HouseholdStatus) row[1]);
        }
      }
      for (Object[] row :
          em.createQuery(
                  "SELECT h.id, h.villageId, h.status FROM HouseholdEntity h WHERE h.id IN :ids",
                  Object[].class)
              .setParameter("ids", batch)
              .getResultList()) {
        long id = (Long) row[0];
        if (laterRegistered.contains(id)) {
          continue;
        }
        standings.put(
            id,
            new org.sunshineledger.supervision.PayeePolicy.Standing(
                new org.sunshineledger.registry.HouseholdId(id),
                new org.sunshineledger.region.VillageId((Long) row[1]),
                earlier.getOrDefault(id, (org.sunshineledger.registry.HouseholdStatus) row[2])));
      }
    }
    return standings;
  }

  /**
   * A household's head as the supervision rules compare them with other departments' lists: the
   * household, its village, and the head's ID number keyed under the lists' key — never the number.
   *
   * @param id the household
   * @param villageId its village
   * @param head the head's keyed ID number
   */
  public record KeyedHead(
      long id, long villageId, org.sunshineledger.supervision.KeyedIdNumber head) {}

  /**
   * Every registered household's head, keyed, in batches of plain rows (id, village, number) read
   * in the order of their ids, so that a registry of a million households is neither loaded as
   * entities nor held whole. The numbers are keyed here, inside the registry: no raw number leaves
   * it. Only heads are compared, as only heads have their ID number registered; the payees of the
   * distributions are registry households ({@code payout.household_id}), so comparing the
   * households compares the payees too. A household without an ID number, or with a malformed one,
   * is left out.
   *
   * @param key the reference lists' key
   * @param size the most households in a batch
   * @param batches given each batch, in the order of the households' ids
   */
  public void keyedHeads(
      org.sunshineledger.supervision.ReferenceKey key,
      int size,
      java.util.function.Consumer<java.util.List<KeyedHead>> batches) {
    long after = Long.MIN_VALUE;
    while (true) {
      java.util.List<Object[]> rows =
          em.createQuery(
                  "SELECT h.id, h.villageId, h.idNumber FROM HouseholdEntity h"
                      + " WHERE h.id > :after AND h.idNumber IS NOT NULL ORDER BY h.id",
                  Object[].class)
              .setParameter("after", after)
              .setMaxResults(size)
              .getResultList();
      if (rows.isEmpty()) {
        return;
      }
      java.util.List<KeyedHead> batch = new java.util.ArrayList<>(rows.size());
      for (Object[] row : rows) {
        try {
          batch.add(new KeyedHead((Long) row[0], (Long) row[1], key.of((String) row[2])));
        } catch (org.sunshineledger.kernel.DomainException malformed) {
          // a number registered before the registry checked them: nothing to compare
        }
      }
      after = (Long) rows.get(rows.size() - 1)[0];
      batches.accept(batch);
      if (rows.size() < size) {
        return;
      }
    }
  }

  /**
   * Finds a household by its 户编号.
   *
   * @param code the 户编号
   * @return the household, empty when none has that code
   */
  public Optional<HouseholdCard> findByCode(String code) {
    return em.createQuery(
            "SELECT h.id FROM HouseholdEntity h WHERE h.externalCode = :c", Long.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .flatMap(this::find);
  }

  /**
   * Which of many households are registered, in reads of a thousand ids each, without loading them:
   * a distribution's list of a hundred thousand households is checked in a hundred queries.
   *
   * @param ids the households' ids
   * @return those registered
   */
  public java.util.Set<Long> registered(java.util.Collection<Long> ids) {
    java.util.List<Long> all = java.util.List.copyOf(new java.util.LinkedHashSet<>(ids));
    java.util.Set<Long> found = new java.util.HashSet<>();
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          em.createQuery("SELECT h.id FROM HouseholdEntity h WHERE h.id IN :ids", Long.class)
              .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }
}

package org.sunshineledger.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A district (区) with its townships and villages: the unit that owns the programme.
 *
 * <p>An immutable map of places. Townships and villages keep the order they were given in (for 峄城区,
 * the order of the statistical division codes).
 */
public final class District {
  private final String name;
  private final DivisionCode code;
  private final List<Township> townships;
  private final List<Village> villages;
  private final Map<TownshipId, Township> townshipsById;
  private final Map<VillageId, Village> villagesById;

  /**
   * Creates a district.
   *
   * @param name the name, for example 峄城区
   * @param code the district's 6-digit administrative division code
   * @param townships its townships
   * @param villages its villages, each belonging to one of the townships
   * @throws IllegalArgumentException when a village names a township that is not in the district,
   *     or an id appears twice
   */
  public District(
      String name, DivisionCode code, List<Township> townships, List<Village> villages) {
    this.name = Objects.requireNonNull(name, "name");
    this.code = Objects.requireNonNull(code, "code");
    this.townships = List.copyOf(townships);
    this.villages = List.copyOf(villages);
    this.townshipsById = index(this.townships, Township::id);
    this.villagesById = index(this.villages, Village::id);
    for (Village village : this.villages) {
      if (!townshipsById.containsKey(village.township())) {
        throw new IllegalArgumentException(
            village.name() + " names township " + village.township() + ", not in " + name);
      }
    }
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> byKey = new LinkedHashMap<>();
    for (V value : values) {
      if (byKey.put(key.apply(value), value) != null) {
        throw new IllegalArgumentException("id " + key.apply(value) + " appears twice");
      }
    }
    return byKey;
  }

  /**
   * Returns the district's name.
   *
   * @return the name, for example 峄城区
   */
  public String name() {
    return name;
  }

  /**
   * Returns the district's division code.
   *
   * @return the code
   */
  public DivisionCode code() {
    return code;
  }

  /**
   * Returns the townships in their order.
   *
   * @return the townships
   */
  public List<Township> townships() {
    return townships;
  }

  /**
   * Returns all villages and communities in their order.
   *
   * @return the villages
   */
  public List<Village> villages() {
    return villages;
  }

  /**
   * Returns the villages of one township, in their order.
   *
   * @param township the township
   * @return its villages, empty for an unknown township
   */
  public List<Village> villagesOf(TownshipId township) {
    return villages.stream().filter(v -> v.township().equals(township)).toList();
  }

  /**
   * Finds a township.
   *
   * @param id its id
   * @return the township, or empty
   */
  public Optional<Township> township(TownshipId id) {
    return Optional.ofNullable(townshipsById.get(id));
  }

  /**
   * Finds a village.
   *
   * @param id its id
   * @return the village, or empty
   */
  public Optional<Village> village(VillageId id) {
    return Optional.ofNullable(villagesById.get(id));
  }

  /**
   * Finds a township by name.
   *
   * @param townshipName the name, for example 峨山镇
   * @return the township, or empty
   */
  public Optional<Township> townshipNamed(String townshipName) {
    return townships.stream().filter(t -> t.name().equals(townshipName)).findFirst();
  }

  /**
   * Finds a village by township and name; names repeat across townships (白庙村 is in two).
   *
   * @param townshipName the township's name
   * @param villageName the village's common name
   * @return the village, or empty
   */
  public Optional<Village> villageNamed(String townshipName, String villageName) {
    return townshipNamed(townshipName)
        .flatMap(
            t -> villagesOf(t.id()).stream().filter(v -> v.name().equals(villageName)).findFirst());
  }

  /**
   * Returns the villages that carry a designation, in their order.
   *
   * @param designation the designation
   * @return those villages
   */
  public List<Village> villagesDesignated(VillageDesignation designation) {
    return villages.stream().filter(v -> v.is(designation)).toList();
  }

  /**
   * Returns the focus townships (脱贫任务比较重的镇), in their order.
   *
   * @return the focus townships
   */
  public List<Township> focusTownships() {
    return townships.stream().filter(Township::focus).toList();
  }

  /**
   * Counts the villages of each township.
   *
   * @return the count per township, in township order
   */
  public Map<TownshipId, Long> villageCounts() {
    Map<TownshipId, Long> counts =
        villages.stream().collect(Collectors.groupingBy(Village::township, Collectors.counting()));
    Map<TownshipId, Long> ordered = new LinkedHashMap<>();
    townships.forEach(t -> ordered.put(t.id(), counts.getOrDefault(t.id(), 0L)));
    return ordered;
  }
}

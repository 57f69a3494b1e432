package org.sunshineledger.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 峄城区 (枣庄市, 山东省) as the ledger knows it: its 7 townships and 328 villages and communities from the
 * 2023 statistical division codes (统计用区划代码, cut-off 2023-06-30), plus 石灰窑埠村, which the 2018 policy
 * names and the 2023 list no longer has, with the designations of policy §4.
 *
 * <p>Ids are given in the order of the division codes: townships 1–7, villages 1–328, and 329 for
 * 石灰窑埠村, so they are the same on every load.
 */
public final class Yicheng {
  /** The district's name. */
  public static final String DISTRICT_NAME = "峄城区";

  /** The district's administrative division code. */
  public static final DivisionCode DISTRICT_CODE = new DivisionCode("370404");

  /** The focus townships of §4 (脱贫任务比较重的镇), to which funds tilt. */
  public static final List<String> FOCUS_TOWNSHIPS = List.of("峨山镇", "榴园镇", "古邵镇");

  /** The nine key-support villages of §4 (市定重点扶持村), by township. */
  public static final Map<String, List<String>> KEY_SUPPORT_VILLAGES =
      orderedMap(
          "峨山镇", List.of("黄泉村", "三山村", "后香屯村", "店子村", "石灰窑埠村", "后利增村"),
          "榴园镇", List.of("七里山村", "白庙村"),
          "古邵镇", List.of("万年闸村"));

  /** The village of the 2018 policy that the 2023 list lacks, and its township. */
  static final String SHIHUIYAOBU = "石灰窑埠村";

  private static final String SHIHUIYAOBU_TOWNSHIP = "峨山镇";
  private static final String RESOURCE = "yicheng-villages.csv";

  private Yicheng() {}

  private static Map<String, List<String>> orderedMap(Object... pairs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> villages = (List<String>) pairs[i + 1];
      map.put((String) pairs[i], villages);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Loads the district from the reference list bundled with this library.
   *
   * @return 峄城区 with 7 townships and 329 villages
   */
  public static District district() {
    try (InputStream in = Yicheng.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the library");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static District parse(BufferedReader reader) throws IOException {
    Map<String, Township> townshipsByCode = new LinkedHashMap<>();
    List<Village> villages = new ArrayList<>();
    String header = reader.readLine();
    if (header == null || !header.startsWith("division_code,registered_name")) {
      throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
    }
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      Township township =
          townshipsByCode.computeIfAbsent(
              cells[2], code -> township(townshipsByCode.size() + 1, code, cells[3]));
      villages.add(
          village(
              villages.size() + 1,
              Optional.of(new DivisionCode(cells[0])),
              commonName(cells[1]),
              township,
              kindOf(cells[1])));
    }
    Township eshan =
        townshipsByCode.values().stream()
            .filter(t -> t.name().equals(SHIHUIYAOBU_TOWNSHIP))
            .findFirst()
            .orElseThrow();
    villages.add(
        village(villages.size() + 1, Optional.empty(), SHIHUIYAOBU, eshan, VillageKind.VILLAGE));
    return new District(
        DISTRICT_NAME, DISTRICT_CODE, List.copyOf(townshipsByCode.values()), villages);
  }

  private static Township township(long id, String code, String name) {
    TownshipKind kind = name.endsWith("街道") ? TownshipKind.SUBDISTRICT : TownshipKind.TOWN;
    return new Township(
        new TownshipId(id), new DivisionCode(code), name, kind, FOCUS_TOWNSHIPS.contains(name));
  }

  private static Village village(
      long id, Optional<DivisionCode> code, String name, Township township, VillageKind kind) {
    Set<VillageDesignation> designations = EnumSet.noneOf(VillageDesignation.class);
    if (KEY_SUPPORT_VILLAGES.getOrDefault(township.name(), List.of()).contains(name)) {
      designations.add(VillageDesignation.KEY_SUPPORT);
    }
    return new Village(new VillageId(id), code, name, township.id(), kind, designations);
  }

  /**
   * The common name of a registered name: 黄泉村委会 → 黄泉村, 城前村村民委员会 → 城前村, 岳庄社区居民委员会 → 岳庄社区, 邵楼居委会 →
   * 邵楼居; a name cut short in the source (工农社区居) loses its stub.
   */
  static String commonName(String registered) {
    if (registered.endsWith("村民委员会")) {
      return withVillageSuffix(strip(registered, "村民委员会"));
    }
    if (registered.endsWith("村委会")) {
      return withVillageSuffix(strip(registered, "村委会"));
    }
    if (registered.endsWith("居民委员会")) {
      return strip(registered, "居民委员会");
    }
    if (registered.endsWith("社区居")) {
      return strip(registered, "居");
    }
    if (registered.endsWith("居委会")) {
      return strip(registered, "委会");
    }
    return registered;
  }

  private static String strip(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  private static String withVillageSuffix(String stem) {
    return stem.endsWith("村") ? stem : stem + "村";
  }

  static VillageKind kindOf(String registered) {
    return registered.endsWith("居委会") || registered.endsWith("居民委员会") || registered.endsWith("社区居")
        ? VillageKind.COMMUNITY
        : VillageKind.VILLAGE;
  }
}

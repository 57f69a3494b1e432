package org.sunshineledger.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic generator of realistic project records: 峄城区's townships and real village names
 * mixed with out-of-vocabulary place names, the policy's project types and crops, years, amounts
 * and fund sources. The same seed gives the same records.
 */
public final class ProjectFixtures {
  static final String[] TOWNSHIPS = {"坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇"};
  static final String[] VILLAGES = {
    "黄泉村", "三山村", "后香屯村", "店子村", "石灰窑埠村", "后利增村", "七里山村", "白庙村", "万年闸村",
    "峨山口村", "贾庄村", "褚楼村", "王府山村", "张庄村", "坊上村", "吴林村", "邵楼村", "西白山西村"
  };
  static final String[] TYPES = {
    "PLANTING",
    "BREEDING",
    "PROCESSING",
    "RURAL_TOURISM",
    "E_COMMERCE",
    "PHOTOVOLTAIC",
    "POVERTY_WORKSHOP",
    "INFRASTRUCTURE"
  };
  static final String[] STATUSES = {
    "RESERVE", "APPROVED", "IMPLEMENTATION", "COMPLETION_ACCEPTED", "OPERATION", "POST_EVALUATED"
  };
  static final String[] SOURCES = {
    "CENTRAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT", "SOE_DONATION", "CHARITY"
  };
  static final String[] THINGS = {
    "石榴深加工扶贫车间",
    "光伏扶贫电站",
    "大枣种植园",
    "核桃种植基地",
    "马铃薯示范基地",
    "肉牛养殖场",
    "乡村旅游民宿",
    "电商服务站",
    "道路硬化工程",
    "安全饮水工程",
    "养殖小区",
    "冷库",
    "石榴盆景园",
    "农产品加工厂",
    "扶贫产业园"
  };
  static final String[] PHRASES = {
    "吸纳贫困劳动力就业",
    "收益归村集体",
    "按股分红",
    "订单收购",
    "生产托管",
    "带动贫困户增收",
    "改善基础设施",
    "合作社统一经营",
    "100kW并网发电",
    "冷链物流"
  };

  private ProjectFixtures() {}

  /**
   * Generates projects.
   *
   * @param count how many
   * @param seed the seed
   * @return the projects, ids 1 to count
   */
  public static List<ProjectDocument> generate(int count, long seed) {
    Random random = new Random(seed);
    List<ProjectDocument> projects = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String township = TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
      String village =
          random.nextInt(4) == 0 ? oddPlace(random) : VILLAGES[random.nextInt(VILLAGES.length)];
      String thing = THINGS[random.nextInt(THINGS.length)];
      int year = 2018 + random.nextInt(3);
      String name = township + village + thing + (random.nextInt(5) == 0 ? "（二期）" : "");
      String description =
          year
              + "年建设"
              + thing
              + "，"
              + PHRASES[random.nextInt(PHRASES.length)]
              + "，"
              + PHRASES[random.nextInt(PHRASES.length)]
              + "。";
      long total = 50_000_00L + random.nextInt(2_000_000) * 100L;
      projects.add(
          new ProjectDocument(
              i,
              name,
              description,
              township,
              List.of(village),
              TYPES[random.nextInt(TYPES.length)],
              "SINGLE_VILLAGE",
              STATUSES[random.nextInt(STATUSES.length)],
              year,
              total,
              total / (1 + random.nextInt(3)),
              List.of(SOURCES[random.nextInt(SOURCES.length)]),
              township + "人民政府",
              List.of("EMPLOYMENT"),
              1_500_000_000_000L + i * 1000L));
    }
    return projects;
  }

  /**
   * What SQL {@code LIKE '%q%'} on the name or the description finds, ignoring case: the baseline
   * the index must match.
   *
   * @param q the text
   * @param projects the projects
   * @return the ids found
   */
  public static java.util.Set<Long> like(String q, List<ProjectDocument> projects) {
    String lower = q.toLowerCase(java.util.Locale.ROOT);
    java.util.Set<Long> ids = new java.util.HashSet<>();
    for (ProjectDocument p : projects) {
      if (p.name().toLowerCase(java.util.Locale.ROOT).contains(lower)
          || p.description().toLowerCase(java.util.Locale.ROOT).contains(lower)) {
        ids.add(p.id());
      }
    }
    return ids;
  }

  /** A place name no dictionary knows, from rare characters. */
  private static String oddPlace(Random random) {
    String rare = "嵫峄埠墕堌埝圩垤峪岙沟洼坨";
    return ""
        + rare.charAt(random.nextInt(rare.length()))
        + rare.charAt(random.nextInt(rare.length()))
        + "村";
  }

  /** Queries a tester would type, with place names no Chinese dictionary knows. */
  public static final List<String> QUERIES =
      List.of(
          "石榴", "光伏", "养殖", "殖场", "峨山", "万年闸", "石灰窑埠", "榴园镇", "扶贫车间", "核桃", "马铃薯", "民宿", "冷链",
          "100kW", "kw", "二期", "埠村", "嵫峄", "堌埝", "道路硬化", "按股分红", "2019年", "村集体", "吴林街道电商");
}

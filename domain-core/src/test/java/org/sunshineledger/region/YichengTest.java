package org.sunshineledger.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YichengTest {
  private final District yicheng = Yicheng.district();

  @Test
  void has_seven_townships_and_the_328_listed_villages_plus_shihuiyaobu() {
    assertEquals("峄城区", yicheng.name());
    assertEquals(
        List.of("坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇"),
        yicheng.townships().stream().map(Township::name).toList());
    assertEquals(329, yicheng.villages().size());
    assertEquals(
        328, yicheng.villages().stream().filter(v -> v.divisionCode().isPresent()).count());
  }

  @Test
  void keeps_division_codes_as_external_ids() {
    Village huangquan = yicheng.villageNamed("峨山镇", "黄泉村").orElseThrow();
    assertEquals(Optional.of(new DivisionCode("370404104213")), huangquan.divisionCode());
    Township eshan = yicheng.township(huangquan.township()).orElseThrow();
    assertEquals(new DivisionCode("370404104"), eshan.divisionCode());
    assertEquals(TownshipKind.TOWN, eshan.kind());
  }

  @Test
  void focus_townships_of_policy_s4_are_eshan_liuyuan_and_gushao() {
    assertEquals(
        List.of("古邵镇", "榴园镇", "峨山镇"),
        yicheng.focusTownships().stream().map(Township::name).toList());
  }

  @Test
  void the_nine_key_support_villages_of_policy_s4_are_marked() {
    List<String> keySupport =
        yicheng.villagesDesignated(VillageDesignation.KEY_SUPPORT).stream()
            .map(v -> yicheng.township(v.township()).orElseThrow().name() + v.name())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "古邵镇万年闸村",
            "峨山镇三山村",
            "峨山镇后利增村",
            "峨山镇后香屯村",
            "峨山镇店子村",
            "峨山镇石灰窑埠村",
            "峨山镇黄泉村",
            "榴园镇七里山村",
            "榴园镇白庙村"),
        keySupport);
  }

  @Test
  void the_key_support_baimiao_is_liuyuans_not_yinpings() {
    assertTrue(yicheng.villageNamed("榴园镇", "白庙村").orElseThrow().is(VillageDesignation.KEY_SUPPORT));
    assertFalse(
        yicheng.villageNamed("阴平镇", "白庙村").orElseThrow().is(VillageDesignation.KEY_SUPPORT));
  }

  @Test
  void shihuiyaobu_is_added_to_eshan_without_a_division_code() {
    Village shihuiyaobu = yicheng.village(new VillageId(329)).orElseThrow();
    assertEquals("石灰窑埠村", shihuiyaobu.name());
    assertEquals(Optional.empty(), shihuiyaobu.divisionCode());
    assertEquals("峨山镇", yicheng.township(shihuiyaobu.township()).orElseThrow().name());
  }

  @Test
  void counts_villages_per_township_as_the_division_list_has_them() {
    assertEquals(
        List.of(20L, 35L, 63L, 56L, 44L, 54L, 57L), List.copyOf(yicheng.villageCounts().values()));
  }

  @Test
  void common_names_drop_the_committee_suffix() {
    assertEquals("黄泉村", Yicheng.commonName("黄泉村委会"));
    assertEquals("城前村", Yicheng.commonName("城前村村民委员会"));
    assertEquals("岳庄社区", Yicheng.commonName("岳庄社区居民委员会"));
    assertEquals("工农社区", Yicheng.commonName("工农社区居"));
    assertEquals("邵楼居", Yicheng.commonName("邵楼居委会"));
    assertEquals("望亭村", Yicheng.commonName("望亭村"));
    assertEquals(VillageKind.COMMUNITY, Yicheng.kindOf("邵楼居委会"));
    assertEquals(VillageKind.VILLAGE, Yicheng.kindOf("黄泉村委会"));
  }
}

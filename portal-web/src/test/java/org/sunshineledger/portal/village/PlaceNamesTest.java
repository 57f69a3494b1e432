package org.sunshineledger.portal.village;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void a_village_is_spelled_in_pinyin_without_tones_and_by_its_initials() {
    assertEquals("huangquancun", PlaceNames.spell("黄泉村", false));
    assertEquals("hqc", PlaceNames.spell("黄泉村", true));
    assertEquals("lvzhuang", PlaceNames.spell("吕庄", false));
  }

  @Test
  void a_character_without_a_reading_is_kept_as_it_is() {
    assertEquals("a1cun", PlaceNames.spell("A1村", false));
  }
}

package org.sunshineledger.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** DOMAIN §2: personal data never leaves the registry unmasked for the public. */
class MaskingTest {
  @Test
  void names_keep_the_first_and_last_character_and_hide_the_length() {
    assertEquals("张*三", Masking.name("张小三"));
    assertEquals("欧*明", Masking.name("欧阳晓明"));
    assertEquals("张*", Masking.name("张三"));
    assertEquals("*", Masking.name("张"));
    assertEquals("*", Masking.name(" "));
  }

  @Test
  void phones_show_three_and_four_digits_and_id_numbers_none() {
    assertEquals("138****5678", Masking.phone("138-1234-5678"));
    assertEquals("063****1234", Masking.phone("0632-7711234"));
    assertEquals("****", Masking.phone("12317"));
    assertEquals("******************", Masking.idNumber("370404199001011234"));
  }
}

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

  @Test
  void addresses_stop_at_the_village_and_small_groups_are_suppressed() {
    assertEquals("山东省枣庄市峄城区峨山镇石灰窑埠村", Masking.address("山东省枣庄市峄城区峨山镇石灰窑埠村3组12号"));
    assertEquals("峄城区坛山街道工农社区", Masking.address("峄城区坛山街道工农社区2号楼3单元"));
    assertEquals("***", Masking.address("枣庄市人民路88号"));
    assertEquals(java.util.OptionalLong.empty(), Masking.count(2));
    assertEquals(java.util.OptionalLong.of(0), Masking.count(0));
    assertEquals(java.util.OptionalLong.of(3), Masking.count(3));
    assertEquals("<3", Cell.count(1).value());
    assertEquals("5", Cell.count(5).value());
    assertEquals("峄城区峨山镇石灰窑埠村", Cell.address("峄城区峨山镇石灰窑埠村3组").value());
    org.junit.jupiter.api.Assertions.assertThrows(
        org.sunshineledger.kernel.DomainException.class,
        () -> Cell.restore(Cell.Type.ADDRESS, "峄城区峨山镇石灰窑埠村3组12号"));
    org.junit.jupiter.api.Assertions.assertThrows(
        org.sunshineledger.kernel.DomainException.class, () -> Cell.restore(Cell.Type.COUNT, "2"));
  }
}

package org.sunshineledger.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.project.Fixtures;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;

/**
 * §17: complaints from anyone are handled fast (快查、快办、快结) and the complainant is protected — the
 * lead a complaint opens says what and where, never who.
 */
class ComplaintTest {
  private static final District YICHENG = Fixtures.YICHENG;
  private static final Village HUANGQUAN = Fixtures.HUANGQUAN;
  private static final Village HUZHUANG = YICHENG.villageNamed("阴平镇", "胡庄村").orElseThrow();
  private static final Instant FILED = Instant.parse("2019-05-06T02:00:00Z");

  @Test
  void a_complaint_becomes_a_lead_that_names_the_place_and_what_happened_but_not_the_complainant() {
    Complaint complaint =
        Complaint.about(
            7,
            YICHENG,
            HUANGQUAN.township(),
            Optional.of(HUANGQUAN.id()),
            ComplaintCategory.ASSET_INCOME,
            "  光伏电站去年的收益没有分到户，村里说还在账上。  ",
            " 13800001234 ",
            FILED);
    assertEquals(Optional.of("13800001234"), complaint.contact());
    Finding lead = complaint.finding();
    assertEquals("supervision.complaint|complaint:7", lead.key());
    assertEquals(Optional.of(HUANGQUAN.township()), lead.township());
    assertEquals(Optional.of(HUANGQUAN.id()), lead.village());
    assertEquals("光伏电站去年的收益没有分到户，村里说还在账上。", lead.figures().get("account"));
    assertEquals("资产收益分配", lead.figures().get("category"));
    assertEquals("2019-05-06", lead.figures().get("filedOn").toString());
    assertFalse(
        lead.figures().values().stream().anyMatch(v -> v.toString().contains("13800001234")));
  }

  @Test
  void an_anonymous_complaint_is_taken_and_a_blank_contact_is_no_contact() {
    Complaint anonymous =
        Complaint.about(
            8,
            YICHENG,
            HUANGQUAN.township(),
            Optional.empty(),
            ComplaintCategory.FUNDS,
            "镇里的切块资金半年没有安排到项目。",
            "   ",
            FILED);
    assertEquals(Optional.empty(), anonymous.contact());
    assertEquals(Optional.empty(), anonymous.finding().village());
  }

  @Test
  void a_complaint_says_enough_to_be_checked_and_not_more_than_a_page() {
    DomainException tooShort =
        assertThrows(
            DomainException.class,
            () ->
                Complaint.about(
                    9,
                    YICHENG,
                    HUANGQUAN.township(),
                    Optional.empty(),
                    ComplaintCategory.OTHER,
                    "有问题",
                    null,
                    FILED));
    assertEquals("supervision.complaint-account", tooShort.rule());
    assertEquals(3, tooShort.figures().get("given"));
    assertThrows(
        DomainException.class,
        () ->
            Complaint.about(
                9,
                YICHENG,
                HUANGQUAN.township(),
                Optional.empty(),
                ComplaintCategory.OTHER,
                "很".repeat(Complaint.MAX_ACCOUNT + 1),
                null,
                FILED));
    DomainException contact =
        assertThrows(
            DomainException.class,
            () ->
                Complaint.about(
                    9,
                    YICHENG,
                    HUANGQUAN.township(),
                    Optional.empty(),
                    ComplaintCategory.OTHER,
                    "镇里的切块资金半年没有安排到项目。",
                    "1".repeat(Complaint.MAX_CONTACT + 1),
                    FILED));
    assertEquals("supervision.complaint-contact", contact.rule());
  }

  @Test
  void a_complaint_of_ten_characters_to_a_page_is_taken_and_control_characters_are_dropped() {
    for (String account :
        List.of("村里的路修了一半停工", "很".repeat(Complaint.MAX_ACCOUNT), "村里的路\u0007修了一半\n停工了")) {
      Complaint taken =
          Complaint.about(
              11,
              YICHENG,
              HUANGQUAN.township(),
              Optional.empty(),
              ComplaintCategory.PROJECT,
              account,
              "1".repeat(Complaint.MAX_CONTACT),
              FILED);
      assertFalse(taken.account().contains("\u0007"), taken.account());
    }
    assertEquals(10, "村里的路修了一半停工".length());
    // the database counts UTF-16 units: a character beyond the basic plane counts two
    assertThrows(
        DomainException.class,
        () -> Complaint.account("\uD83D\uDE00".repeat(Complaint.MAX_ACCOUNT / 2 + 1)));
  }

  @Test
  void a_complaint_never_prints_its_contact() {
    Complaint complaint =
        Complaint.about(
            12,
            YICHENG,
            HUANGQUAN.township(),
            Optional.of(HUANGQUAN.id()),
            ComplaintCategory.CONDUCT,
            "村干部优亲厚友，评议时没有公开。",
            "13800001234",
            FILED);
    assertFalse(complaint.toString().contains("13800001234"), complaint.toString());
    assertTrue(complaint.toString().contains("contact=given"), complaint.toString());
  }

  @Test
  void a_complaint_names_a_village_of_the_township_it_is_about() {
    DomainException elsewhere =
        assertThrows(
            DomainException.class,
            () ->
                Complaint.about(
                    10,
                    YICHENG,
                    HUANGQUAN.township(),
                    Optional.of(HUZHUANG.id()),
                    ComplaintCategory.PROJECT,
                    "村里的路修了一半就停工了。",
                    null,
                    FILED));
    assertEquals("supervision.complaint-place", elsewhere.rule());
  }

  @Test
  void a_tracking_code_is_read_back_however_it_is_typed_and_only_its_hash_is_kept() {
    String code = TrackingCode.next(new Random(42));
    assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
    String typed = " " + code.toLowerCase(java.util.Locale.ROOT).replace("-", " ") + " ";
    assertEquals(TrackingCode.hash(code), TrackingCode.hash(typed));
    assertEquals(Optional.of(code), TrackingCode.printed(typed));
    assertEquals(64, TrackingCode.hash(code).orElseThrow().length());
    assertNotEquals(TrackingCode.next(new Random(42)), TrackingCode.next(new Random(43)));
    assertEquals(Optional.empty(), TrackingCode.read("0000-OOOO-IIII"));
    assertEquals(Optional.empty(), TrackingCode.read("../../etc/passwd"));
    assertEquals(Optional.empty(), TrackingCode.hash(null));
  }
}

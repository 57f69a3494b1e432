package org.sunshineledger.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.money.Money;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** DOMAIN §8 and issue 4: the rules of public notice. */
class DisclosureTest {
  private static final Publisher VILLAGE =
      new Publisher(DisclosureLevel.VILLAGE, new TownshipId(3), new VillageId(31), "峨山镇石灰窑埠村村民委员会");
  private static final Instant AT = Instant.parse("2019-05-06T02:00:00Z");

  private static NoticeContent content(String amount) {
    return new NoticeContent(
        "2019年石灰窑埠村光伏收益分配名单公示",
        "根据村民代表大会决议，现将收益分配名单公示如下。",
        List.of("户主", "联系电话", "身份证号", "分配金额（元）"),
        List.of(
            List.of(
                Cell.person("张小三"),
                Cell.phone("13812345678"),
                Cell.idNumber("370404199001011234"),
                Cell.amount(Money.yuan(amount)))));
  }

  private static Disclosure published() {
    Disclosure d =
        Disclosure.draft(
            7,
            DisclosureKind.INCOME_DISTRIBUTION,
            VILLAGE,
            "distribution:5",
            null,
            content("500.00"));
    d.publish(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 15), "eshan-officer", AT);
    return d;
  }

  @Test
  void published_content_is_never_edited_a_correction_is_a_new_version_naming_what_and_why() {
    Disclosure d = published();
    DomainException refused =
        assertThrows(DomainException.class, () -> d.editDraft(content("600.00")));
    assertEquals("disclosure.published-is-immutable", refused.rule());
    DisclosureVersion v2 =
        d.correct(content("600.00"), "金额录入错误，应为600元", "eshan-officer", AT.plusSeconds(60));
    assertEquals(2, v2.number());
    assertEquals(1, v2.replaces());
    assertEquals("金额录入错误，应为600元", v2.reason());
    assertEquals(2, d.versions().size());
    assertEquals("500.00", d.versions().get(0).content().rows().get(0).get(3).value());
    assertNotEquals(d.versions().get(0).shortHash(), v2.shortHash());
    assertThrows(DomainException.class, () -> d.correct(content("700.00"), " ", "x", AT));
  }

  @Test
  void a_notice_stays_up_at_least_ten_days() {
    Disclosure d =
        Disclosure.draft(8, DisclosureKind.BENEFICIARY_LIST, VILLAGE, null, null, content("1.00"));
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> d.publish(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 14), "x", AT));
    assertEquals("disclosure.window-too-short", refused.rule());
    assertEquals(9L, refused.figures().get("days"));
    assertEquals(Disclosure.Status.DRAFT, d.status(LocalDate.of(2019, 5, 7)));
  }

  @Test
  void objections_are_taken_inside_the_window_only_and_answered_once() {
    Disclosure d = published();
    Objection o = d.fileObjection(1, "我家实际人口为4人，名单少算一人。", LocalDate.of(2019, 5, 15), AT);
    assertFalse(o.answered());
    DomainException late =
        assertThrows(
            DomainException.class,
            () -> d.fileObjection(2, "公示期过后提出的异议", LocalDate.of(2019, 5, 16), AT));
    assertEquals("disclosure.objection-outside-window", late.rule());
    assertEquals("2019-05-15", late.figures().get("windowEnd"));
    assertEquals("2019-05-16", late.figures().get("today"));
    assertTrue(late.getMessage().contains("2019-05-06 to 2019-05-15"));
    d.answer(1, "经核实已更正，见第2版。", "eshan-officer", AT);
    assertTrue(d.objections().get(0).answered());
    assertThrows(DomainException.class, () -> d.answer(1, "again", "x", AT));
    assertEquals(
        "disclosure.unmasked-personal-data",
        assertThrows(
                DomainException.class,
                () -> d.fileObjection(3, "请回电 138 1234 5678", LocalDate.of(2019, 5, 10), AT))
            .rule());
  }

  @Test
  void personal_data_enters_a_notice_only_masked() {
    DisclosureVersion v = published().current();
    String json = v.canonicalJson();
    assertTrue(json.contains("张*三"), json);
    assertTrue(json.contains("138****5678"), json);
    assertFalse(json.contains("张小三"));
    assertFalse(json.contains("370404199001011234"));
    assertFalse(json.contains("13812345678"));
    assertEquals(
        "disclosure.unmasked-personal-data",
        assertThrows(DomainException.class, () -> Cell.text("身份证 37040419900101123X")).rule());
    assertThrows(DomainException.class, () -> Cell.restore(Cell.Type.PERSON, "张小三"));
    assertEquals("张*三", Cell.restore(Cell.Type.PERSON, "张*三").value());
  }

  @Test
  void the_canonical_form_is_one_fixed_text_that_escapes_quotes() {
    DisclosureVersion v = published().current();
    assertEquals(v.canonicalJson(), published().current().canonicalJson());
    assertTrue(v.canonicalJson().startsWith("{\"format\":\"" + DisclosureVersion.FORMAT + "\""));
    NoticeContent quoted = new NoticeContent("\"引号\"\\", "", List.of(), List.of());
    Disclosure d = Disclosure.draft(9, DisclosureKind.PROJECT_PLAN, VILLAGE, null, null, quoted);
    String json =
        d.publish(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 15), "x", AT).canonicalJson();
    assertTrue(json.contains("\"title\":\"\\\"引号\\\"\\\\\""), json);
  }

  @Test
  void the_working_days_left_count_neither_weekends_nor_holidays_and_go_negative_once_overdue() {
    // 2019 National Day: 1–7 October off, Sunday 29 September and Saturday 12 October worked.
    WorkingCalendar calendar =
        new WorkingCalendar(
            Set.of(
                LocalDate.of(2019, 10, 1),
                LocalDate.of(2019, 10, 2),
                LocalDate.of(2019, 10, 3),
                LocalDate.of(2019, 10, 4),
                LocalDate.of(2019, 10, 7)),
            Set.of(LocalDate.of(2019, 9, 29), LocalDate.of(2019, 10, 12)));
    // from Friday 27.9 to 23.10: the 15 working days of an allocation result
    assertEquals(
        15, calendar.workingDaysLeft(LocalDate.of(2019, 9, 27), LocalDate.of(2019, 10, 23)));
    assertEquals(
        0, calendar.workingDaysLeft(LocalDate.of(2019, 10, 23), LocalDate.of(2019, 10, 23)));
    // over the holiday nothing is counted: 30.9 → 8.10 is one working day (the 8th)
    assertEquals(1, calendar.workingDaysLeft(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 8)));
    // overdue since Wednesday 23.10, on Monday 28.10: Thursday, Friday and Monday passed
    assertEquals(
        -3, calendar.workingDaysLeft(LocalDate.of(2019, 10, 28), LocalDate.of(2019, 10, 23)));
    assertEquals(
        calendar.addWorkingDays(LocalDate.of(2019, 9, 27), 20),
        LocalDate.of(2019, 9, 27)
            .plusDays(
                java.util.stream.IntStream.rangeClosed(1, 60)
                    .filter(
                        n ->
                            calendar.workingDaysLeft(
                                    LocalDate.of(2019, 9, 27),
                                    LocalDate.of(2019, 9, 27).plusDays(n))
                                == 20)
                    .min()
                    .orElseThrow()),
        "the first day with 20 working days left is the day 20 working days after");
  }

  @Test
  void allocation_results_are_due_in_15_working_days_and_other_items_in_20() {
    // 2019 National Day: 1–7 October off, Sunday 29 September and Saturday 12 October worked.
    WorkingCalendar calendar =
        new WorkingCalendar(
            Set.of(
                LocalDate.of(2019, 10, 1),
                LocalDate.of(2019, 10, 2),
                LocalDate.of(2019, 10, 3),
                LocalDate.of(2019, 10, 4),
                LocalDate.of(2019, 10, 7)),
            Set.of(LocalDate.of(2019, 9, 29), LocalDate.of(2019, 10, 12)));
    Publisher district = new Publisher(DisclosureLevel.DISTRICT, null, null, "峄城区扶贫开发领导小组");
    Obligation allocation =
        Obligation.arising(
            "allocation:1",
            PublishableEvent.ALLOCATION_DECIDED,
            district,
            "2019年第三批专项资金分配",
            LocalDate.of(2019, 9, 27),
            calendar);
    // 29.9 (Sun, worked), 30.9, then 8–12.10 (12th a Saturday worked), 14–18.10, 21–23.10
    assertEquals(LocalDate.of(2019, 10, 23), allocation.dueDate());
    Obligation completion =
        Obligation.arising(
            "project:1",
            PublishableEvent.PROJECT_COMPLETED,
            district,
            "竣工",
            LocalDate.of(2019, 9, 27),
            calendar);
    assertEquals(LocalDate.of(2019, 10, 30), completion.dueDate());
    assertFalse(allocation.overdue(LocalDate.of(2019, 10, 23), null));
    assertTrue(allocation.overdue(LocalDate.of(2019, 10, 24), null));
    assertFalse(allocation.overdue(LocalDate.of(2019, 11, 1), LocalDate.of(2019, 10, 20)));
    assertTrue(allocation.metLate(LocalDate.of(2019, 10, 25)));
  }

  @Test
  void a_publisher_names_the_places_of_its_level() {
    assertThrows(
        DomainException.class,
        () -> new Publisher(DisclosureLevel.VILLAGE, new TownshipId(3), null, "某村"));
    assertThrows(
        DomainException.class,
        () -> new Publisher(DisclosureLevel.DISTRICT, new TownshipId(3), null, "区"));
  }
}

package org.sunshineledger.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;

/** §21: 逐级逐部门建立台账、整改销号 — a lead is checked, rectified by a deadline and closed with evidence. */
class RectificationLedgerTest {
  private static final District YICHENG = Yicheng.district();
  private static final Village HUANGQUAN = YICHENG.villageNamed("峨山镇", "黄泉村").orElseThrow();
  private static final Village SANSHAN = YICHENG.villageNamed("峨山镇", "三山村").orElseThrow();
  private static final Actor AUDITOR = Actor.unscoped("demo-auditor", Role.AUDITOR);
  private static final Actor ESHAN = Actor.townshipOfficer("eshan-officer", HUANGQUAN.township());
  private static final Actor HUANGQUAN_OFFICER =
      Actor.villageOfficer("huangquan-officer", HUANGQUAN);
  private static final Actor SANSHAN_OFFICER = Actor.villageOfficer("sanshan-officer", SANSHAN);
  private static final Instant FOUND = Instant.parse("2019-04-01T01:00:00Z");

  private static Lead huangquanLead() {
    Finding finding =
        new Finding(
            HandOverPolicy.RULE,
            "project:7",
            Optional.of(HUANGQUAN.township()),
            Optional.of(HUANGQUAN.id()),
            Map.of("project", 7L));
    return Lead.open(new LeadId(1), finding, HandOverPolicy.RULE, FOUND);
  }

  @Test
  void a_lead_is_checked_rectified_by_its_deadline_and_closed_with_evidence_every_move_kept() {
    Lead lead = huangquanLead();
    assertEquals(LeadStatus.PENDING, lead.status());
    lead.confirm(AUDITOR, FOUND.plusSeconds(3_600), "现场核实：厂房未办理移交手续");
    LocalDate deadline =
        lead.startRectification(
            HUANGQUAN_OFFICER,
            FOUND.plusSeconds(86_400),
            "补办移交手续",
            null,
            RectificationPolicy.DISTRICT);
    assertEquals(LocalDate.of(2019, 7, 2), deadline, "three months from the day it started");
    lead.close(AUDITOR, FOUND.plusSeconds(30 * 86_400), "移交-2019-12");
    assertEquals(LeadStatus.CLOSED, lead.status());
    assertEquals(
        List.of(
            "null→PENDING by supervision.hand-over-overdue",
            "PENDING→CONFIRMED by demo-auditor: 现场核实：厂房未办理移交手续",
            "CONFIRMED→RECTIFYING by huangquan-officer: 补办移交手续 until 2019-07-02",
            "RECTIFYING→CLOSED by demo-auditor: 移交-2019-12"),
        lead.history().stream()
            .map(
                e ->
                    e.from().map(Enum::name).orElse("null")
                        + "→"
                        + e.to()
                        + " by "
                        + e.by()
                        + (e.note().isEmpty() ? "" : ": " + e.note())
                        + e.deadline().map(d -> " until " + d).orElse(""))
            .toList());
  }

  @Test
  void a_lead_found_not_true_needs_its_reason_and_ends_there() {
    Lead lead = huangquanLead();
    DomainException noReason =
        assertThrows(DomainException.class, () -> lead.dismiss(AUDITOR, FOUND, " "));
    assertEquals("supervision.lead-note", noReason.rule());
    assertEquals(LeadStatus.PENDING, lead.status());
    lead.dismiss(AUDITOR, FOUND, "资产已于 2019-03-20 移交，台账未及时更新");
    assertTrue(lead.status().ended());
    DomainException after =
        assertThrows(
            DomainException.class,
            () ->
                lead.startRectification(
                    HUANGQUAN_OFFICER, FOUND, "x", null, RectificationPolicy.DISTRICT));
    assertEquals("supervision.lead-transition", after.rule());
    assertEquals("UNFOUNDED", after.figures().get("from"));
  }

  @Test
  void auditors_check_and_close_and_only_the_officials_of_the_place_rectify() {
    Lead lead = huangquanLead();
    DomainException official =
        assertThrows(DomainException.class, () -> lead.confirm(ESHAN, FOUND, "自查属实"));
    assertEquals("supervision.lead-auditor", official.rule());
    lead.confirm(AUDITOR, FOUND, "");
    DomainException otherVillage =
        assertThrows(
            DomainException.class,
            () ->
                lead.startRectification(
                    SANSHAN_OFFICER, FOUND, "整改", null, RectificationPolicy.DISTRICT));
    assertEquals("supervision.lead-scope", otherVillage.rule());
    DomainException auditor =
        assertThrows(
            DomainException.class,
            () ->
                lead.startRectification(AUDITOR, FOUND, "整改", null, RectificationPolicy.DISTRICT));
    assertEquals("supervision.lead-scope", auditor.rule());
    assertTrue(lead.isResponsible(ESHAN), "the township answers for its villages' leads");
    lead.startRectification(ESHAN, FOUND, "整改", null, RectificationPolicy.DISTRICT);
    assertThrows(DomainException.class, () -> lead.close(HUANGQUAN_OFFICER, FOUND, "自行销号"));
    assertEquals(LeadStatus.RECTIFYING, lead.status());
  }

  @Test
  void a_rectification_past_its_deadline_is_overdue_and_a_deadline_past_a_year_is_refused() {
    Lead lead = huangquanLead();
    lead.confirm(AUDITOR, FOUND, "");
    DomainException tooLate =
        assertThrows(
            DomainException.class,
            () ->
                lead.startRectification(
                    ESHAN, FOUND, "整改", LocalDate.of(2020, 4, 2), RectificationPolicy.DISTRICT));
    assertEquals("supervision.deadline", tooLate.rule());
    assertEquals(LocalDate.of(2020, 4, 1), tooLate.figures().get("latest"));
    lead.startRectification(
        ESHAN, FOUND, "整改", LocalDate.of(2019, 5, 31), RectificationPolicy.DISTRICT);
    assertFalse(lead.overdueOn(LocalDate.of(2019, 5, 31)));
    assertTrue(lead.overdueOn(LocalDate.of(2019, 6, 1)));
    Lead restored = Lead.restore(lead.id(), lead.finding(), lead.history());
    assertEquals(Optional.of(LocalDate.of(2019, 5, 31)), restored.deadline());
    assertEquals(LeadStatus.RECTIFYING, restored.status());
  }

  @Test
  void a_move_dated_before_the_last_one_is_refused_so_the_history_stays_in_order() {
    Lead lead = huangquanLead();
    DomainException earlier =
        assertThrows(DomainException.class, () -> lead.confirm(AUDITOR, FOUND.minusSeconds(1), ""));
    assertEquals("supervision.lead-time", earlier.rule());
    assertEquals(1, lead.history().size());
  }
}

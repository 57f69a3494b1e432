package org.sunshineledger.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.Yicheng;

class ActorTest {
  private final District yicheng = Yicheng.district();
  private final Village huangquan = yicheng.villageNamed("峨山镇", "黄泉村").orElseThrow();
  private final Village sanshan = yicheng.villageNamed("峨山镇", "三山村").orElseThrow();
  private final Village wannianzha = yicheng.villageNamed("古邵镇", "万年闸村").orElseThrow();

  @Test
  void a_village_officer_writes_to_its_own_village_only() {
    Actor officer = Actor.villageOfficer("huangquan", huangquan);
    assertTrue(officer.mayWriteTo(huangquan));
    assertFalse(officer.mayWriteTo(sanshan));
    assertFalse(officer.mayWriteTo(huangquan.township()));
  }

  @Test
  void a_township_officer_writes_to_every_village_of_its_township_only() {
    Actor officer = Actor.townshipOfficer("eshan", huangquan.township());
    assertTrue(officer.mayWriteTo(huangquan));
    assertTrue(officer.mayWriteTo(sanshan));
    assertFalse(officer.mayWriteTo(wannianzha));
    assertTrue(officer.mayWriteTo(huangquan.township()));
    assertFalse(officer.mayWriteTo(wannianzha.township()));
  }

  @Test
  void the_district_admin_writes_anywhere_and_donors_and_auditors_nowhere() {
    assertTrue(Actor.unscoped("admin", Role.DISTRICT_ADMIN).mayWriteTo(wannianzha));
    assertFalse(Actor.unscoped("donor", Role.DONOR).mayWriteTo(wannianzha));
    assertFalse(Actor.unscoped("auditor", Role.AUDITOR).mayWriteTo(wannianzha));
    assertFalse(Actor.unscoped("auditor", Role.AUDITOR).mayWriteTo(wannianzha.township()));
  }

  @Test
  void registry_records_are_read_in_scope_and_by_auditors_but_never_by_donors() {
    assertTrue(Actor.villageOfficer("huangquan", huangquan).mayReadRegistryOf(huangquan));
    assertFalse(Actor.villageOfficer("huangquan", huangquan).mayReadRegistryOf(sanshan));
    assertTrue(Actor.townshipOfficer("eshan", huangquan.township()).mayReadRegistryOf(sanshan));
    assertFalse(Actor.townshipOfficer("eshan", huangquan.township()).mayReadRegistryOf(wannianzha));
    assertTrue(Actor.unscoped("auditor", Role.AUDITOR).mayReadRegistryOf(wannianzha));
    assertFalse(Actor.unscoped("donor", Role.DONOR).mayReadRegistryOf(wannianzha));
  }

  @Test
  void an_officer_must_be_scoped_to_a_place() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Actor("x", Role.TOWNSHIP_OFFICER, Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Actor(
                "x", Role.AUDITOR, Optional.of(huangquan.township()), Optional.of(huangquan.id())));
  }

  @Test
  void the_district_admin_appoints_township_officers_auditors_and_village_officers_anywhere() {
    Actor admin = Actor.unscoped("admin", Role.DISTRICT_ADMIN);
    assertTrue(admin.mayAppoint(Actor.townshipOfficer("t", wannianzha.township())));
    assertTrue(admin.mayAppoint(Actor.unscoped("a", Role.AUDITOR)));
    assertTrue(admin.mayAppoint(Actor.villageOfficer("v", wannianzha)));
    assertTrue(admin.mayAppoint(Actor.unscoped("second-admin", Role.DISTRICT_ADMIN)));
  }

  @Test
  void a_township_officer_appoints_village_officers_of_its_own_villages_only() {
    Actor officer = Actor.townshipOfficer("eshan", huangquan.township());
    assertTrue(officer.mayAppoint(Actor.villageOfficer("v", sanshan)));
    assertFalse(officer.mayAppoint(Actor.villageOfficer("v", wannianzha)));
    assertFalse(officer.mayAppoint(Actor.townshipOfficer("t", huangquan.township())));
    assertFalse(officer.mayAppoint(Actor.unscoped("a", Role.AUDITOR)));
    assertFalse(officer.mayAppoint(Actor.unscoped("admin", Role.DISTRICT_ADMIN)));
  }

  @Test
  void village_officers_donors_and_auditors_appoint_nobody_and_nobody_appoints_a_donor() {
    for (Actor actor :
        java.util.List.of(
            Actor.villageOfficer("huangquan", huangquan),
            Actor.unscoped("donor", Role.DONOR),
            Actor.unscoped("auditor", Role.AUDITOR))) {
      assertFalse(actor.mayAppoint(Actor.villageOfficer("v", huangquan)), actor.toString());
      assertFalse(actor.mayAppoint(Actor.unscoped("a", Role.AUDITOR)), actor.toString());
    }
    assertFalse(
        Actor.unscoped("admin", Role.DISTRICT_ADMIN).mayAppoint(Actor.unscoped("d", Role.DONOR)));
  }
}

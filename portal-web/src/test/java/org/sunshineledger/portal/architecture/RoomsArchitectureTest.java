package org.sunshineledger.portal.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * portal-web is cut into rooms by bounded context (docs/ARCHITECTURE.md): the rules hold over the
 * portal's classes, and each rule is shown to fail on the deliberate violations of the fixture
 * rooms under {@code architecture.fixture}, so that none of them can pass by matching nothing.
 */
class RoomsArchitectureTest {
  private static final String PORTAL = "org.sunshineledger.portal";
  private static final String FIXTURE = "org.sunshineledger.portal.architecture.fixture";

  private static JavaClasses portal;
  private static JavaClasses fixture;

  @BeforeAll
  static void importClasses() {
    portal =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PORTAL);
    fixture = new ClassFileImporter().importPackages(FIXTURE);
    assertTrue(portal.size() > 150, "the portal's classes were found: " + portal.size());
  }

  private static final RoomRules RULES = new RoomRules(PORTAL);
  private static final RoomRules FIXTURE_RULES = new RoomRules(FIXTURE);

  @Test
  void the_rooms_are_free_of_cycles() {
    RULES.roomsAreFreeOfCycles().check(portal);
    failsOnTheFixture(FIXTURE_RULES.roomsAreFreeOfCycles());
  }

  @Test
  void no_room_reads_another_rooms_persistence_types() {
    RULES.noRoomReadsAnotherRoomsPersistence().check(portal);
    failsOnTheFixture(FIXTURE_RULES.noRoomReadsAnotherRoomsPersistence());
  }

  @Test
  void pages_do_not_depend_on_resources_or_filters() {
    RULES.pagesDoNotDependOnResources().check(portal);
    failsOnTheFixture(FIXTURE_RULES.pagesDoNotDependOnResources());
  }

  @Test
  void the_demo_room_is_used_by_nothing_but_start_up() {
    RULES.demoIsUsedOnlyByStartUp().check(portal);
    failsOnTheFixture(FIXTURE_RULES.demoIsUsedOnlyByStartUp());
  }

  @Test
  void the_shared_rooms_depend_on_no_context() {
    RULES.sharedRoomsKnowNoContext().check(portal);
    failsOnTheFixture(FIXTURE_RULES.sharedRoomsKnowNoContext());
  }

  private static void failsOnTheFixture(ArchRule rule) {
    assertThrows(AssertionError.class, () -> rule.check(fixture), rule.getDescription());
  }
}

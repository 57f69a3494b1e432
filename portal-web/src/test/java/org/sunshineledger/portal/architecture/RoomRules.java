package org.sunshineledger.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The rules that keep portal-web's rooms apart, as docs/ARCHITECTURE.md describes them. Built for a
 * root package, so that the same rules run over the portal and over the fixtures that show each one
 * fails on a violation.
 */
final class RoomRules {
  /** The rooms every context may use; they use no context. */
  static final List<String> SHARED = List.of("shared", "http", "page", "database", "sheet");

  /** The bounded contexts and the accounts and places rooms they build on. */
  static final List<String> CONTEXTS =
      List.of(
          "account", "place", "fund", "registry", "board", "disclosure", "search", "supervision");

  private final String root;

  RoomRules(String root) {
    this.root = root;
  }

  private String room(String name) {
    return root + "." + name + "..";
  }

  private String[] rooms(List<String> names) {
    return names.stream().map(this::room).toArray(String[]::new);
  }

  /** No two rooms need each other, directly or through others. */
  ArchRule roomsAreFreeOfCycles() {
    return slices()
        .matching(root + ".(*)..")
        .namingSlices("room $1")
        .should()
        .beFreeOfCycles()
        .as("the rooms of portal-web are free of cycles");
  }

  /**
   * A room's entities and mappers are its own: another room asks its published services. The demo
   * room alone still writes the contexts' entities (it loads the district's generated history
   * directly; see docs/ARCHITECTURE.md).
   */
  ArchRule noRoomReadsAnotherRoomsPersistence() {
    return classes()
        .that(persistenceTypes())
        .should(beUsedOnlyInTheirRoomOr(root + ".demo"))
        .as("no room reads another room's persistence types (entities, mappers)");
  }

  /** Pages call the rooms' services, never a REST resource's methods or a filter's keys. */
  ArchRule pagesDoNotDependOnResources() {
    return noClasses()
        .that()
        .haveSimpleNameEndingWith("Pages")
        .or()
        .haveSimpleNameEndingWith("Servlet")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo("jakarta.ws.rs.container.ContainerRequestFilter")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo("jakarta.servlet.Filter")
        .as("pages do not depend on REST resources or filters");
  }

  /** The demo is loaded at start and used by nothing else. */
  ArchRule demoIsUsedOnlyByStartUp() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(room("demo"), room("startup"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(room("demo"))
        .as("the demo room is used by nothing but start-up");
  }

  /** The shared rooms know no context: plumbing does not reach into the ledger's rooms. */
  ArchRule sharedRoomsKnowNoContext() {
    return noClasses()
        .that()
        .resideInAnyPackage(rooms(SHARED))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(rooms(CONTEXTS))
        .as("the shared rooms (" + String.join(", ", SHARED) + ") depend on no context");
  }

  List<ArchRule> all() {
    return List.of(
        roomsAreFreeOfCycles(),
        noRoomReadsAnotherRoomsPersistence(),
        pagesDoNotDependOnResources(),
        demoIsUsedOnlyByStartUp(),
        sharedRoomsKnowNoContext());
  }

  private static DescribedPredicate<JavaClass> persistenceTypes() {
    return new DescribedPredicate<>("are persistence types") {
      @Override
      public boolean test(JavaClass type) {
        return type.isAnnotatedWith("jakarta.persistence.Entity")
            || type.isAnnotatedWith("jakarta.persistence.Embeddable")
            || type.getSimpleName().endsWith("Entity")
            || type.getSimpleName().equals("NoticeJson")
            || type.getSimpleName().equals("HouseholdQueries");
      }
    };
  }

  private static ArchCondition<JavaClass> beUsedOnlyInTheirRoomOr(String exempt) {
    return new ArchCondition<>("be used only in their own room") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String room = type.getPackageName();
        for (Dependency dependency : type.getDirectDependenciesToSelf()) {
          JavaClass origin = dependency.getOriginClass();
          String from = origin.getPackageName();
          if (!from.equals(room) && !from.equals(exempt) && !from.startsWith(exempt + ".")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}

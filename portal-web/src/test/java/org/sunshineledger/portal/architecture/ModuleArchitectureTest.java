package org.sunshineledger.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The direction of dependencies between the modules, as ARCHITECTURE.md draws it. */
@AnalyzeClasses(
    packages = "org.sunshineledger",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {
  private static final String PORTAL = "org.sunshineledger.portal..";
  private static final String SEARCH = "org.sunshineledger.search..";

  @ArchTest
  static final ArchRule domain_core_depends_on_java_only =
      classes()
          .that()
          .resideOutsideOfPackages(PORTAL, SEARCH)
          .should()
          .onlyDependOnClassesThat()
          // javax.crypto is the JDK's own (java.base): the reference lists' keyed hash needs it
          .resideInAnyPackage("java..", "javax.crypto..", "org.sunshineledger..")
          .andShould()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages(PORTAL, SEARCH);

  @ArchTest
  static final ArchRule lucene_types_appear_only_in_search_index =
      noClasses()
          .that()
          .resideOutsideOfPackage(SEARCH)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  @ArchTest
  static final ArchRule nothing_depends_on_portal_web =
      noClasses()
          .that()
          .resideOutsideOfPackage(PORTAL)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PORTAL);

  @ArchTest
  static final ArchRule the_domain_knows_no_persistence_framework =
      noClasses()
          .that()
          .resideOutsideOfPackage(PORTAL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..", "javax.persistence..", "org.eclipse..");
}

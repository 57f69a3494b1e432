package org.sunshineledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.sunshineledger",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DomainCoreArchitectureTest {

  @ArchTest
  static final ArchRule domain_core_depends_on_the_jdk_only =
      classes()
          .should()
          .onlyDependOnClassesThat()
          // javax.crypto is the JDK's own (java.base): the reference lists' keyed hash needs it
          .resideInAnyPackage("java..", "javax.crypto..", "org.sunshineledger..")
          .because("domain-core is embedded by other systems and must bring no dependency");
}

package org.verbatim.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md rule 1: core knows nothing of HTTP, the CLI or the console; SQL stays in the store. And
 * docs/architecture.md's package rules: no package cycles, internal packages stay private to their
 * parent's tree, core.model depends on nothing else of Verbatim. Each package rule is shown once to
 * fail on classes written to break it (in the test sources, never among the main classes).
 */
class CoreArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.verbatim.core");

  @Test
  void coreDoesNotDependOnHttpOrTheCommandLine() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.javalin..", "picocli..", "org.verbatim.server..", "jakarta.servlet..")
        .check(CORE);
  }

  @Test
  void coreNeverPrintsToTheConsole() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
  }

  @Test
  void onlyTheStoreTalksSql() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.verbatim.core.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(CORE);
  }

  @Test
  void coreHasNoPackageCycles() {
    ArchitectureRules.noPackageCycles("org.verbatim.core").check(CORE);
  }

  @Test
  void internalPackagesAreUsedOnlyInTheirParentsTree() {
    ArchitectureRules.internalPackagesStayInTheirParentsTree().check(CORE);
  }

  @Test
  void theModelDependsOnNoOtherVerbatimPackage() {
    ArchitectureRules.modelDependsOnNoOtherVerbatimPackage().check(CORE);
  }

  @Test
  void eachPackageRuleFailsOnAClassWrittenToBreakIt() {
    JavaClasses broken =
        new ClassFileImporter()
            .importPackages(
                "org.verbatim.core.archfixture",
                "org.verbatim.core.model.archfixture",
                "org.verbatim.core.search.internal");
    assertThat(
            ArchitectureRules.noPackageCycles("org.verbatim.core.archfixture")
                .evaluate(broken)
                .getFailureReport()
                .getDetails())
        .anyMatch(d -> d.contains("Cycle detected"));
    assertThat(
            ArchitectureRules.internalPackagesStayInTheirParentsTree()
                .evaluate(broken)
                .getFailureReport()
                .getDetails())
        .anyMatch(d -> d.contains("UsesSearchInternals"));
    assertThat(
            ArchitectureRules.modelDependsOnNoOtherVerbatimPackage()
                .evaluate(broken)
                .getFailureReport()
                .getDetails())
        .anyMatch(d -> d.contains("ValueThatKnowsTheStore"));
  }
}

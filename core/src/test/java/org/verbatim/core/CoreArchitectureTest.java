package org.verbatim.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** STYLE.md rule 1: core knows nothing of HTTP, the CLI or the console; SQL stays in the store. */
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
}

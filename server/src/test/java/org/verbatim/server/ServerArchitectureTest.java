package org.verbatim.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md rule 1: only command-line code prints; the HTTP layer holds no SQL. And
 * docs/architecture.md's package rules for the server: it reaches stored data only through core
 * services (never {@code core.store}), its packages form no cycle, and nothing outside a package's
 * tree uses its {@code internal} package (core's included). The store rule is shown once to fail on
 * a class written to break it.
 */
class ServerArchitectureTest {
  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.verbatim.server");

  // the server's classes with core's, so that a server class using a core internal is seen
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.verbatim");

  static final ArchRule SERVER_DOES_NOT_USE_THE_STORE =
      noClasses()
          .that()
          .resideInAPackage("org.verbatim.server..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.verbatim.core.store..")
          .because("routes and commands call core services, which own the rules; stores store");

  // every package its own slice, org.verbatim.server itself included (which "server.(**)" misses)
  static final ArchRule NO_SERVER_PACKAGE_CYCLES =
      slices()
          .assignedFrom(
              new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass c) {
                  return c.getPackageName().startsWith("org.verbatim.server")
                      ? SliceIdentifier.of(c.getPackageName())
                      : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                  return "the server's packages";
                }
              })
          .should()
          .beFreeOfCycles();

  static final ArchRule INTERNAL_STAYS_IN_ITS_PARENTS_TREE =
      classes()
          .that()
          .resideInAPackage("..internal..")
          .should(
              new ArchCondition<JavaClass>("be used only within their parent package's tree") {
                @Override
                public void check(JavaClass internal, ConditionEvents events) {
                  String name = internal.getPackageName();
                  String parent = name.substring(0, name.indexOf(".internal"));
                  for (Dependency d : internal.getDirectDependenciesToSelf()) {
                    String user = d.getOriginClass().getPackageName();
                    if (!user.equals(parent) && !user.startsWith(parent + ".")) {
                      events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                  }
                }
              })
          .allowEmptyShould(true);

  @Test
  void onlyTheCommandLinePrintsToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.verbatim.server.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(SERVER);
  }

  @Test
  void theServerHoldsNoSql() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(SERVER);
  }

  @Test
  void theServerReachesStoredDataOnlyThroughCoreServices() {
    SERVER_DOES_NOT_USE_THE_STORE.check(SERVER);
  }

  @Test
  void serverPackagesHaveNoCycles() {
    NO_SERVER_PACKAGE_CYCLES.check(SERVER);
  }

  @Test
  void noServerClassUsesAnInternalPackageOfCore() {
    INTERNAL_STAYS_IN_ITS_PARENTS_TREE.check(ALL);
  }

  @Test
  void theStoreRuleFailsOnAControllerWrittenToBreakIt() {
    JavaClasses broken = new ClassFileImporter().importClasses(ControllerThatUsesTheStore.class);
    assertThat(SERVER_DOES_NOT_USE_THE_STORE.evaluate(broken).getFailureReport().getDetails())
        .anyMatch(d -> d.contains("ControllerThatUsesTheStore") && d.contains("CodingStore"));
  }
}

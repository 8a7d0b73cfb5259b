package org.verbatim.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package rules of docs/architecture.md that hold in core, as ArchUnit rules checked against
 * the main classes (and, once each, against classes written to break them). The server's copy of
 * the cycle and internal rules is in its ServerArchitectureTest.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * No cycles between the packages under {@code root}. An {@code internal} package counts as part
   * of its parent: it is the parent's private half and may use the parent's public types.
   */
  static ArchRule noPackageCycles(String root) {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (!p.equals(root) && !p.startsWith(root + ".")) {
                  return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(withoutInternal(p));
              }

              @Override
              public String getDescription() {
                return "packages under " + root + " (an internal package with its parent)";
              }
            })
        .should()
        .beFreeOfCycles()
        .because("a package cycle makes two packages one, and neither can change alone");
  }

  /** An {@code internal} package is used only by its parent package and the parent's tree. */
  static ArchRule internalPackagesStayInTheirParentsTree() {
    return classes()
        .that()
        .resideInAPackage("..internal..")
        .should(
            new ArchCondition<JavaClass>("be used only within their parent package's tree") {
              @Override
              public void check(JavaClass internal, ConditionEvents events) {
                String parent = parentOfInternal(internal.getPackageName());
                for (Dependency d : internal.getDirectDependenciesToSelf()) {
                  String user = d.getOriginClass().getPackageName();
                  if (!user.equals(parent) && !user.startsWith(parent + ".")) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                  }
                }
              }
            })
        .allowEmptyShould(true);
  }

  /** The value records that cross boundaries depend on no other Verbatim package. */
  static ArchRule modelDependsOnNoOtherVerbatimPackage() {
    return noClasses()
        .that()
        .resideInAPackage("org.verbatim.core.model..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.verbatim..")
                .and(resideOutsideOfPackage("org.verbatim.core.model..")))
        .because("core.model holds the values every layer shares");
  }

  private static String withoutInternal(String p) {
    int i = p.indexOf(".internal");
    while (i >= 0) {
      int end = i + ".internal".length();
      if (end == p.length() || p.charAt(end) == '.') {
        return p.substring(0, i);
      }
      i = p.indexOf(".internal", end);
    }
    return p;
  }

  private static String parentOfInternal(String p) {
    return withoutInternal(p);
  }
}

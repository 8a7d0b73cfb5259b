package org.verbatim.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;

class RuleSyntaxTest {

  @Test
  void readsEachRuleAndWritesItBackInCanonicalForm() {
    assertThat(RuleSyntax.parse("  same-code   overlap=80% within=12 take=UNION ").text())
        .isEqualTo("same-code within=12 overlap=80 take=union");
    assertThat(RuleSyntax.parse("same-code within=5 take=mei").text())
        .isEqualTo("same-code within=5 take=mei");
    assertThat(RuleSyntax.parse("parent-child take=child")).isInstanceOf(ParentChildRule.class);
    assertThat(RuleSyntax.parse("only-one-coder take=open").text())
        .isEqualTo("only-one-coder take=open");
    assertThat(RuleSyntax.parse("only-one-coder take=keep scope=code").text())
        .isEqualTo("only-one-coder take=keep scope=code");
  }

  @Test
  void refusesUnknownRulesAndSettingsNamingWhatIsAccepted() {
    assertThatThrownBy(() -> RuleSyntax.parse("same-boundaries take=union"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("same-code, parent-child, only-one-coder");
    assertThatThrownBy(() -> RuleSyntax.parse("same-code within=4 take=union colour=red"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'colour'")
        .hasMessageContaining("overlap, take, within");
    assertThatThrownBy(() -> RuleSyntax.parse("same-code take=union"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("within=N");
    assertThatThrownBy(() -> RuleSyntax.parse("same-code within=many take=union"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> RuleSyntax.parse("same-code overlap=120 take=union"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("(0, 100]");
    assertThatThrownBy(() -> RuleSyntax.parse("parent-child take=parent"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("take=child");
    assertThatThrownBy(() -> RuleSyntax.parse("only-one-coder keep"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not key=value");
    assertThatThrownBy(() -> RuleSyntax.parse("only-one-coder take=keep scope=study"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("document, code or passage");
  }
}

package org.verbatim.core.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.verbatim.core.model.InvalidInputException;

/** Reads reconciliation rules written as a name followed by {@code key=value} words. */
public final class RuleSyntax {
  /** The syntax, one rule per line, for help texts. */
  public static final List<String> HELP =
      List.of(
          "same-code [within=N] [overlap=P] take=union|intersection|CODER",
          "    same code, starts and ends at most N characters apart or overlapping at least P %"
              + " (either suffices); the consensus takes the union, the intersection or the"
              + " named coder's passage",
          "parent-child take=child",
          "    the same passage coded with a code and its subcode: take the subcode",
          "only-one-coder take=keep|open [scope=document|code|passage]",
          "    only one coder coded it and the other never coded that document (scope=code: never"
              + " used that code in it; scope=passage: only did not code that passage): keep it,"
              + " or leave it open (no later rule settles it)");

  private RuleSyntax() {}

  /**
   * Parses one rule.
   *
   * @throws InvalidInputException naming the word that is wrong and what is accepted
   */
  public static ReconcileRule parse(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      throw new InvalidInputException("a rule is empty; rules are: " + names());
    }
    String name = words[0].toLowerCase(Locale.ROOT);
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 1; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      if (eq <= 0 || eq == words[i].length() - 1) {
        throw new InvalidInputException(
            "rule '" + text.strip() + "': '" + words[i] + "' is not key=value");
      }
      String key = words[i].substring(0, eq).toLowerCase(Locale.ROOT);
      if (args.put(key, words[i].substring(eq + 1)) != null) {
        throw new InvalidInputException(
            "rule '" + text.strip() + "': '" + key + "' is given twice");
      }
    }
    return switch (name) {
      case "same-code" -> sameCode(text, args);
      case "parent-child" -> {
        only(text, args, Set.of("take"));
        if (!"child".equalsIgnoreCase(args.getOrDefault("take", ""))) {
          throw new InvalidInputException(
              "rule '" + text.strip() + "': parent-child needs take=child");
        }
        yield new ParentChildRule();
      }
      case "only-one-coder" -> {
        only(text, args, Set.of("take", "scope"));
        String take = args.getOrDefault("take", "").toLowerCase(Locale.ROOT);
        if (!take.equals("keep") && !take.equals("open")) {
          throw new InvalidInputException(
              "rule '" + text.strip() + "': only-one-coder needs take=keep or take=open");
        }
        OnlyOneCoderRule.Scope scope;
        try {
          scope =
              OnlyOneCoderRule.Scope.valueOf(
                  args.getOrDefault("scope", "document").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(
              "rule '" + text.strip() + "': scope is document, code or passage");
        }
        yield new OnlyOneCoderRule(take.equals("keep"), scope);
      }
      default ->
          throw new InvalidInputException("unknown rule '" + words[0] + "'; rules are: " + names());
    };
  }

  private static ReconcileRule sameCode(String text, Map<String, String> args) {
    only(text, args, Set.of("within", "overlap", "take"));
    OptionalInt within = OptionalInt.empty();
    OptionalDouble overlap = OptionalDouble.empty();
    try {
      if (args.containsKey("within")) {
        within = OptionalInt.of(Integer.parseInt(args.get("within")));
      }
      if (args.containsKey("overlap")) {
        overlap = OptionalDouble.of(Double.parseDouble(args.get("overlap").replace("%", "")));
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "rule '" + text.strip() + "': within is a whole number of characters, overlap a percent");
    }
    String take = args.get("take");
    if (take == null) {
      throw new InvalidInputException(
          "rule '"
              + text.strip()
              + "': same-code needs take=union, take=intersection or take=CODER");
    }
    return switch (take.toLowerCase(Locale.ROOT)) {
      case "union" -> new SameCodeRule(within, overlap, SameCodeRule.Take.UNION, "");
      case "intersection" -> new SameCodeRule(within, overlap, SameCodeRule.Take.INTERSECTION, "");
      default -> new SameCodeRule(within, overlap, SameCodeRule.Take.CODER, take);
    };
  }

  private static void only(String text, Map<String, String> args, Set<String> allowed) {
    for (String key : args.keySet()) {
      if (!allowed.contains(key)) {
        throw new InvalidInputException(
            "rule '"
                + text.strip()
                + "': unknown setting '"
                + key
                + "'; it takes "
                + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  private static String names() {
    return "same-code, parent-child, only-one-coder";
  }
}

package org.verbatim.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.DocumentService;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.ProjectServices;
import org.verbatim.core.reconcile.BulkReconciliation;
import org.verbatim.core.reconcile.ReconcileRule;
import org.verbatim.core.reconcile.RuleApplication;
import org.verbatim.core.reconcile.RulePreview;
import org.verbatim.core.reconcile.RuleSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim reconcile DIR --coders A,B --rule RULE…}: previews (and with {@code --apply}
 * applies, as one undoable rule batch) reconciliation rules over a document or the whole study.
 * Exit codes: 0 ok, 1 bad input (one line on stderr), 2 usage error.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Settle disagreements between coders by rules, over one document or the whole study.",
      "Rules are tried in the order given; the first that fits a disagreement settles it (one"
          + " decision, the rule as its reason). Only open disagreements are touched: a decision"
          + " made by hand is never overwritten. Without --apply nothing is written.",
      "",
      "Rules (quote each one):",
      "  same-code [within=N] [overlap=P] take=union|intersection|CODER",
      "      same code, starts and ends at most N characters apart or overlapping at least P%%",
      "      (either suffices); the consensus takes the union, the intersection or CODER's passage",
      "  parent-child take=child",
      "      the same passage coded with a code and its subcode: take the subcode",
      "  only-one-coder take=keep|open [scope=document|code|passage]",
      "      only one coder coded it and the other never coded that document (scope=code: never",
      "      used that code in it; scope=passage: only did not code that passage): keep it, or",
      "      leave it open (no later rule settles it)",
      "",
      "Example: verbatim reconcile study --coders mei,james --rule \"same-code within=40"
          + " take=union\" --rule \"parent-child take=child\" --apply",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:previewed or applied",
      "1:bad input (unknown coder, rule, ...)",
      "2:usage error"
    })
final class ReconcileCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin @Nullable ProjectArg project;

  @Option(
      names = "--coders",
      required = true,
      split = ",",
      paramLabel = "A,B[,C...]",
      hideParamSyntax = true,
      description = "The coders to reconcile, by name.")
  List<String> coders = new ArrayList<>();

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description = "A rule (see above); repeat for several, in the order to try them.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--doc",
      paramLabel = "D",
      description = "Only this document, by name or id (default: every document).")
  @Nullable String doc;

  @Option(names = "--apply", description = "Write the decisions (one undoable rule batch).")
  boolean apply;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    CommandSpec command = java.util.Objects.requireNonNull(spec, "picocli injects the spec");
    ProjectArg folder = java.util.Objects.requireNonNull(project, "picocli injects the mixin");
    List<ReconcileRule> parsed = rules.stream().map(RuleSyntax::parse).toList();
    Actor owner = new Actor(ProjectArg.actor(), Role.OWNER, Optional.empty());
    PrintWriter out = command.commandLine().getOut();
    try (Project p = apply ? folder.open() : folder.openSharing()) {
      ProjectServices services = p.services();
      List<CoderId> ids = coderIds(services.codings().coders());
      Optional<DocumentId> document =
          Optional.ofNullable(doc).map(d -> document(services.documents(), d));
      BulkReconciliation bulk = services.bulkReconciliation();
      if (apply) {
        RuleApplication done = bulk.apply(owner, document, ids, parsed);
        print(out, done.before(), Optional.of(done));
      } else {
        print(out, bulk.preview(owner, document, ids, parsed), Optional.empty());
      }
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, RulePreview before, Optional<RuleApplication> done)
      throws Exception {
    if (json) {
      Map<String, Object> m = counts(before);
      m.put("disagreements", before.disagreements());
      m.put("decided", before.decided());
      m.put("openAfter", before.openAfter());
      m.put("applied", done.isPresent());
      done.ifPresent(
          d -> {
            m.put("batch", d.batch().id());
            m.put("after", counts(d.after()));
          });
      out.print(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m)
              + System.lineSeparator());
      return;
    }
    String scope = doc == null ? "the study" : "document " + doc;
    out.printf(
        Locale.ROOT,
        "Reconciling %s (%s): %d disagreements, %d decided, %d open%n",
        scope,
        String.join(", ", coders),
        before.disagreements(),
        before.decided(),
        before.open());
    for (RulePreview.RuleCount r : before.rules()) {
      out.printf(
          Locale.ROOT,
          "  %-44s settles %d%s%n",
          r.rule(),
          r.settles(),
          r.leavesOpen() > 0 ? ", leaves " + r.leavesOpen() + " open" : "");
      for (RulePreview.RuleExample e : r.examples()) {
        out.printf(Locale.ROOT, "      %s: \"%s\" -> %s%n", e.documentName(), e.text(), e.result());
      }
    }
    int settled = before.open() - before.openAfter();
    out.printf(
        Locale.ROOT,
        "  together they settle %d of %d open (%.0f%%); %d would stay open%n",
        settled,
        before.open(),
        before.open() == 0 ? 0.0 : 100.0 * settled / before.open(),
        before.openAfter());
    if (done.isPresent()) {
      RuleApplication d = done.get();
      out.printf(
          Locale.ROOT,
          "applied as rule batch %d: %d decisions written; now %d of %d decided, %d open%n",
          d.batch().id(),
          d.batch().decisions(),
          d.after().decided(),
          d.after().disagreements(),
          d.after().open());
    } else {
      out.println("nothing written (preview); add --apply to write these decisions");
    }
  }

  private static Map<String, Object> counts(RulePreview p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("open", p.open());
    List<Map<String, Object>> list = new ArrayList<>();
    for (RulePreview.RuleCount r : p.rules()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("rule", r.rule());
      one.put("settles", r.settles());
      one.put("leavesOpen", r.leavesOpen());
      List<Map<String, Object>> examples = new ArrayList<>();
      for (RulePreview.RuleExample e : r.examples()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("document", e.documentName());
        x.put("key", e.key());
        x.put("kind", e.kind());
        x.put("text", e.text());
        x.put("result", e.result());
        examples.add(x);
      }
      one.put("examples", examples);
      list.add(one);
    }
    m.put("rules", list);
    return m;
  }

  private List<CoderId> coderIds(List<Coder> all) {
    List<CoderId> ids = new ArrayList<>();
    for (String name : coders) {
      String n = name.strip();
      Coder c =
          all.stream()
              .filter(x -> x.name().equals(n))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "no coder named '"
                              + n
                              + "'; coders are "
                              + String.join(
                                  ", ",
                                  all.stream()
                                      .map(Coder::name)
                                      .filter(x -> !x.equals(Coder.CONSENSUS))
                                      .toList())));
      ids.add(c.id());
    }
    return ids;
  }

  private static DocumentId document(DocumentService documents, String d) {
    Optional<DocumentId> byName = documents.byName(d).map(x -> x.id());
    if (byName.isPresent()) {
      return byName.get();
    }
    try {
      DocumentId id = new DocumentId(Long.parseLong(d));
      if (documents.list().stream().anyMatch(x -> x.id().equals(id))) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not an id either
    }
    throw new InvalidInputException("no document named '" + d + "'");
  }
}

package org.verbatim.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Participant;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim documents DIR}: lists the documents of a project. */
@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description = "List the documents of a project.")
final class DocumentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Option(names = "--json", description = "One JSON array of documents.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<DocumentSummary> docs;
    try (Project p = project.openSharing()) {
      docs = p.services().documents().list();
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(docs.stream().map(DocumentsCommand::toJson).toList()));
      return 0;
    }
    out.printf(
        "%-24s %-24s %-4s %8s %6s %s%n", "NAME", "PARTICIPANT", "LANG", "WORDS", "TURNS", "FORMAT");
    for (DocumentSummary d : docs) {
      out.printf(
          "%-24s %-24s %-4s %8d %6d %s%n",
          d.name(),
          d.participant().map(Participant::label).orElse("-"),
          d.language().code(),
          d.words(),
          d.turns(),
          d.format().extension());
    }
    return 0;
  }

  private static Map<String, Object> toJson(DocumentSummary d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("participant", d.participant().map(Participant::label).orElse(null));
    m.put("attributes", d.participant().map(Participant::attributes).orElse(Map.of()));
    m.put("language", d.language().code());
    m.put("words", d.words());
    m.put("turns", d.turns());
    m.put("format", d.format().extension());
    m.put("length", d.length());
    m.put("sha256", d.sha256());
    return m;
  }
}

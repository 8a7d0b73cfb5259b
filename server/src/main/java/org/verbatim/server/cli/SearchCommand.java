package org.verbatim.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.verbatim.core.project.Project;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchQuery;
import org.verbatim.core.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim search DIR QUERY}: keyword-in-context search over a project. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search transcripts; prints keyword-in-context lines.",
      "QUERY: words, \"phrases\", AND/OR/NOT, wildcards (recover*), proximity (\"peer support\"~3);",
      "English words match their stems; Chinese is matched by words (ICU segmentation)."
    })
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Parameters(index = "1", paramLabel = "QUERY", description = "The query.")
  String query;

  @Option(
      names = "--json",
      description =
          "One JSON object per hit (document, participant, speaker, start, end, match, before, after).")
  boolean json;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most this many hits (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--speaker", description = "Only turns of this speaker.")
  Optional<String> speaker;

  @Option(names = "--doc", description = "Only this document.")
  Optional<String> document;

  @Option(
      names = "--where",
      description = "Participant attribute filter NAME=VALUE (repeatable; all must hold).")
  Map<String, String> where = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1");
    }
    SearchResult result;
    try (Project p = project.openSharing()) {
      result =
          p.services().search().search(new SearchQuery(query, speaker, document, where, limit));
    }
    var out = spec.commandLine().getOut();
    for (SearchHit h : result.hits()) {
      if (json) {
        out.println(JSON.writeValueAsString(toJson(h)));
      } else {
        // padded by display width: a Han character takes two columns, so Chinese lines align
        out.printf(
            "%s %s %s [%s] %s%n",
            pad(h.document(), 8),
            pad(h.speaker().orElse("-"), 22),
            DisplayWidth.leftPad(h.before(), 40),
            h.match(),
            h.after());
      }
    }
    if (!json) {
      spec.commandLine()
          .getErr()
          .printf(
              "%s%d hits%s%n",
              result.totalExact() ? "" : "more than ",
              result.totalHits(),
              result.totalHits() > result.hits().size()
                  ? " (showing " + result.hits().size() + "; use --limit)"
                  : "");
    }
    return 0;
  }

  /** Like {@code %-Ns}: cut only when longer than a column can hold, then padded. */
  private static String pad(String s, int width) {
    return DisplayWidth.of(s) >= width ? s : DisplayWidth.rightPad(s, width);
  }

  static Map<String, Object> toJson(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", h.document());
    m.put("participant", h.participant().orElse(null));
    m.put("speaker", h.speaker().orElse(null));
    m.put("turn", h.turn());
    m.put("start", h.start());
    m.put("end", h.end());
    m.put("match", h.match());
    m.put("before", h.before());
    m.put("after", h.after());
    return m;
  }
}

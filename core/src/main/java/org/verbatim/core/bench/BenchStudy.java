package org.verbatim.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;
import org.verbatim.core.project.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.ThemeService;

/**
 * The study the theme and export benchmarks run on, stored once in a folder and reused: the
 * agreement benchmark's generated documents and codings (optionally thinned to a number of codings,
 * evenly), one participant per document with a discipline (5 values) and an interview number, and a
 * theme tree of one theme per top-level code (linking it) with 2 subthemes each (2 subcodes
 * apiece). A folder holding a complete study of the same settings is opened as it is; storing takes
 * minutes at 1,000 documents.
 */
public final class BenchStudy {
  private static final String[] DISCIPLINES = {
    "nursing", "social work", "psychiatry", "peer", "psychology"
  };
  private static final String MARKER = "bench-study.txt";

  /** The stored study: its project folder, how long storing took (zero when reused). */
  public record Stored(Path project, Duration fill, boolean reused) {}

  private BenchStudy() {}

  /**
   * Opens the study in {@code work/project} if it is complete and made with these settings, else
   * builds it there (a stale or partial one is replaced).
   *
   * @param codings keep this many of the generated codings, spread evenly; empty keeps all
   * @throws InvalidInputException if {@code codings} exceeds what the generator makes
   */
  public static Stored prepare(
      AgreementBenchmark.Settings settings, Path work, Optional<Integer> codings) {
    Path project = work.resolve("project");
    String key = settings + " codings=" + codings.map(String::valueOf).orElse("all");
    Path marker = work.resolve(MARKER);
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(key)) {
        return new Stored(project, Duration.ZERO, true);
      }
      Files.deleteIfExists(marker);
      if (Files.exists(project)) {
        org.verbatim.core.project.Folders.deleteRecursively(project);
      }
      long begin = System.nanoTime();
      AgreementBenchmark.Study study = AgreementBenchmark.Study.generate(settings, work);
      try (Project p = Project.create(project)) {
        fill(p.store(), study, codings);
        attachParticipants(p.store());
        buildThemes(p.store());
      }
      Duration fill = Duration.ofNanos(System.nanoTime() - begin);
      Files.writeString(marker, key + "\n");
      return new Stored(project, fill, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores documents, codebook and codings (every coding, or {@code keep} spread evenly). */
  static void fill(ProjectStore store, AgreementBenchmark.Study study, Optional<Integer> keep) {
    long total = study.codingCount();
    if (keep.isPresent() && (keep.get() < 0 || keep.get() > total)) {
      throw new InvalidInputException(
          "the generated study has " + total + " codings; cannot keep " + keep.get());
    }
    String actor = "bench";
    List<CoderId> coders = new ArrayList<>();
    study.coders().forEach(name -> coders.add(store.coders().ensure(name, actor).id()));
    List<CodeId> codes = new ArrayList<>();
    CodeId parent = null;
    for (var code : study.codes()) {
      Optional<CodeId> under = code.depth() == 0 ? Optional.empty() : Optional.of(parent);
      CodeId id = store.codes().create(new NewCode(under, code.name(), "", "#336699"), actor).id();
      if (code.depth() == 0) {
        parent = id;
      }
      codes.add(id);
    }
    long seen = 0;
    for (int n = 0; n < study.codings().size(); n++) {
      DocumentContent t = study.template(n);
      String name = AgreementBenchmark.Study.name(n);
      DocumentContent unique =
          new DocumentContent(
              name, t.language(), t.format(), t.text() + "\n\n" + name, t.turns(), t.sentences());
      DocumentId doc = store.documents().add(unique, actor).id();
      List<NewCoding> batch = new ArrayList<>();
      for (SyntheticCodings.Coding c : study.codings().get(n)) {
        long i = seen++;
        // the i-th coding is kept when the even share of `keep` over `total` steps past an integer
        if (keep.isPresent() && (i + 1) * keep.get() / total == i * keep.get() / total) {
          continue;
        }
        batch.add(
            new NewCoding(
                doc, codes.get(c.code()), coders.get(c.coder()), new Span(c.start(), c.end()), ""));
      }
      store.codings().addAll(batch, actor);
    }
  }

  private static void attachParticipants(ProjectStore store) {
    List<ParticipantRow> rows = new ArrayList<>();
    List<DocumentSummary> docs = store.documents().list();
    for (int i = 0; i < docs.size(); i++) {
      rows.add(
          new ParticipantRow(
              docs.get(i).name(),
              "P" + (i + 1),
              Map.of(
                  "discipline",
                  DISCIPLINES[i % DISCIPLINES.length],
                  "interviewed",
                  Integer.toString(i)),
              "bench row " + (i + 1)));
    }
    store.participants().attach(rows, "bench");
  }

  private static void buildThemes(ProjectStore store) {
    ThemeService themes = new ThemeService(store.themes(), store.codes());
    Actor actor = new Actor("bench", Role.OWNER, Optional.empty());
    Map<CodeId, List<CodeId>> children = new HashMap<>();
    List<Code> tops = new ArrayList<>();
    for (Code c : store.codes().list()) {
      if (c.parent().isEmpty()) {
        tops.add(c);
      } else {
        children.computeIfAbsent(c.parent().get(), k -> new ArrayList<>()).add(c.id());
      }
    }
    for (Code top : tops) {
      Theme t =
          themes.create(actor, Optional.empty(), "Theme " + top.name(), "", List.of(top.id()));
      List<CodeId> subs = children.getOrDefault(top.id(), List.of());
      for (int half = 0; half < 2; half++) {
        List<CodeId> part =
            subs.subList(Math.min(subs.size(), half * 2), Math.min(subs.size(), half * 2 + 2));
        themes.create(actor, Optional.of(t.id()), "Sub " + top.name() + " " + (half + 1), "", part);
      }
    }
  }
}

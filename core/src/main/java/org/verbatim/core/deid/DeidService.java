package org.verbatim.core.deid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.verbatim.core.deid.MapEntry.Decision;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.DocumentStore;

/**
 * De-identification of one project: scan the transcripts for identifying forms, decide on each
 * (accept, reject, map to a replacement, link variants of one person), and the resulting {@link
 * Redactor} for exports. Decisions go to the key file ({@link DeidMapFile}); stored documents and
 * codings are never changed.
 */
public final class DeidService {
  private final DocumentStore documents;
  private final EntityTagger tagger;
  private final DeidMapFile file;

  public DeidService(Path folder, DocumentStore documents, EntityTagger tagger) {
    this.documents = documents;
    this.tagger = tagger;
    this.file = DeidMapFile.in(folder);
  }

  /** The key file. */
  public DeidMapFile file() {
    return file;
  }

  /** The map as saved. */
  public DeidMap map() {
    return file.read();
  }

  /** The saved map as the filter de-identified exports pass their text through. */
  public Redactor redactor() {
    return new Redactor(file.read());
  }

  /**
   * Scans every document: named entities (PERSON, ORGANIZATION, LOCATION, CITY, DATE), the listed
   * names and Chinese name patterns, grouped by form, most frequent first, each with the decision
   * on it so far.
   *
   * @param progress hears (documents done, documents in all) after each document
   */
  public List<FoundForm> scan(BiConsumer<Integer, Integer> progress) {
    DeidMap map = file.read();
    Scanner scanner = new Scanner(tagger, map.names());
    List<DocumentSummary> all = documents.list();
    List<Document> docs = new ArrayList<>();
    int[] done = {0};
    for (DocumentSummary s : all) {
      documents.get(s.id()).ifPresent(docs::add);
    }
    tagger.prepare(docs);
    List<Scanner.Group> groups =
        scanner.group(
            docs,
            d -> {
              List<Mention> m = scanner.mentions(d);
              progress.accept(++done[0], docs.size());
              return m;
            });
    List<FoundForm> out = new ArrayList<>();
    for (Scanner.Group g : groups) {
      Optional<MapEntry> decided =
          g.surfaces.keySet().stream().map(map::entryOf).flatMap(Optional::stream).findFirst();
      out.add(
          new FoundForm(
              g.form(),
              new ArrayList<>(g.surfaces.keySet()),
              decided.map(MapEntry::tag).orElse(g.tag()),
              g.count,
              g.documents.size(),
              g.sources,
              g.contexts,
              decided.map(e -> e.decision().name().toLowerCase(Locale.ROOT)).orElse("found"),
              decided.map(MapEntry::replacement).orElse("")));
    }
    return out;
  }

  /** {@link #scan(BiConsumer)} without progress. */
  public List<FoundForm> scan() {
    return scan((done, of) -> {});
  }

  /**
   * Accepts each form: de-identified exports replace it by its tag's next pseudonym ("[person 3]"),
   * or keep the one it has.
   *
   * @throws NotFoundException naming a form neither found by a scan nor in the map
   */
  public synchronized DeidMap accept(List<String> forms) {
    DeidMap map = file.read();
    List<FoundForm> found = scan();
    for (String f : forms) {
      map = accepted(map, known(map, found, f));
    }
    file.write(map);
    return map;
  }

  /** Accepts every form the scan finds that has no decision yet; returns the map. */
  public synchronized DeidMap acceptAllFound() {
    DeidMap map = file.read();
    for (FoundForm f : scan()) {
      if (f.status().equals("found")) {
        map = accepted(map, new Known(f.form(), f.tag(), Optional.empty()));
      }
    }
    file.write(map);
    return map;
  }

  /**
   * Rejects each form: exports leave it as it is.
   *
   * @throws NotFoundException naming a form neither found nor in the map
   */
  public synchronized DeidMap reject(List<String> forms) {
    DeidMap map = file.read();
    List<FoundForm> found = scan();
    for (String f : forms) {
      Known k = known(map, found, f);
      List<String> variants = k.entry().map(MapEntry::variants).orElse(List.of());
      map = map.with(new MapEntry(k.form(), k.tag(), Decision.REJECTED, "", variants));
    }
    file.write(map);
    return map;
  }

  /**
   * Accepts {@code form} with its own replacement: "[psychiatrist]" becomes the next numbered
   * "[psychiatrist 1]" (a different form mapped to the same label gets "[psychiatrist 2]"); any
   * other text is used as it is.
   *
   * @throws NotFoundException naming a form neither found nor in the map
   * @throws InvalidInputException when the replacement is blank
   */
  public synchronized DeidMap map(String form, String replacement) {
    String r = replacement.strip();
    if (r.isEmpty() || r.equals("[]")) {
      throw new InvalidInputException("the replacement for '" + form + "' is empty");
    }
    DeidMap map = file.read();
    Known k = known(map, scan(), form);
    String pseudonym = r;
    if (r.startsWith("[") && r.endsWith("]") && !r.matches("\\[.+ \\d+]")) {
      String label = r.substring(1, r.length() - 1).strip();
      Optional<String> own =
          k.entry().map(MapEntry::replacement).filter(p -> p.startsWith("[" + label + " "));
      pseudonym = own.orElseGet(() -> file.read().nextReplacement(label));
    }
    List<String> variants = k.entry().map(MapEntry::variants).orElse(List.of());
    map = map.with(new MapEntry(k.form(), k.tag(), Decision.ACCEPTED, pseudonym, variants));
    file.write(map);
    return map;
  }

  /**
   * Links {@code variants} to {@code form} as forms of the same person or place ("Lin" to "Dr.
   * Lin"): they get its pseudonym. The form is accepted if it was not yet.
   *
   * @throws NotFoundException naming a form neither found nor in the map
   * @throws InvalidInputException when a variant is the form itself
   */
  public synchronized DeidMap link(String form, List<String> variants) {
    DeidMap map = file.read();
    List<FoundForm> found = scan();
    Known k = known(map, found, form);
    if (k.entry().isEmpty() || !k.entry().get().accepted()) {
      map = accepted(map, k);
    }
    MapEntry entry = map.entryOf(k.form()).orElseThrow();
    List<String> all = new ArrayList<>(entry.variants());
    for (String v : variants) {
      Known kv = known(map, found, v);
      if (FormKey.of(kv.form()).equals(FormKey.of(entry.form()))) {
        throw new InvalidInputException("'" + v + "' is the form itself, not a variant of it");
      }
      // the variant's own entry (and its variants) joins this one
      kv.entry().ifPresent(e -> e.forms().stream().filter(f -> !all.contains(f)).forEach(all::add));
      if (!all.contains(kv.form())) {
        all.add(kv.form());
      }
    }
    MapEntry linked =
        new MapEntry(entry.form(), entry.tag(), entry.decision(), entry.replacement(), all);
    List<MapEntry> kept = new ArrayList<>();
    for (MapEntry e : map.entries()) {
      if (e == entry) {
        kept.add(linked);
      } else if (e.forms().stream()
          .map(FormKey::of)
          .noneMatch(f -> all.stream().map(FormKey::of).anyMatch(f::equals))) {
        kept.add(e);
      }
    }
    map = new DeidMap(kept, map.names());
    file.write(map);
    return map;
  }

  /** Adds names (and places) for scans to look for, beside what the language models find. */
  public synchronized DeidMap addNames(List<ListedName> names) {
    DeidMap map = file.read().withNames(names);
    file.write(map);
    return map;
  }

  private static DeidMap accepted(DeidMap map, Known k) {
    if (k.entry().isPresent() && k.entry().get().accepted()) {
      return map;
    }
    List<String> variants = k.entry().map(MapEntry::variants).orElse(List.of());
    return map.with(
        new MapEntry(
            k.form(), k.tag(), Decision.ACCEPTED, map.nextReplacement(k.tag().label()), variants));
  }

  /** A form that a scan found or the map holds. */
  private record Known(String form, DeidTag tag, Optional<MapEntry> entry) {}

  private static Known known(DeidMap map, List<FoundForm> found, String form) {
    Optional<MapEntry> entry = map.entryOf(form);
    if (entry.isPresent()) {
      return new Known(entry.get().form(), entry.get().tag(), entry);
    }
    String key = FormKey.of(form);
    return found.stream()
        .filter(f -> f.surfaces().stream().anyMatch(s -> FormKey.of(s).equals(key)))
        .findFirst()
        .map(f -> new Known(f.form(), f.tag(), Optional.<MapEntry>empty()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "'" + form + "' is not a form the scan found nor one in the map"));
  }
}

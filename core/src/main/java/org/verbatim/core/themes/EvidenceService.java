package org.verbatim.core.themes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.store.ProjectStore;

/**
 * Reads layers of a project for the evidence views and retrieval, keeping recently read document
 * texts. Views themselves are computed by {@link Prevalence}, {@link EvidenceMatrices}, {@link
 * Cooccurrence}, {@link Saturation} and {@link ThemeProposals} from the snapshot this returns.
 */
public final class EvidenceService {
  /** Documents whose text is kept between calls. */
  public static final int CACHED_DOCUMENTS = 256;

  private final ProjectStore store;
  private final DocumentCache texts;

  public EvidenceService(ProjectStore store) {
    this.store = store;
    this.texts = new DocumentCache(store.documents(), CACHED_DOCUMENTS);
  }

  /**
   * Resolves a layer; without a choice, consensus where it has codings, else all coders.
   *
   * @throws org.verbatim.core.model.InvalidInputException for an unknown coder or a missing
   *     consensus layer
   */
  public ResolvedLayer layer(Optional<Layer> chosen) {
    return Layers.resolve(store, chosen);
  }

  /** The layer's snapshot with all its codings. */
  public LayerSnapshot snapshot(Optional<Layer> chosen) {
    return LayerSnapshot.load(store, layer(chosen), texts);
  }

  /**
   * Retrieves passages: paged by document in the store where the query allows ({@link
   * PassageRetrieval#pageable}), else reading only the codings of the codes the query needs.
   *
   * @throws org.verbatim.core.model.NotFoundException for an unknown code or theme
   */
  public PassagePage passages(Optional<Layer> chosen, PassageQuery query) {
    ResolvedLayer layer = layer(chosen);
    if (PassageRetrieval.pageable(query)) {
      // counted per document, and only the page's documents' codings read (V011's index)
      Outline o = outline();
      LayerSnapshot outline =
          new LayerSnapshot(
              layer,
              o.documents(),
              o.codes(),
              o.tree(),
              List.of(),
              o.coders(),
              texts,
              store.codings()::memos);
      return PassageRetrieval.findPaged(outline, query, PassageRetrieval.Spans.of(store.codings()));
    }
    LayerSnapshot outline =
        new LayerSnapshot(
            layer,
            List.of(),
            store.codes().list(),
            new ThemeTree(store.themes().list()),
            List.of(),
            List.of(),
            texts,
            LayerSnapshot.Memos.NONE);
    Set<CodeId> codes = new HashSet<>(PassageRetrieval.targetCodes(outline, query));
    query.and().ifPresent(a -> codes.addAll(outline.withSubcodes(a)));
    LayerSnapshot s =
        new LayerSnapshot(
            layer,
            store.documents().list(),
            outline.codes(),
            outline.tree(),
            store.codings().spans(layer.coderIds(), codes),
            store.coders().list(),
            texts,
            store.codings()::memos);
    return PassageRetrieval.find(s, query);
  }

  /** Documents (with participants), codes, theme tree and coders, read under one change mark. */
  private record Outline(
      Object mark,
      List<org.verbatim.core.model.DocumentSummary> documents,
      List<org.verbatim.core.model.Code> codes,
      ThemeTree tree,
      List<org.verbatim.core.model.Coder> coders) {}

  private @org.jspecify.annotations.Nullable Outline kept;

  /**
   * The outline of the project, kept until the store's change mark moves (any write, by this
   * process or another): reading the document listing is most of a page of passages otherwise.
   */
  private Outline outline() {
    Object mark = store.changeMark();
    synchronized (this) {
      if (kept != null && kept.mark().equals(mark)) {
        return kept;
      }
    }
    // the mark read first: a write while these are read moves it, so the next call reads again
    Outline read =
        new Outline(
            mark,
            store.documents().list(),
            store.codes().list(),
            new ThemeTree(store.themes().list()),
            store.coders().list());
    synchronized (this) {
      kept = read;
    }
    return read;
  }

  /**
   * Agreement between coders with every coding rolled up to the theme nodes its code belongs to, at
   * {@code depth} (0: the top-level themes).
   */
  public org.verbatim.core.agreement.project.ProjectAgreementReport themeAgreement(
      org.verbatim.core.agreement.project.AgreementRequest request, int depth) {
    return org.verbatim.core.agreement.project.ProjectAgreement.compute(
        ThemeAgreementInputs.fromStore(store, request, depth));
  }

  /** The project's store, for views that need more than a snapshot. */
  public ProjectStore store() {
    return store;
  }
}

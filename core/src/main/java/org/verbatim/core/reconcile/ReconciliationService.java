package org.verbatim.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.agreement.project.AgreementRequest;
import org.verbatim.core.agreement.project.AgreementService;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.project.ProjectAgreement;
import org.verbatim.core.agreement.project.ProjectAgreementReport;
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.ConsensusLink;
import org.verbatim.core.model.ConsensusSpan;
import org.verbatim.core.model.DecisionWrite;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewDecision;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.SourceVersion;
import org.verbatim.core.model.Span;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.ThemeAgreementInputs;

/**
 * Reconciling coders' layers on a document as an actor: reviewing disagreements, deciding them into
 * the consensus layer (each decision one transaction, recorded and revisable), accepting exact
 * agreements, and reading the decision history and the consensus layer with its provenance.
 *
 * <p>Rules: comparing layers shows every compared coder's codings, so while blind coding is on only
 * the owner may reconcile; otherwise everyone may review, and coders and owners may decide.
 */
public final class ReconciliationService {
  /** The longest reason a decision may carry. */
  public static final int MAX_REASON = 4000;

  private final ProjectStore store;
  private final ProjectSettings settings;
  private final ComparedCoders compared;
  private final AgreementService agreement;

  public ReconciliationService(ProjectStore store, ProjectSettings settings) {
    this(store, settings, new AgreementService(store));
  }

  public ReconciliationService(
      ProjectStore store, ProjectSettings settings, AgreementService agreement) {
    this.store = store;
    this.settings = settings;
    this.compared = new ComparedCoders(store.coders());
    this.agreement = agreement;
  }

  /**
   * The disagreements and agreements of {@code coders} on a document, each with its current
   * decision. With no coders given, every coder with codings on the document takes part.
   *
   * @throws AccessDeniedException under blind coding, for anyone but the owner
   * @throws NotFoundException if the document does not exist
   * @throws InvalidInputException if fewer than two coders, an unknown coder or the consensus layer
   *     are given
   */
  public Review review(Actor actor, DocumentId documentId, List<CoderId> coders) {
    mayReview(actor);
    // the summary and the text, not the whole document: a review needs no sentences or turns
    DocumentSummary document =
        store
            .documents()
            .summary(documentId)
            .orElseThrow(() -> new NotFoundException("no document with id " + documentId));
    String text =
        store
            .documents()
            .text(documentId)
            .orElseThrow(() -> new NotFoundException("no document with id " + documentId));
    List<Coding> codings = store.codings().forDocument(documentId, Optional.empty());
    List<CoderId> chosen =
        compared.resolve(coders, codings, false, "document '" + document.name() + "'");
    Findings findings = DisagreementFinder.find(text, chosen, codings);
    CurrentDecisions current =
        new CurrentDecisions(
            store.decisions().forDocument(documentId).stream()
                .filter(d -> d.current())
                .map(Decision::of)
                .toList());
    Map<String, Decision> byItem = new HashMap<>();
    for (Item item : items(findings)) {
      current.forItem(item.key(), item.codings()).ifPresent(d -> byItem.put(item.key(), d));
    }
    return new Review(document, chosen, findings, byItem);
  }

  /**
   * Settles one disagreement (or exact agreement) by its key, superseding any current decision on
   * the same codings and replacing the consensus codings that one wrote.
   *
   * @param reason why (may be empty), at most {@link #MAX_REASON} characters
   * @throws ConflictException if no disagreement has that key now (its codings changed: reload)
   * @throws InvalidInputException if the outcome does not fit (accepting a coder who coded nothing
   *     there or who is not compared, a merge code that does not exist)
   */
  public Decided decide(
      Actor actor,
      DocumentId document,
      List<CoderId> coders,
      String key,
      Outcome outcome,
      String reason) {
    mayDecide(actor);
    if (outcome.type() == Outcome.Type.AGREEMENT) {
      throw new InvalidInputException("use 'accept all agreements' to accept agreements");
    }
    Review review = review(actor, document, coders);
    Item item =
        items(review.findings()).stream()
            .filter(i -> i.key().equals(key))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "there is no disagreement with key '"
                            + key
                            + "' on document "
                            + document
                            + " between these coders now (its codings changed meanwhile);"
                            + " reload and decide again"));
    List<ConsensusSpan> consensus = new ArrayList<>();
    Outcome recorded = outcome;
    switch (outcome.type()) {
      case ACCEPT -> {
        CoderId coder = outcome.coder().orElseThrow();
        if (!review.coders().contains(coder)) {
          throw new InvalidInputException("coder " + coder + " is not one of the compared coders");
        }
        List<Coding> side = item.codings().stream().filter(k -> k.coder().equals(coder)).toList();
        if (side.isEmpty()) {
          throw new InvalidInputException(
              "coder " + coder + " coded nothing here; drop it instead");
        }
        for (Coding k : side) {
          consensus.add(new ConsensusSpan(k.code(), k.span(), List.of(k.id())));
        }
      }
      case MERGE -> {
        recorded = outcome.withSpan(item.span());
        consensus.add(
            new ConsensusSpan(
                outcome.code().orElseThrow(),
                item.span(),
                item.codings().stream().map(Coding::id).toList()));
      }
      case DROP, AGREEMENT -> {
        // nothing goes into the consensus layer
      }
    }
    DecisionWrite w =
        store
            .decisions()
            .record(
                new NewDecision(
                    document,
                    key,
                    item.kind(),
                    sources(item),
                    OutcomeJson.write(recorded),
                    reason(reason),
                    consensus),
                actor.name());
    return new Decided(Decision.of(w.decision()), w.created(), w.removed());
  }

  /**
   * Accepts every exact agreement of the compared coders that has no current decision yet, one
   * decision each, all in one transaction.
   *
   * @return the new decisions (none if every agreement is decided already)
   */
  public List<Decided> acceptAgreements(
      Actor actor, DocumentId document, List<CoderId> coders, String reason) {
    mayDecide(actor);
    Review review = review(actor, document, coders);
    String why = reason(reason);
    List<NewDecision> fresh = new ArrayList<>();
    for (ExactAgreement a : review.findings().agreements()) {
      if (review.decision(a.key()).filter(d -> d.key().equals(a.key())).isPresent()) {
        continue;
      }
      fresh.add(
          new NewDecision(
              document,
              a.key(),
              Decision.AGREEMENT,
              a.codings().stream().map(k -> new SourceVersion(k.id(), k.version())).toList(),
              OutcomeJson.write(Outcome.agreement()),
              why,
              List.of(
                  new ConsensusSpan(
                      a.code(), a.span(), a.codings().stream().map(Coding::id).toList()))));
    }
    return store.decisions().recordAll(fresh, actor.name()).stream()
        .map(w -> new Decided(Decision.of(w.decision()), w.created(), w.removed()))
        .toList();
  }

  /** Every decision on the document, superseded ones included, oldest first. */
  public List<Decision> history(Actor actor, DocumentId document) {
    mayReview(actor);
    document(document);
    return store.decisions().forDocument(document).stream().map(Decision::of).toList();
  }

  /** The live consensus codings of a document, each with the decision and codings it comes from. */
  public List<ConsensusCoding> consensus(Actor actor, DocumentId document) {
    mayReview(actor);
    document(document);
    Optional<Coder> layer = store.coders().byName(Coder.CONSENSUS);
    if (layer.isEmpty()) {
      return List.of();
    }
    Map<CodingId, ConsensusCoding.Origin> origins = new HashMap<>();
    for (Decision d : history(actor, document)) {
      for (ConsensusLink link : d.consensus()) {
        origins.put(link.coding(), new ConsensusCoding.Origin(d.id(), link.sources()));
      }
    }
    return store.codings().forDocument(document, Optional.of(layer.get().id())).stream()
        .map(k -> new ConsensusCoding(k, Optional.ofNullable(origins.get(k.id()))))
        .toList();
  }

  /**
   * Agreement between coders on the current codings, per code and pooled, over {@code unit}s of one
   * document or (none given) the whole project. Coders default to every coder with codings in scope
   * except the consensus layer, which may be chosen to compare a coder with the outcome of
   * reconciling.
   *
   * @throws InvalidInputException for unknown coders, fewer than two or more than {@link
   *     AgreementRequest#MAX_CODERS}
   */
  public ProjectAgreementReport agreement(
      Actor actor, Optional<DocumentId> document, List<CoderId> coders, AgreementUnit unit) {
    mayReview(actor);
    Optional<Document> doc = document.map(this::document);
    List<Coding> codings =
        doc.isPresent()
            ? store.codings().forDocument(doc.get().id(), Optional.empty())
            : store.codings().all(Optional.empty());
    String scope = doc.map(d -> "document '" + d.name() + "'").orElse("the project");
    return agreement.compute(compared.resolve(coders, codings, true, scope), unit, document);
  }

  /**
   * Agreement as {@link #agreement} computes it, with every coding rolled up to the theme nodes its
   * code belongs to at {@code depth} (0: top-level themes), over one document or the whole project.
   * Coders are required here (two or more, the consensus layer allowed).
   *
   * @throws InvalidInputException for fewer than two or unknown coders, a negative depth, or a
   *     project without themes
   * @throws NotFoundException if the document does not exist
   */
  public ProjectAgreementReport themeAgreement(
      Actor actor,
      Optional<DocumentId> document,
      List<CoderId> coders,
      AgreementUnit unit,
      int depth) {
    mayReview(actor);
    if (coders.size() < 2) {
      throw new InvalidInputException(
          "agreement on themes compares two or more coders; " + coders.size() + " given");
    }
    Optional<DocumentSummary> doc =
        document.map(
            id ->
                store
                    .documents()
                    .summary(id)
                    .orElseThrow(() -> new NotFoundException("no document with id " + id)));
    Map<CoderId, String> names = new HashMap<>();
    store.coders().list().forEach(c -> names.put(c.id(), c.name()));
    List<String> chosen = new ArrayList<>();
    for (CoderId id : compared.resolve(coders, List.of(), true, "the themes")) {
      chosen.add(names.get(id));
    }
    return ProjectAgreement.compute(
        ThemeAgreementInputs.fromStore(store, AgreementRequest.of(chosen, unit), depth, doc));
  }

  /**
   * Whether the actor may compare coders' layers and see reconciliation decisions now: the owner
   * always, everyone else while blind coding is off.
   */
  public boolean canReview(Actor actor) {
    return !settings.blindCoding() || actor.isOwner();
  }

  /**
   * @throws AccessDeniedException while blind coding is on, for anyone but the owner
   */
  public void mayReview(Actor actor) {
    if (!canReview(actor)) {
      throw new AccessDeniedException(
          "blind coding is on: only the owner may compare coders' layers and reconcile");
    }
  }

  private void mayDecide(Actor actor) {
    mayReview(actor);
    if (!actor.role().includes(Role.CODER)) {
      throw new AccessDeniedException(
          "user '" + actor.name() + "' may not decide (role " + actor.role().code() + ")");
    }
  }

  private Document document(DocumentId id) {
    return store
        .documents()
        .get(id)
        .orElseThrow(() -> new NotFoundException("no document with id " + id));
  }

  private static String reason(String reason) {
    String r = reason.strip();
    if (r.length() > MAX_REASON) {
      throw new InvalidInputException(
          "the reason has " + r.length() + " characters; at most " + MAX_REASON);
    }
    return r;
  }

  private static List<SourceVersion> sources(Item item) {
    return item.codings().stream().map(k -> new SourceVersion(k.id(), k.version())).toList();
  }

  private static List<Item> items(Findings f) {
    List<Item> out = new ArrayList<>();
    for (Disagreement d : f.disagreements()) {
      out.add(new Item(d.key(), d.kind().code(), d.span(), d.codings()));
    }
    for (ExactAgreement a : f.agreements()) {
      out.add(new Item(a.key(), Decision.AGREEMENT, a.span(), a.codings()));
    }
    return out;
  }

  /** A disagreement or an exact agreement, as far as deciding it goes. */
  private record Item(String key, String kind, Span span, List<Coding> codings) {}
}

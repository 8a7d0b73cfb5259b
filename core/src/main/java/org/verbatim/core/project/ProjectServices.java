package org.verbatim.core.project;

import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.accounts.LoginSessions;
import org.verbatim.core.accounts.PasswordHasher;
import org.verbatim.core.agreement.project.AgreementService;
import org.verbatim.core.audit.AuditService;
import org.verbatim.core.coding.Autocoder;
import org.verbatim.core.coding.CodebookService;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.coding.MemoService;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.core.coding.UndoService;
import org.verbatim.core.deid.AnnotationTagger;
import org.verbatim.core.deid.DeidService;
import org.verbatim.core.export.ExportRegistry;
import org.verbatim.core.export.ProjectExports;
import org.verbatim.core.nlp.AnnotationService;
import org.verbatim.core.quotes.QuoteService;
import org.verbatim.core.reconcile.BulkReconciliation;
import org.verbatim.core.reconcile.ReconciliationService;
import org.verbatim.core.search.SearchService;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.CodedSearch;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.ThemeService;
import org.verbatim.core.words.StopWords;
import org.verbatim.core.words.WordService;

/**
 * The services of one open project, one per area, built once: what the REST API and the command
 * line call. They own the rules (ranges against documents, referenced codes and documents,
 * visibility under blind coding, sessions ending after account changes); the store only stores.
 */
public final class ProjectServices {
  private final ProjectStore store;
  private final DocumentService documents;
  private final ProjectSettings settings;
  private final CodebookService codebook;
  private final CodingService codings;
  private final MemoService memos;
  private final UndoService undo;
  private final AuditService audit;
  private final LoginSessions sessions;
  private final AgreementService agreement;
  private final ReconciliationService reconciliation;
  private final SearchService search;
  private final BulkReconciliation bulkReconciliation;
  private final ThemeService themes;
  private final EvidenceService evidence;
  private final CodedSearch codedSearch;
  private final ProjectExports exports;
  private final QuoteService quotes;
  private final AnnotationService annotations;
  private final DeidService deid;
  private final WordService words;
  // made on first use: building it hashes a decoy password, which commands that never log in
  // should not pay for
  private volatile Accounts accounts;

  ProjectServices(Project project) {
    this.store = project.store();
    this.documents = new DocumentService(store.documents());
    this.settings = new ProjectSettings(store.settings());
    this.codebook = new CodebookService(store.codes());
    this.codings =
        new CodingService(
            store.codings(),
            store.documents(),
            store.codes(),
            store.coders(),
            new Autocoder(project.index(), store.documents()),
            settings);
    this.memos = new MemoService(store.memos(), store.codings(), settings);
    this.undo = new UndoService(store.undo());
    this.audit = new AuditService(store.audit());
    this.sessions = new LoginSessions(store.sessions(), store.users(), store.coders());
    this.agreement = new AgreementService(store);
    this.reconciliation = new ReconciliationService(store, settings, agreement);
    this.search = new SearchService(project.index());
    this.bulkReconciliation = new BulkReconciliation(store, reconciliation);
    this.themes = new ThemeService(store.themes(), store.codes());
    this.evidence = new EvidenceService(store);
    this.codedSearch = new CodedSearch(project.index(), store);
    this.annotations = new AnnotationService(store.documents(), store.annotations());
    // names come from the cached annotations, so a second scan reads the cache only
    this.deid =
        new DeidService(project.folder(), store.documents(), new AnnotationTagger(annotations));
    // de-identified exports read the key file as it stands at each export
    this.exports = new ProjectExports(store, ExportRegistry.standard(), deid::redactor);
    this.quotes = new QuoteService(store);
    this.words =
        new WordService(store.documents(), annotations, evidence, new StopWords(store.settings()));
  }

  /** De-identification: scans, the researcher's decisions (the key file), the export filter. */
  public DeidService deid() {
    return deid;
  }

  public DocumentService documents() {
    return documents;
  }

  public ProjectSettings settings() {
    return settings;
  }

  public CodebookService codebook() {
    return codebook;
  }

  public CodingService codings() {
    return codings;
  }

  public MemoService memos() {
    return memos;
  }

  public UndoService undo() {
    return undo;
  }

  public AuditService audit() {
    return audit;
  }

  /** The stored login sessions; {@link #accounts} ends them after every account change. */
  public LoginSessions sessions() {
    return sessions;
  }

  public Accounts accounts() {
    Accounts a = accounts;
    if (a == null) {
      synchronized (this) {
        a = accounts;
        if (a == null) {
          a = new Accounts(store.users(), store.coders(), new PasswordHasher(), sessions);
          accounts = a;
        }
      }
    }
    return a;
  }

  public AgreementService agreement() {
    return agreement;
  }

  public ReconciliationService reconciliation() {
    return reconciliation;
  }

  public SearchService search() {
    return search;
  }

  /** The theme tree: themes, their codes, status and reviews. */
  public ThemeService themes() {
    return themes;
  }

  /** Evidence over a layer: passages, prevalence, matrices, co-occurrence, saturation. */
  public EvidenceService evidence() {
    return evidence;
  }

  /** Search with code and coder filters resolved against the codings. */
  public CodedSearch codedSearch() {
    return codedSearch;
  }

  /** Pinned exemplar quotes of theme nodes: pin, order, trim, translate. */
  public QuoteService quotes() {
    return quotes;
  }

  /** Tables, reports and packets of the project, by (what, format). */
  public ProjectExports exports() {
    return exports;
  }

  /** Documents as cached CoreNLP/ICU tokens: words, lemmas, tags, named entities. */
  public AnnotationService annotations() {
    return annotations;
  }

  /** Word frequencies, distinctive words and keyword-in-context over the cached annotations. */
  public WordService words() {
    return words;
  }

  /** Reconciliation rules previewed and applied over a document or the whole study. */
  public BulkReconciliation bulkReconciliation() {
    return bulkReconciliation;
  }
}

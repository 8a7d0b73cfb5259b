package org.verbatim.core.store.sqlite;

import java.nio.file.Path;
import org.verbatim.core.store.AnnotationStore;
import org.verbatim.core.store.AuditLog;
import org.verbatim.core.store.CodeStore;
import org.verbatim.core.store.CoderStore;
import org.verbatim.core.store.CodingStore;
import org.verbatim.core.store.DecisionStore;
import org.verbatim.core.store.DocumentStore;
import org.verbatim.core.store.InterchangeStore;
import org.verbatim.core.store.MemoStore;
import org.verbatim.core.store.ParticipantStore;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.QuoteStore;
import org.verbatim.core.store.SessionStore;
import org.verbatim.core.store.SettingStore;
import org.verbatim.core.store.ThemeStore;
import org.verbatim.core.store.UndoLog;
import org.verbatim.core.store.UserStore;

/** The project store on an embedded SQLite file. */
public final class SqliteProjectStore implements ProjectStore {
  private final SqliteDatabase db;
  private final SqliteParticipantStore participants;
  private final SqliteDocumentStore documents;
  private final SqliteCoderStore coders;
  private final SqliteCodeStore codes;
  private final SqliteCodingStore codings;
  private final SqliteThemeStore themes;
  private final SqliteAuditLog audit;
  private final SqliteMemoStore memos;
  private final SqliteUserStore users;
  private final SqliteSessionStore sessions;
  private final SqliteSettingStore settings;
  private final SqliteUndoLog undo;
  private final SqliteDecisionStore decisions;
  private final SqliteQuoteStore quotes;
  private final SqliteInterchangeStore interchange;
  private final SqliteAnnotationStore annotations;

  private SqliteProjectStore(SqliteDatabase db) {
    this.db = db;
    this.participants = new SqliteParticipantStore(db);
    this.documents = new SqliteDocumentStore(db, participants);
    this.coders = new SqliteCoderStore(db);
    this.codes = new SqliteCodeStore(db);
    this.codings = new SqliteCodingStore(db);
    this.themes = new SqliteThemeStore(db);
    this.audit = new SqliteAuditLog(db);
    this.memos = new SqliteMemoStore(db);
    this.users = new SqliteUserStore(db);
    this.sessions = new SqliteSessionStore(db);
    this.settings = new SqliteSettingStore(db);
    this.undo = new SqliteUndoLog(db);
    this.decisions = new SqliteDecisionStore(db, coders);
    this.quotes = new SqliteQuoteStore(db);
    this.interchange = new SqliteInterchangeStore(db);
    this.annotations = new SqliteAnnotationStore(db);
  }

  /**
   * Opens (creating if absent) the database file and brings its schema up to date.
   *
   * @throws org.verbatim.core.model.InvalidInputException if the file is not a SQLite database
   */
  public static SqliteProjectStore open(Path file) {
    return new SqliteProjectStore(SqliteDatabase.open(file));
  }

  /** The schema version the database is at (the number of migrations applied). */
  public int schemaVersion() {
    return db.schemaVersion();
  }

  @Override
  public Object changeMark() {
    return db.changeMark();
  }

  @Override
  public DocumentStore documents() {
    return documents;
  }

  @Override
  public ParticipantStore participants() {
    return participants;
  }

  @Override
  public CoderStore coders() {
    return coders;
  }

  @Override
  public CodeStore codes() {
    return codes;
  }

  @Override
  public CodingStore codings() {
    return codings;
  }

  @Override
  public ThemeStore themes() {
    return themes;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public MemoStore memos() {
    return memos;
  }

  @Override
  public UserStore users() {
    return users;
  }

  @Override
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public SettingStore settings() {
    return settings;
  }

  @Override
  public UndoLog undo() {
    return undo;
  }

  @Override
  public DecisionStore decisions() {
    return decisions;
  }

  @Override
  public QuoteStore quotes() {
    return quotes;
  }

  @Override
  public InterchangeStore interchange() {
    return interchange;
  }

  @Override
  public AnnotationStore annotations() {
    return annotations;
  }

  @Override
  public <T> T atomically(java.util.function.Supplier<T> work) {
    // store writes made inside join this unit of work (GroupCommit runs them inline)
    return db.write(c -> work.get());
  }

  @Override
  public void close() {
    db.close();
  }
}

package org.verbatim.core.store;

/**
 * Access to one project's stored data, one repository per concern; each write is one transaction.
 */
public interface ProjectStore extends AutoCloseable {
  /**
   * A mark of the store's state: two equal marks mean nothing was written in between, by this
   * process or another, so what was read under the first still holds (read the mark first). The
   * default is never equal to another, so nothing is kept.
   */
  default Object changeMark() {
    return new Object();
  }

  DocumentStore documents();

  ParticipantStore participants();

  CoderStore coders();

  CodeStore codes();

  CodingStore codings();

  ThemeStore themes();

  AuditLog audit();

  MemoStore memos();

  UserStore users();

  SessionStore sessions();

  SettingStore settings();

  UndoLog undo();

  DecisionStore decisions();

  QuoteStore quotes();

  /** REFI-QDA GUIDs of exported and imported objects. */
  InterchangeStore interchange();

  /** Cached NLP annotations of documents. */
  AnnotationStore annotations();

  /**
   * Runs {@code work} in one transaction: every store write it makes commits together, or none does
   * when it throws (the exception is rethrown).
   */
  <T> T atomically(java.util.function.Supplier<T> work);

  @Override
  void close();
}

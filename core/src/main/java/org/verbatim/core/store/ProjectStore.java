package org.verbatim.core.store;

/**
 * Access to one project's stored data, one repository per concern; each write is one transaction.
 */
public interface ProjectStore extends AutoCloseable {
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

  @Override
  void close();
}

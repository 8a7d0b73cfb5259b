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

  @Override
  void close();
}

package org.verbatim.server;

import org.verbatim.core.store.CodingStore;

/** Breaks the store rule on purpose: a server class holding a store (ServerArchitectureTest). */
final class ControllerThatUsesTheStore {
  private final CodingStore codings;

  ControllerThatUsesTheStore(CodingStore codings) {
    this.codings = codings;
  }

  int count() {
    return codings.all(java.util.Optional.empty()).size();
  }
}

package org.verbatim.core.model;

import java.util.Optional;

/** The labels of the actions an actor's next undo and redo would apply, if any. */
public record UndoState(Optional<String> undo, Optional<String> redo) {}

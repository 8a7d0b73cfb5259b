package org.verbatim.core.model;

/** An entity's state after an undo or redo: its value, and whether that state is deleted. */
public record Stateful<T>(T value, boolean deleted) {}

package org.verbatim.core.coding;

import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Span;

/** A range of one document's stored text (UTF-16 offsets, end exclusive). */
public record DocumentSpan(DocumentId document, Span span) {}

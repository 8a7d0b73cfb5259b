package org.verbatim.core.store;

import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Span;

/** What it takes to create a coding. */
public record NewCoding(DocumentId document, CodeId code, CoderId coder, Span span, String memo) {}

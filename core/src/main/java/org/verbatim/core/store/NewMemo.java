package org.verbatim.core.store;

import java.util.Optional;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;

/** What it takes to write a memo: its author, what it is attached to (if anything) and its text. */
public record NewMemo(
    CoderId author,
    Optional<DocumentId> document,
    Optional<CodeId> code,
    Optional<CodingId> coding,
    String text) {}

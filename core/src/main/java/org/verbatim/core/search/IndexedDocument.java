package org.verbatim.core.search;

import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.Participant;

/** A document with the participant its attributes filter on. */
public record IndexedDocument(Document document, Optional<Participant> participant) {}

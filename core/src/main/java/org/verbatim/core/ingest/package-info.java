/**
 * Import of transcripts (TXT, Markdown, DOCX, ODT, PDF, RTF, WebVTT, SRT) into normalised text with
 * speaker turns, recognising the speaker layouts real transcripts use; participant tables.
 */
@NullMarked
package org.verbatim.core.ingest;

import org.jspecify.annotations.NullMarked;

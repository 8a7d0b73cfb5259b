/**
 * Import of transcripts (TXT, DOCX, WebVTT, SRT) into normalised text with speaker turns;
 * participant tables.
 */
@NullMarked
package org.verbatim.core.ingest;

import org.jspecify.annotations.NullMarked;

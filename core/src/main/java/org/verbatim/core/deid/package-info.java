/**
 * De-identification: finding the names, places, organisations and dates in a project's transcripts
 * (CoreNLP's named entities, a user's list, Chinese name patterns), the researcher's decisions on
 * them kept in a key file beside the data ({@code deid-map.json}), and the {@link
 * org.verbatim.core.export.TextFilter} that de-identified exports pass their text through.
 */
@NullMarked
package org.verbatim.core.deid;

import org.jspecify.annotations.NullMarked;

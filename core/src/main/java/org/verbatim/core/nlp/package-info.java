/**
 * Language processing: sentence boundaries (CoreNLP for English, punctuation for Chinese), language
 * detection.
 */
@NullMarked
package org.verbatim.core.nlp;

import org.jspecify.annotations.NullMarked;

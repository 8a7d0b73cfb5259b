/**
 * Language processing: sentence boundaries (CoreNLP for English, punctuation for Chinese), language
 * detection, and documents as cached tokens with lemmas, tags and entities ({@link
 * org.verbatim.core.nlp.AnnotationService}).
 */
@NullMarked
package org.verbatim.core.nlp;

import org.jspecify.annotations.NullMarked;

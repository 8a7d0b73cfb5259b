package org.verbatim.core.words;

/**
 * A word more frequent in a code's or theme's passages than in the rest of the corpus: {@code
 * count} in the passages, {@code reference} in the rest, and its log-likelihood {@code keyness}
 * (Dunning's G², see {@link LogLikelihood}).
 */
public record Keyness(String word, long count, long reference, double keyness) {}

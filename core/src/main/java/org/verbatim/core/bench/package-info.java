/**
 * Benchmark building blocks: a deterministic synthetic corpus, a query mix, a bare-Lucene indexing
 * baseline and a search latency benchmark. Everything returns result records; nothing prints.
 */
@NullMarked
package org.verbatim.core.bench;

import org.jspecify.annotations.NullMarked;

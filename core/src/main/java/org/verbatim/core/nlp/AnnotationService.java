package org.verbatim.core.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.store.AnnotationStore;
import org.verbatim.core.store.DocumentStore;

/**
 * A project's documents as tokens (word, lemma, part of speech, entity), annotated once and cached
 * in the store: the first request for a document runs the language's annotator, later ones read one
 * blob. The cache is keyed by document and annotator version and checked against the text's
 * SHA-256, so a new annotator or a changed text is annotated again. Thread-safe.
 */
public final class AnnotationService {
  private final DocumentStore documents;
  private final AnnotationStore cache;
  private final TextAnnotator english;
  private final TextAnnotator chinese;
  private final AtomicLong annotated = new AtomicLong();
  private final ConcurrentHashMap<Long, Object> inProgress = new ConcurrentHashMap<>();

  public AnnotationService(DocumentStore documents, AnnotationStore cache) {
    this(documents, cache, new EnglishAnnotator(), new ChineseAnnotator());
  }

  AnnotationService(
      DocumentStore documents,
      AnnotationStore cache,
      TextAnnotator english,
      TextAnnotator chinese) {
    this.documents = documents;
    this.cache = cache;
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * The tokens of a document in reading order; offsets are UTF-16, half-open, into its stored text.
   * Annotates and caches the document on first call.
   *
   * @throws NotFoundException if there is no such document
   * @throws NlpModelsMissingException if an English document needs annotating and the CoreNLP
   *     models are not on the classpath
   */
  public List<Token> tokens(DocumentId document) {
    DocumentSummary summary =
        documents
            .summary(document)
            .orElseThrow(() -> new NotFoundException("no document with id " + document));
    TextAnnotator annotator = annotatorFor(summary.language());
    Optional<byte[]> cached = cache.get(document, annotator.version(), summary.sha256());
    if (cached.isPresent()) {
      return TokenCodec.decode(cached.get());
    }
    // one annotation per document at a time: a second caller waits and then reads the cache
    Object lock = inProgress.computeIfAbsent(document.value(), k -> new Object());
    synchronized (lock) {
      cached = cache.get(document, annotator.version(), summary.sha256());
      if (cached.isPresent()) {
        return TokenCodec.decode(cached.get());
      }
      String text =
          documents
              .text(document)
              .orElseThrow(() -> new NotFoundException("no document with id " + document));
      List<Token> tokens = annotator.annotate(text);
      cache.put(document, annotator.version(), summary.sha256(), TokenCodec.encode(tokens));
      annotated.incrementAndGet();
      return tokens;
    }
  }

  /** Whether the document's annotations are cached for the current annotator. */
  public boolean isCached(DocumentId document) {
    return documents
        .summary(document)
        .map(s -> cache.get(document, annotatorFor(s.language()).version(), s.sha256()).isPresent())
        .orElse(false);
  }

  /**
   * Annotates and caches every listed document not yet cached, on up to {@code threads} threads
   * (CoreNLP's pipeline is shared; each document is annotated by one thread).
   *
   * @return the number of documents annotated now (cached ones are not counted)
   * @throws NotFoundException if a document does not exist
   */
  public int annotate(Collection<DocumentId> ids, int threads) {
    List<DocumentId> todo = ids.stream().filter(id -> !isCached(id)).toList();
    if (todo.isEmpty()) {
      return 0;
    }
    long before = annotated.get();
    int n = Math.max(1, Math.min(threads, todo.size()));
    if (n == 1) {
      todo.forEach(this::tokens);
      return (int) (annotated.get() - before);
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (DocumentId id : todo) {
        futures.add(pool.submit(() -> tokens(id).size()));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("annotation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return (int) (annotated.get() - before);
  }

  /** {@link #annotate(Collection, int)} on as many threads as the machine has cores. */
  public int annotate(Collection<DocumentId> ids) {
    return annotate(ids, Runtime.getRuntime().availableProcessors());
  }

  /** Documents this service has annotated (not read from the cache) since it was built. */
  public long annotationsMade() {
    return annotated.get();
  }

  /** The version of the annotator for {@code language}, which keys its cached annotations. */
  public String version(Language language) {
    return annotatorFor(language).version();
  }

  private TextAnnotator annotatorFor(Language language) {
    return switch (language) {
      case ENGLISH -> english;
      case CHINESE -> chinese;
    };
  }
}

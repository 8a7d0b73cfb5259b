package org.verbatim.core.ingest;

import java.nio.file.Path;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.nlp.SentenceSplitter;

/**
 * Reads one transcript file into complete content, ready to store: normalised text, speaker turns,
 * language (given or detected) and sentences.
 */
public final class TranscriptImport {
  private final SentenceSplitter splitter;

  /** Uses {@code splitter} for sentences; build it once and share it (CoreNLP is costly). */
  public TranscriptImport(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** With {@link LanguageAwareSentenceSplitter#standard()}; builds the CoreNLP pipeline now. */
  public static TranscriptImport withStandardSplitter() {
    return new TranscriptImport(LanguageAwareSentenceSplitter.standard());
  }

  /**
   * Reads {@code file} with the reader its extension calls for ({@link TranscriptReaders}) and
   * splits the result into sentences.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming the file and the position when the
   *     file cannot be imported
   * @throws java.io.UncheckedIOException when it cannot be read for other reasons
   */
  public DocumentContent read(Path file, ImportOptions options) {
    DocumentContent content = TranscriptReaders.forFile(file).read(file, options);
    return content.withSentences(
        splitter.split(content.text(), content.turns(), content.language()));
  }
}

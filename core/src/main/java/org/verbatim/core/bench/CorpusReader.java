package org.verbatim.core.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.search.IndexedDocument;

/**
 * Reads a folder written by {@link CorpusGenerator} straight into indexable documents, without the
 * store or the importers: what the bare-Lucene baseline and search benchmarks index. Documents are
 * named by file name and numbered 1.. in file-name order; a paragraph starting "Label: " is a turn.
 */
public final class CorpusReader {
  private static final Pattern TURN = Pattern.compile("(?m)^([^:\\n]{1,80}): ");

  private CorpusReader() {}

  /**
   * Reads every {@code *.txt} in {@code folder} and attaches participants from its participants.csv
   * when there is one.
   *
   * @throws UncheckedIOException naming the file that could not be read
   */
  public static List<IndexedDocument> read(Path folder) {
    Map<String, Participant> participants = participants(folder.resolve("participants.csv"));
    List<IndexedDocument> documents = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - ".txt".length());
      Document document = document(documents.size() + 1, name, readText(file));
      documents.add(new IndexedDocument(document, Optional.ofNullable(participants.get(name))));
    }
    return documents;
  }

  /** A document of {@code text} whose "Label: " paragraphs are its turns. */
  public static Document document(long id, String name, String text) {
    List<Turn> turns = new ArrayList<>();
    Matcher label = TURN.matcher(text);
    while (label.find()) {
      int start = label.end();
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      turns.add(Turn.untimed(turns.size(), Optional.of(label.group(1)), new Span(start, end)));
    }
    long han = text.codePoints().limit(2_000).filter(Character::isIdeographic).count();
    Language language = han > 200 ? Language.CHINESE : Language.ENGLISH;
    DocumentSummary summary =
        new DocumentSummary(
            new DocumentId(id),
            name,
            language,
            SourceFormat.TXT,
            sha256(text),
            text.length(),
            text.split("\\s+").length,
            turns.size(),
            Optional.empty(),
            Instant.EPOCH);
    return new Document(summary, text, turns, List.of());
  }

  private static Map<String, Participant> participants(Path csv) {
    Map<String, Participant> byDocument = new HashMap<>();
    if (!Files.isRegularFile(csv)) {
      return byDocument;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        Map<String, String> attributes = new LinkedHashMap<>(row.toMap());
        String document = attributes.remove("document");
        String label = attributes.remove("label");
        if (document == null || label == null) {
          throw new IllegalArgumentException(
              csv + " line " + row.getRecordNumber() + ": needs document and label columns");
        }
        byDocument.put(
            document, new Participant(new ParticipantId(row.getRecordNumber()), label, attributes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return byDocument;
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

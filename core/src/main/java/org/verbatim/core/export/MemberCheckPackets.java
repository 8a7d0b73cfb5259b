package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.Turn;
import org.verbatim.core.quotes.Attribution;
import org.verbatim.core.quotes.QuoteService;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.LayerSnapshot;

/**
 * Member-checking packets: for each participant one DOCX with a short summary of the study's
 * themes, the participant's own quotes that the theme table uses (the first pinned quotes of each
 * node, as many as the table shows), space for a comment on each, their transcript(s), and space
 * for general comments. Written into a zip ({@link #write}) or, for a target not ending in ".zip",
 * into a folder, all files or none.
 */
public final class MemberCheckPackets implements Exporter {
  /** Empty rows left for comments at the end of a packet. */
  static final int COMMENT_ROWS = 6;

  @Override
  public String contentType() {
    return "application/zip";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public void write(ProjectStore store, ExportOptions options, OutputStream out)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Map.Entry<String, byte[]> packet : packets(store, options).entrySet()) {
      zip.putNextEntry(new ZipEntry(packet.getKey()));
      zip.write(packet.getValue());
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  @Override
  public void writeTo(Path target, ProjectStore store, ExportOptions options, boolean replace) {
    if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      Exporter.super.writeTo(target, store, options, replace);
      return;
    }
    writeFolder(target, () -> packets(store, options), replace);
  }

  @Override
  public void writeBytes(Path target, byte[] zipped, boolean replace) {
    if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      Exporter.super.writeBytes(target, zipped, replace);
      return;
    }
    writeFolder(target, () -> unzip(zipped), replace);
  }

  private interface Packets {
    Map<String, byte[]> get() throws IOException;
  }

  private static Map<String, byte[]> unzip(byte[] zipped) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        out.put(e.getName(), zip.readAllBytes());
      }
    }
    return out;
  }

  private static void writeFolder(Path target, Packets made, boolean replace) {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !replace) {
      throw new ConflictException(target + ": already exists; not overwritten");
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new InvalidInputException(target + ": is a file; packets go into a folder or a .zip");
    }
    Path temporary = null;
    try {
      Map<String, byte[]> packets = made.get();
      temporary = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName());
      for (Map.Entry<String, byte[]> p : packets.entrySet()) {
        Files.write(temporary.resolve(p.getKey()), p.getValue());
      }
      if (Files.exists(absolute)) {
        delete(absolute);
      }
      Files.move(temporary, absolute);
      temporary = null;
    } catch (IOException e) {
      throw new InvalidInputException(target + ": cannot write (" + e.getMessage() + ")", e);
    } finally {
      if (temporary != null) {
        try {
          delete(temporary);
        } catch (IOException | UncheckedIOException ignored) {
          // best effort: the folder is hidden
        }
      }
    }
  }

  /** Every packet by file name ("member-check-Nurse-K.docx"). */
  Map<String, byte[]> packets(ProjectStore store, ExportOptions options) throws IOException {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    Attribution attribution = new QuoteService(store).attribution();
    Map<String, List<DocumentSummary>> byParticipant = new LinkedHashMap<>();
    for (DocumentSummary d : s.documents()) {
      byParticipant.computeIfAbsent(s.participantOf(d.id()), k -> new ArrayList<>()).add(d);
    }
    List<Quote> used = used(store.quotes().list(), options.quotesPerNode());
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<DocumentSummary>> p : byParticipant.entrySet()) {
      String base = "member-check-" + fileName(options.text().apply(p.getKey()));
      String name = base + ".docx";
      for (int i = 2; out.containsKey(name); i++) {
        name = base + "-" + i + ".docx";
      }
      out.put(name, packet(s, p.getKey(), p.getValue(), used, attribution, options));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(
          "the project has no documents, so no participant to write to");
    }
    return out;
  }

  private static byte[] packet(
      LayerSnapshot s,
      String participant,
      List<DocumentSummary> documents,
      List<Quote> used,
      Attribution attribution,
      ExportOptions options)
      throws IOException {
    // every text of a packet passes through the filter (the de-identification map, if any)
    TextFilter f = options.text();
    try (XWPFDocument doc = DocxPages.create(false);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
      DocxPages.paragraph(doc, DocxPages.TITLE, "Member check: " + f.apply(participant));
      DocxPages.paragraph(
          doc,
          DocxPages.NORMAL,
          "Thank you for taking part in this study. This document holds a short summary of the"
              + " themes we found, the words of yours we would like to quote, and the transcript of"
              + " your interview. Please read them and tell us, in the spaces provided or in any"
              + " other way, whether they reflect what you meant, and whether you would like anything"
              + " changed or left out.");
      DocxPages.paragraph(doc, DocxPages.HEADING_1, "Summary of the themes");
      for (Theme node : s.tree().nodes()) {
        int depth = s.tree().depth(node.id());
        if (depth == 0) {
          DocxPages.paragraph(doc, DocxPages.HEADING_2, f.apply(node.name()));
          if (!node.definition().isBlank()) {
            DocxPages.paragraph(doc, DocxPages.NORMAL, f.apply(node.definition()));
          }
        } else {
          var p =
              DocxPages.paragraph(
                  doc,
                  DocxPages.NORMAL,
                  f.apply(
                      "\u2022 "
                          + node.name()
                          + (node.definition().isBlank() ? "" : ": " + node.definition())));
          p.setIndentationLeft(360 * depth);
        }
      }
      DocxPages.paragraph(doc, DocxPages.HEADING_1, "Your words in the results");
      List<Quote> theirs =
          used.stream()
              .filter(q -> documents.stream().anyMatch(d -> d.id().equals(q.document())))
              .toList();
      if (theirs.isEmpty()) {
        DocxPages.paragraph(doc, DocxPages.NORMAL, "None of your words are quoted in the results.");
      }
      for (Quote q : theirs) {
        String node = s.tree().get(q.theme()).map(t -> s.tree().path(t.id())).orElse("");
        DocxPages.paragraph(doc, DocxPages.NOTE, "In: " + f.apply(node));
        DocxPages.paragraph(
            doc,
            DocxPages.QUOTE,
            f.apply(
                String.join(
                    "\n", QuoteRendering.lines(q, s, attribution, options.quoteLanguage()))));
        commentBox(doc, 1);
      }
      for (DocumentSummary d : documents) {
        DocxPages.paragraph(doc, DocxPages.HEADING_1, "Your transcript: " + f.apply(d.name()));
        transcript(doc, s.text(d.id()), f);
      }
      DocxPages.paragraph(doc, DocxPages.HEADING_1, "Your comments");
      commentBox(doc, COMMENT_ROWS);
      doc.write(bytes);
      return bytes.toByteArray();
    }
  }

  /** The first quotes of each node, as many as the theme table shows. */
  static List<Quote> used(List<Quote> quotes, int perNode) {
    Map<Object, List<Quote>> byNode = new LinkedHashMap<>();
    quotes.stream()
        .sorted(
            Comparator.comparingLong((Quote q) -> q.theme().value())
                .thenComparingInt(Quote::position))
        .forEach(q -> byNode.computeIfAbsent(q.theme(), k -> new ArrayList<>()).add(q));
    List<Quote> out = new ArrayList<>();
    byNode.values().forEach(l -> out.addAll(l.subList(0, Math.min(perNode, l.size()))));
    return out;
  }

  private static void transcript(XWPFDocument doc, Document d, TextFilter f) {
    if (d.turns().isEmpty()) {
      for (String line : d.text().split("\n")) {
        if (!line.isBlank()) {
          DocxPages.paragraph(doc, DocxPages.NORMAL, f.apply(line));
        }
      }
      return;
    }
    for (Turn t : d.turns()) {
      var p = doc.createParagraph();
      p.setStyle(DocxPages.NORMAL);
      if (t.speaker().isPresent()) {
        var who = p.createRun();
        who.setBold(true);
        who.setText(f.apply(t.speaker().get()) + ": ");
      }
      DocxPages.lines(p.createRun(), f.apply(t.span().of(d.text()).strip()));
    }
  }

  /** A bordered box of {@code rows} empty lines to write in. */
  private static void commentBox(XWPFDocument doc, int rows) {
    XWPFTable box = doc.createTable(rows, 1);
    box.setWidth("100%");
    for (int r = 0; r < rows; r++) {
      box.getRow(r).setHeight(rows == 1 ? 900 : 500);
    }
    doc.createParagraph();
  }

  static String fileName(String label) {
    String clean = label.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
    return clean.isEmpty() ? "participant" : clean;
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

package org.verbatim.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.ProjectStore;

/**
 * Every export by (what, format): one table of {@link Exporter}s that the command line and the REST
 * API both read. Table exports register once per {@link ExportFormat}; other exports (member-check
 * packets, interchange formats) register their own pairs.
 */
public final class ExportRegistry {
  private final Map<String, Map<String, Exporter>> exporters = new LinkedHashMap<>();
  private final Map<String, TableSource> sources = new LinkedHashMap<>();

  /** An export whose content is one {@link ExportDocument}, written in any table format. */
  @FunctionalInterface
  public interface TableSource extends BiFunction<ProjectStore, ExportOptions, ExportDocument> {}

  /** The exports Verbatim ships. */
  public static ExportRegistry standard() {
    ExportRegistry r = new ExportRegistry();
    r.tables("themes", ThemeTable::document);
    r.tables("participants", ParticipantsExport::document);
    r.tables("codebook", CodebookExport::document);
    r.tables("segments", SegmentsExport::document);
    r.tables("matrix", EvidenceExports::matrix);
    r.tables("cooccurrence", EvidenceExports::cooccurrence);
    r.tables("saturation", EvidenceExports::saturation);
    r.register("member-check", ExportFormat.DOCX.extension(), new MemberCheckPackets());
    return r;
  }

  /** Registers {@code source} under {@code what} in every table format. */
  public ExportRegistry tables(String what, TableSource source) {
    sources.put(what.toLowerCase(Locale.ROOT), source);
    for (ExportFormat format : ExportFormat.values()) {
      register(what, format.extension(), new TableExporter(source, format));
    }
    return this;
  }

  /** Registers one pair; a later registration of the same pair replaces the earlier one. */
  public ExportRegistry register(String what, String format, Exporter exporter) {
    exporters
        .computeIfAbsent(what.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
        .put(format.toLowerCase(Locale.ROOT), exporter);
    return this;
  }

  /**
   * The exporter of {@code what} in {@code format}.
   *
   * @throws InvalidInputException naming what can be exported, or the formats {@code what} comes in
   */
  public Exporter find(String what, String format) {
    Map<String, Exporter> formats = exporters.get(what.strip().toLowerCase(Locale.ROOT));
    if (formats == null) {
      throw new InvalidInputException(
          "cannot export '" + what + "'; exports are " + String.join(", ", whats()));
    }
    Exporter e = formats.get(format.strip().toLowerCase(Locale.ROOT));
    if (e == null) {
      throw new InvalidInputException(
          what
              + " cannot be exported as '"
              + format
              + "'; formats: "
              + String.join(", ", formats.keySet()));
    }
    return e;
  }

  public Optional<Exporter> lookup(String what, String format) {
    return Optional.ofNullable(
        exporters
            .getOrDefault(what.strip().toLowerCase(Locale.ROOT), Map.of())
            .get(format.strip().toLowerCase(Locale.ROOT)));
  }

  /** The model behind a table export, for reading back and for views. */
  public Optional<TableSource> tableSource(String what) {
    return Optional.ofNullable(sources.get(what.strip().toLowerCase(Locale.ROOT)));
  }

  /** What can be exported, in registration order. */
  public List<String> whats() {
    return new ArrayList<>(exporters.keySet());
  }

  /** The formats {@code what} comes in. */
  public List<String> formats(String what) {
    return new ArrayList<>(
        exporters.getOrDefault(what.toLowerCase(Locale.ROOT), Map.of()).keySet());
  }

  /** Builds the document from its source and writes it in one format. */
  private record TableExporter(TableSource source, ExportFormat format) implements Exporter {
    @Override
    public void write(ProjectStore store, ExportOptions options, OutputStream out)
        throws IOException {
      // the one place every table export's text passes through the de-identification map
      ExportDocument document = source.apply(store, options).filtered(options.text());
      format.writer(options.byteOrderMark()).write(document, out);
    }

    @Override
    public String contentType() {
      return format.contentType();
    }

    @Override
    public String extension() {
      return format.extension();
    }
  }
}

package org.verbatim.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.verbatim.core.audit.AuditService;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.server.api.Views.AuditView;

/** The audit trail for the owner: pages of JSON, or everything as CSV. */
final class AuditController {
  private static final String[] HEADER = {
    "id", "at", "actor", "action", "entity", "entity_id", "before", "after"
  };

  private final AuditService audit;

  AuditController(AuditService audit) {
    this.audit = audit;
  }

  /** {@code ?after=<id>&limit=<n>}: entries after that id, oldest first. */
  void page(Context ctx) {
    long after = QueryParams.optionalLong(ctx, "after", 0, Long.MAX_VALUE).orElse(0L);
    int limit = QueryParams.intOr(ctx, "limit", 100, 1, AuditService.MAX_PAGE);
    ctx.json(audit.page(after, limit).stream().map(AuditView::of).toList());
  }

  void csv(Context ctx) throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      audit.forEach(e -> print(csv, e));
    }
  }

  private static void print(CSVPrinter csv, AuditEntry e) {
    try {
      csv.printRecord(
          e.id(),
          e.at(),
          safe(e.actor()),
          e.action(),
          e.entity(),
          e.entityId().map(String::valueOf).orElse(""),
          safe(e.before().orElse("")),
          safe(e.after().orElse("")));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  /** Keeps spreadsheet programs from running a cell that starts like a formula (CSV injection). */
  static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}

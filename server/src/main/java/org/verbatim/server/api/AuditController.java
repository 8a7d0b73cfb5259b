package org.verbatim.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.core.store.AuditLog;
import org.verbatim.server.api.Views.AuditView;

/** The audit trail for the owner: pages of JSON, or everything as CSV. */
final class AuditController {
  static final int MAX_PAGE = 1000;
  private static final String[] HEADER = {
    "id", "at", "actor", "action", "entity", "entity_id", "before", "after"
  };

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  /** {@code ?after=<id>&limit=<n>}: entries after that id, oldest first. */
  void page(Context ctx) {
    long after = QueryParams.optionalLong(ctx, "after", 0, Long.MAX_VALUE).orElse(0L);
    int limit = QueryParams.intOr(ctx, "limit", 100, 1, MAX_PAGE);
    ctx.json(audit.list(after, limit).stream().map(AuditView::of).toList());
  }

  void csv(Context ctx) throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      long after = 0;
      for (List<AuditEntry> page = audit.list(after, MAX_PAGE);
          !page.isEmpty();
          page = audit.list(after, MAX_PAGE)) {
        for (AuditEntry e : page) {
          csv.printRecord(
              e.id(),
              e.at(),
              safe(e.actor()),
              e.action(),
              e.entity(),
              e.entityId().map(String::valueOf).orElse(""),
              safe(e.before().orElse("")),
              safe(e.after().orElse("")));
          after = e.id();
        }
      }
    }
  }

  /** Keeps spreadsheet programs from running a cell that starts like a formula (CSV injection). */
  static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}

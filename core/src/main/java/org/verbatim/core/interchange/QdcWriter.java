package org.verbatim.core.interchange;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.export.AtomicFile;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.project.Project;

/**
 * Writes a project's codebook as a {@code .qdc}: the code tree (colours, definitions as
 * Description) and the themes as Sets of codes ({@code MemberCode@guid}, as the codebook schema has
 * it).
 */
final class QdcWriter {
  static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

  /**
   * @throws InvalidInputException when the codebook is empty (the schema needs a code), the file
   *     exists and may not be replaced, or the result does not validate
   */
  ExportSummary write(Project project, Path out, ExportOptions options) {
    ExportTarget.check(out, options);
    var store = project.store();
    List<Code> codes = store.codes().list();
    if (codes.isEmpty()) {
      throw new InvalidInputException(project.folder() + ": the codebook has no codes to export");
    }
    ExportGuids guids = new ExportGuids(store, options.actor());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (XmlOut x = new XmlOut(buffer, NAMESPACE)) {
      x.root("CodeBook", "origin", "Verbatim");
      x.open("Codes");
      new CodeTreeXml(codes, guids).write(x, c -> {});
      x.close("Codes");
      new ThemeSetsXml(store, guids).write(x, "MemberCode", "guid", false);
      x.close("CodeBook");
    }
    byte[] bytes = buffer.toByteArray();
    options
        .schema()
        .ifPresent(s -> new SchemaCheck(s).validate(bytes, out.getFileName().toString()));
    AtomicFile.write(out, os -> os.write(bytes));
    return new ExportSummary(out, options.schema().isPresent(), 0, codes.size(), 0, 0, 0);
  }
}

package org.verbatim.core.ingest;

import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Finds speaker names set in bold at the start of a Word paragraph ("<b>Dan</b> So tell me…"), the
 * way many transcribers mark turns without a colon, and writes the line as a label ({@code Dan: So
 * tell me…}) so that {@link SpeakerLabels} finds it. A bold name is taken only when at least
 * {@value #MIN_PARAGRAPHS} paragraphs start with one: a single bold word is emphasis.
 */
final class BoldNames {
  static final int MIN_PARAGRAPHS = 2;

  private BoldNames() {}

  /** The paragraph's text with its bold leading name written as a label, if it has one. */
  static Optional<String> labelled(XWPFParagraph paragraph) {
    List<XWPFRun> runs = paragraph.getRuns();
    StringBuilder bold = new StringBuilder();
    int i = 0;
    while (i < runs.size() && runs.get(i).isBold()) {
      bold.append(String.valueOf(runs.get(i).text()));
      i++;
    }
    if (i == 0 || i == runs.size()) {
      return Optional.empty();
    }
    StringBuilder rest = new StringBuilder();
    for (; i < runs.size(); i++) {
      rest.append(String.valueOf(runs.get(i).text()));
    }
    String name = bold.toString().strip();
    if (name.endsWith(":") || name.endsWith("：") || rest.toString().isBlank()) {
      return Optional.empty(); // already a label, or a bold heading
    }
    if (!NameLines.looksLikeName(name)) {
      return Optional.empty();
    }
    return Optional.of(name + ": " + rest.toString().strip());
  }
}

package org.verbatim.core.export;

import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.Layer;
import org.verbatim.core.themes.LayerSnapshot;

/** Reads the layer an export is computed over, as the theme engine resolves it. */
final class ExportSnapshot {
  private ExportSnapshot() {}

  /**
   * @throws org.verbatim.core.model.InvalidInputException for an unknown coder or a consensus layer
   *     that does not exist yet
   */
  static LayerSnapshot of(ProjectStore store, ExportOptions options) {
    return new EvidenceService(store).snapshot(options.layer().map(Layer::parse));
  }

  /** "Layer: consensus (default)", the fact every export of a layer states. */
  static String fact(LayerSnapshot s) {
    return "Layer: " + s.layer().label();
  }
}

package org.verbatim.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Optional;
import org.verbatim.core.themes.Layer;
import picocli.CommandLine.Option;

/** The {@code --layer} option of the theme and evidence commands, and their JSON printing. */
final class LayerOption {
  @Option(
      names = "--layer",
      paramLabel = "LAYER",
      description =
          "consensus, all, a coder name, or coder names joined by commas (their union); default:"
              + " consensus where it exists, else all coders.")
  Optional<String> layer = Optional.empty();

  Optional<Layer> chosen() {
    return layer.map(Layer::parse);
  }

  static void printJson(PrintWriter out, Object value) throws Exception {
    out.print(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value)
            + System.lineSeparator());
    out.flush();
  }
}

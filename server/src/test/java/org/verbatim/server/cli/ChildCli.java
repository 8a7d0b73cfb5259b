package org.verbatim.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real command line in a child JVM, as {@code java -jar verbatim.jar} would, with a
 * bounded wait: what it prints on stdout and stderr is exactly what a user sees, log lines
 * included.
 */
record ChildCli(int exitCode, String out, String err) {
  static ChildCli run(Path workDir, String heap, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(command(heap));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "child-out", ".txt");
    Path err = Files.createTempFile(workDir, "child-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError("verbatim " + String.join(" ", args) + " did not end in 180 s");
    }
    return new ChildCli(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** {@code java -Xmx<heap> -cp <this test's class path> VerbatimCli}. */
  static List<String> command(String heap) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "-cp",
        System.getProperty("java.class.path"),
        VerbatimCli.class.getName());
  }
}

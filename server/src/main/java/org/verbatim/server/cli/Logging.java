package org.verbatim.server.cli;

import java.util.Arrays;

/**
 * Where log lines go. A command prints what the user asked for; the project's and libraries' log
 * lines (CoreNLP's "Adding annotator", index rebuilds, Jetty's start-up, POI's parse errors that
 * become one "verbatim:" line anyway) appear on stderr only with {@code --verbose}. Warnings and
 * errors of the project itself always appear. Must run before the first logger is made.
 */
final class Logging {
  static final String VERBOSE = "--verbose";

  private Logging() {}

  static void configure(String[] args) {
    boolean verbose = Arrays.asList(args).contains(VERBOSE);
    // slf4j-simple reads these once, when the first logger is made
    setDefault("org.slf4j.simpleLogger.logFile", "System.err");
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    if (!verbose) {
      // turned into one clear message by the readers; their stack traces only confuse
      setDefault("org.slf4j.simpleLogger.log.org.apache.poi", "off");
      setDefault("org.slf4j.simpleLogger.log.edu.stanford.nlp", "error");
    }
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}

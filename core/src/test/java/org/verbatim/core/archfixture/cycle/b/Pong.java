package org.verbatim.core.archfixture.cycle.b;

import org.verbatim.core.archfixture.cycle.a.Ping;

/** Breaks the no-cycles rule on purpose: b uses a, and a uses b (CoreArchitectureTest). */
public final class Pong {
  public Ping serve() {
    return new Ping();
  }
}

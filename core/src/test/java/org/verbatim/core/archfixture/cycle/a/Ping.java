package org.verbatim.core.archfixture.cycle.a;

import org.verbatim.core.archfixture.cycle.b.Pong;

/** Breaks the no-cycles rule on purpose: a uses b, and b uses a (CoreArchitectureTest). */
public final class Ping {
  public Pong answer() {
    return new Pong();
  }
}

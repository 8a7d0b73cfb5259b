/** The {@code verbatim} command line: thin picocli commands over the core services. */
@NullMarked
package org.verbatim.server.cli;

import org.jspecify.annotations.NullMarked;

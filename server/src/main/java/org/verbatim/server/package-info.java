/** The Verbatim server: composition root ({@link org.verbatim.server.ServerApp}) and launcher. */
@NullMarked
package org.verbatim.server;

import org.jspecify.annotations.NullMarked;

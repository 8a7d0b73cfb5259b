package org.verbatim.core.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the project database's connection. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}

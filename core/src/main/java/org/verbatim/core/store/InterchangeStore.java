package org.verbatim.core.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * REFI-QDA identities: the GUID of each object of a kind ({@code code}, {@code coder}, {@code
 * document}, …) by its local id, and the users who are kept as users only.
 */
public interface InterchangeStore {
  /** A user kept without codings: GUID (normalised, lower case) and name. */
  record KeptUser(String guid, String name) {}

  /** Every recorded GUID of {@code kind}, by local id. */
  Map<Long, String> guids(String kind);

  /** The local id recorded for {@code guid} (normalised, lower case) of {@code kind}. */
  Optional<Long> localId(String kind, String guid);

  /**
   * Records GUIDs of {@code kind} by local id in one transaction; an id already recorded keeps its
   * GUID.
   *
   * @throws org.verbatim.core.model.ConflictException if a GUID is already recorded for another
   *     object of that kind
   */
  void record(String kind, Map<Long, String> guids);

  /** Users kept as users only, by GUID. */
  List<KeptUser> keptUsers();

  /** Keeps users as users only (an existing GUID is left as it is). */
  void keepUsers(List<KeptUser> users);
}

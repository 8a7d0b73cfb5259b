package org.verbatim.core.store;

import java.util.Map;
import java.util.Optional;

/** Project-wide settings as text key/value pairs; changes are audited. */
public interface SettingStore {
  Optional<String> get(String key);

  /** Every stored setting by key. */
  Map<String, String> all();

  /** Stores (or replaces) a value in one transaction. */
  void put(String key, String value, String actor);
}

package org.verbatim.core.coding;

import java.util.Locale;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.SettingStore;

/** Typed access to the project settings the coding workflow knows. */
public final class ProjectSettings {
  /** While true, coders see only their own codings and memos. */
  public static final String BLIND_CODING = "blind_coding";

  // Read on every request that shows codings; a change made through another process (the
  // command line) is seen within this long.
  private static final long CACHE_NANOS = 2_000_000_000L;

  private final SettingStore store;
  private volatile boolean blind;
  private volatile long readAt;

  public ProjectSettings(SettingStore store) {
    this.store = store;
    refresh();
  }

  public boolean blindCoding() {
    if (System.nanoTime() - readAt > CACHE_NANOS) {
      refresh();
    }
    return blind;
  }

  public void setBlindCoding(boolean on, String actor) {
    store.put(BLIND_CODING, Boolean.toString(on), actor);
    refresh();
  }

  private void refresh() {
    blind = store.get(BLIND_CODING).map(Boolean::parseBoolean).orElse(false);
    readAt = System.nanoTime();
  }

  /**
   * Sets a setting from text, as the command line gives it.
   *
   * @throws InvalidInputException for unknown keys (listing the known ones) or bad values
   */
  public void set(String key, String value, String actor) {
    if (!key.equals(BLIND_CODING)) {
      throw new InvalidInputException(
          "unknown setting '" + key + "'; known settings: " + BLIND_CODING);
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new InvalidInputException(
          "setting " + key + " must be true or false, was '" + value + "'");
    }
    setBlindCoding(Boolean.parseBoolean(v), actor);
  }
}

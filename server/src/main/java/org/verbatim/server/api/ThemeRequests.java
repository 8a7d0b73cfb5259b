package org.verbatim.server.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Request bodies of the theme routes; absent fields arrive as null and are checked by name. */
final class ThemeRequests {
  private ThemeRequests() {}

  record NewTheme(
      @Nullable String name,
      @Nullable Long parent,
      @Nullable String definition,
      @Nullable List<Long> codes) {}

  record ThemeUpdate(
      @Nullable Long version,
      @Nullable String name,
      @Nullable String definition,
      @Nullable String memo) {}

  record ThemeMove(@Nullable Long version, @Nullable Long parent, @Nullable Integer position) {}

  record ThemeLink(@Nullable Long code) {}

  record ThemeStatusChange(
      @Nullable Long version, @Nullable String status, @Nullable String comment) {}

  record AcceptProposal(@Nullable String name, @Nullable Long parent) {}
}

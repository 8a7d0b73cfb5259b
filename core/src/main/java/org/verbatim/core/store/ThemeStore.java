package org.verbatim.core.store;

import java.util.List;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.Theme;

/** The theme tree. */
public interface ThemeStore {
  Theme create(NewTheme theme, String actor);

  /** Themes, parents before children, siblings by position. */
  List<Theme> list();
}

package org.verbatim.server.api;

import io.javalin.http.Context;
import org.verbatim.core.coding.ProjectSettings;
import org.verbatim.server.api.Views.SettingsView;

/** Project settings: everyone reads them, the owner changes them. */
final class SettingsController {
  private final ProjectSettings settings;
  private final Broadcaster broadcast;

  SettingsController(ProjectSettings settings, Broadcaster broadcast) {
    this.settings = settings;
    this.broadcast = broadcast;
  }

  void get(Context ctx) {
    ctx.json(new SettingsView(settings.blindCoding()));
  }

  void update(Context ctx) {
    Requests.Settings body = Bodies.read(ctx, Requests.Settings.class);
    String actor = AccessManager.principal(ctx).username();
    if (body.blindCoding() != null) {
      settings.setBlindCoding(body.blindCoding(), actor);
      broadcast.settingsChanged(body.blindCoding(), actor);
    }
    ctx.json(new SettingsView(settings.blindCoding()));
  }
}

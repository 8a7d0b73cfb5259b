package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.deid.DeidService;
import org.verbatim.core.deid.DeidTag;
import org.verbatim.core.deid.ListedName;

/**
 * De-identification through the same {@link DeidService} as {@code verbatim deid}: the scan's
 * forms, the key file's map, and the owner's decisions on forms (each answers with the map as
 * saved). Core's errors (an unknown form, an empty replacement) become 404 and 400 in {@link
 * ErrorMapper}.
 */
final class DeidController {
  private final DeidService deid;

  DeidController(DeidService deid) {
    this.deid = deid;
  }

  /** {@code {"forms": [...]} } or {@code {"allFound": true}}. */
  record Forms(@Nullable List<String> forms, @Nullable Boolean allFound) {}

  /** {@code {"form": "Dr. Lin", "replacement": "[psychiatrist]"}}. */
  record MapForm(@Nullable String form, @Nullable String replacement) {}

  /** {@code {"form": "Dr. Lin", "variants": ["Lin"]}}. */
  record Link(@Nullable String form, @Nullable List<String> variants) {}

  /** {@code {"names": [{"form": "嘉南", "tag": "CITY"}]}}. */
  record Names(@Nullable List<Name> names) {}

  /** One listed name; the tag defaults to PERSON. */
  record Name(@Nullable String form, @Nullable String tag) {}

  /** Every form the scan finds, most frequent first, with its decision so far. */
  void forms(Context ctx) {
    ctx.json(deid.scan());
  }

  /** The map as saved in the key file. */
  void map(Context ctx) {
    ctx.json(deid.map());
  }

  void accept(Context ctx) {
    Forms body = Bodies.read(ctx, Forms.class);
    if (Boolean.TRUE.equals(body.allFound())) {
      if (body.forms() != null && !body.forms().isEmpty()) {
        throw ApiException.badRequest("send either 'forms' or 'allFound', not both");
      }
      ctx.json(deid.acceptAllFound());
      return;
    }
    ctx.json(deid.accept(forms(body.forms(), "forms")));
  }

  void reject(Context ctx) {
    ctx.json(deid.reject(forms(Bodies.read(ctx, Forms.class).forms(), "forms")));
  }

  void mapForm(Context ctx) {
    MapForm body = Bodies.read(ctx, MapForm.class);
    ctx.json(
        deid.map(text(body.form(), "form"), Bodies.required(body.replacement(), "replacement")));
  }

  void link(Context ctx) {
    Link body = Bodies.read(ctx, Link.class);
    ctx.json(deid.link(text(body.form(), "form"), forms(body.variants(), "variants")));
  }

  void names(Context ctx) {
    Names body = Bodies.read(ctx, Names.class);
    List<Name> names = Bodies.required(body.names(), "names");
    if (names.isEmpty()) {
      throw ApiException.badRequest("field 'names' must list at least one name");
    }
    List<ListedName> out = new ArrayList<>();
    for (Name n : names) {
      String form = text(n == null ? null : n.form(), "names[].form");
      String tag = n.tag() == null || n.tag().isBlank() ? "PERSON" : n.tag();
      out.add(
          new ListedName(
              form,
              DeidTag.of(tag)
                  .orElseThrow(
                      () ->
                          ApiException.badRequest(
                              "tag '" + tag + "' is not one of " + DeidTag.names()))));
    }
    ctx.json(deid.addNames(out));
  }

  private static List<String> forms(@Nullable List<String> forms, String field) {
    List<String> list = Bodies.required(forms, field);
    if (list.isEmpty()) {
      throw ApiException.badRequest("field '" + field + "' must list at least one form");
    }
    list.forEach(f -> text(f, field + "[]"));
    return list;
  }

  private static String text(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("field '" + field + "' must be a non-empty string");
    }
    return value;
  }
}

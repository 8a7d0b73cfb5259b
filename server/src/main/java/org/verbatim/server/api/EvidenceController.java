package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.agreement.project.AgreementRequest;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.report.AgreementJsonView;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.themes.Cooccurrence;
import org.verbatim.core.themes.EvidenceJson;
import org.verbatim.core.themes.EvidenceMatrices;
import org.verbatim.core.themes.EvidenceMatrix;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Measure;
import org.verbatim.core.themes.PassagePage;
import org.verbatim.core.themes.PassageQuery;
import org.verbatim.core.themes.Proximity;
import org.verbatim.core.themes.ResolvedLayer;
import org.verbatim.core.themes.Saturation;

/**
 * The evidence views over a layer: coded passages of a code or theme, prevalence, matrices,
 * co-occurrence, saturation, agreement on themes, and the layers there are to choose from.
 */
final class EvidenceController {
  private final EvidenceService evidence;
  private final CodingService codings;

  EvidenceController(EvidenceService evidence, CodingService codings) {
    this.evidence = evidence;
    this.codings = codings;
  }

  void layers(Context ctx) {
    ResolvedLayer def = evidence.layer(Optional.empty());
    List<Map<String, Object>> options = new ArrayList<>();
    List<Coder> coders = codings.coders();
    boolean consensus = coders.stream().anyMatch(c -> c.name().equals(Coder.CONSENSUS));
    if (consensus) {
      options.add(option(Coder.CONSENSUS, "consensus"));
    }
    options.add(option("all", "all coders"));
    coders.stream()
        .filter(c -> !c.name().equals(Coder.CONSENSUS))
        .sorted(java.util.Comparator.comparing(Coder::name))
        .forEach(c -> options.add(option(c.name(), c.name())));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("default", def.layer().spec());
    out.put("defaultLabel", def.label());
    out.put("layers", options);
    ctx.json(out);
  }

  private static Map<String, Object> option(String spec, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", spec);
    m.put("label", label);
    return m;
  }

  void codePassages(Context ctx) {
    PassageQuery q =
        EvidenceParams.passages(ctx, PassageQuery.ofCode(new CodeId(Bodies.pathId(ctx, "id"))));
    PassagePage page = evidence.passages(EvidenceParams.layer(ctx), q);
    ctx.json(EvidenceJson.passages(page, q.offset()));
  }

  void themePassages(Context ctx) {
    PassageQuery q =
        EvidenceParams.passages(ctx, PassageQuery.ofTheme(new ThemeId(Bodies.pathId(ctx, "id"))));
    PassagePage page = evidence.passages(EvidenceParams.layer(ctx), q);
    ctx.json(EvidenceJson.passages(page, q.offset()));
  }

  void prevalence(Context ctx) {
    LayerSnapshot s = evidence.snapshot(EvidenceParams.layer(ctx));
    Map<String, Object> out = EvidenceJson.tree(s);
    out.put("codes", EvidenceJson.codePrevalence(s).get("codes"));
    ctx.json(out);
  }

  void matrix(Context ctx) {
    LayerSnapshot s = evidence.snapshot(EvidenceParams.layer(ctx));
    String rows = EvidenceParams.text(ctx, "rows").orElse("themes").toLowerCase(Locale.ROOT);
    List<EvidenceMatrix.Row> r =
        switch (rows) {
          case "themes" -> EvidenceMatrices.themeRows(s);
          case "codes" -> EvidenceMatrices.codeRows(s);
          default ->
              throw new InvalidInputException("rows must be themes or codes, was '" + rows + "'");
        };
    Measure m = EvidenceParams.text(ctx, "count").map(Measure::of).orElse(Measure.PARTICIPANTS);
    Optional<String> by = EvidenceParams.text(ctx, "by");
    EvidenceMatrix x =
        by.isPresent()
            ? EvidenceMatrices.byAttribute(s, r, m, by.get())
            : EvidenceMatrices.byParticipant(s, r, m);
    ctx.json(EvidenceJson.matrix(x));
  }

  void cooccurrence(Context ctx) {
    LayerSnapshot s = evidence.snapshot(EvidenceParams.layer(ctx));
    Proximity p =
        EvidenceParams.text(ctx, "proximity").map(Proximity::of).orElse(Proximity.OVERLAP);
    ctx.json(EvidenceJson.cooccurrence(Cooccurrence.of(s, p)));
  }

  void saturation(Context ctx) {
    LayerSnapshot s = evidence.snapshot(EvidenceParams.layer(ctx));
    int k = ctx.queryParamAsClass("k", Integer.class).getOrDefault(Saturation.DEFAULT_K);
    ctx.json(EvidenceJson.saturation(Saturation.of(s, EvidenceParams.text(ctx, "by"), k)));
  }

  void themeAgreement(Context ctx) {
    List<String> coders =
        List.of(
                EvidenceParams.text(ctx, "coders")
                    .orElseThrow(
                        () ->
                            new InvalidInputException(
                                "name the coders to compare, e.g. coders=mei,james"))
                    .split(","))
            .stream()
            .map(String::strip)
            .toList();
    AgreementUnit unit =
        EvidenceParams.text(ctx, "unit").map(AgreementUnit::parse).orElse(AgreementUnit.SENTENCE);
    int depth = ctx.queryParamAsClass("depth", Integer.class).getOrDefault(0);
    AgreementRequest request = AgreementRequest.of(coders, unit);
    ctx.json(AgreementJsonView.of(evidence.themeAgreement(request, depth)));
  }
}

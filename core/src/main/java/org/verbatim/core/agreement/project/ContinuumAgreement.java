package org.verbatim.core.agreement.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.agreement.CharacterAgreement;
import org.verbatim.core.agreement.CharacterKappa;
import org.verbatim.core.agreement.CuAlpha;
import org.verbatim.core.agreement.Segment;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UndefinedStatisticException;
import org.verbatim.core.agreement.UnitizedStudy;
import org.verbatim.core.agreement.UnitizingAlpha;
import org.verbatim.core.model.InvalidInputException;

/**
 * Unitized agreement of a project on the character continuum: the compared documents' texts one
 * after another, each coder's codings as segments whose category is the code path, one semantic
 * domain per top-level code. A coder's overlapping codings of one code are merged into one segment
 * first. Per-code and pooled |uα add up binary coincidence tallies per (document × code), which is
 * the same as treating each pair as a separate copy of the document's text.
 */
final class ContinuumAgreement {
  private ContinuumAgreement() {}

  static ContinuumAgreementReport compute(AgreementInput input) {
    List<InputDocument> docs = input.documents();
    List<AgreementCode> codes = input.codes();
    List<String> coders = input.coders();
    int m = coders.size();
    long total = 0;
    int[] docOffset = new int[docs.size() + 1];
    for (int d = 0; d < docs.size(); d++) {
      total += docs.get(d).length();
      if (total > Integer.MAX_VALUE) {
        throw new InvalidInputException(
            "the compared documents hold more than "
                + Integer.MAX_VALUE
                + " characters, too many for one continuum; select fewer documents");
      }
      docOffset[d + 1] = (int) total;
    }
    AgreementScope scope = AgreementScope.of(input);
    if (total == 0 || codes.isEmpty()) {
      Statistic none =
          Statistic.undefined(total == 0 ? "there is no text to compare" : "no code is selected");
      return new ContinuumAgreementReport(
          scope, total, none, List.of(), none, List.of(), none, List.of());
    }
    Map<String, List<Segment>> global = new LinkedHashMap<>();
    coders.forEach(c -> global.put(c, new ArrayList<>()));
    BinaryTally[] perCode = new BinaryTally[codes.size()];
    long[] codedCharacters = new long[codes.size()];
    Arrays.setAll(perCode, k -> new BinaryTally());
    BinaryTally pooled = new BinaryTally();
    List<ContinuumAgreementReport.DocumentAgreement> documents = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      InputDocument doc = docs.get(d);
      Map<String, List<Segment>> local = new LinkedHashMap<>();
      coders.forEach(c -> local.put(c, new ArrayList<>()));
      BinaryTally docTally = new BinaryTally();
      for (int k = 0; k < codes.size(); k++) {
        int[][][] merged = MergedCodings.of(doc, k, m);
        String path = codes.get(k).path();
        for (int c = 0; c < m; c++) {
          for (int s = 0; s < merged[0][c].length; s++) {
            int from = merged[0][c][s];
            int to = merged[1][c][s];
            local.get(coders.get(c)).add(new Segment(from, to, path));
            global
                .get(coders.get(c))
                .add(new Segment(docOffset[d] + from, docOffset[d] + to, path));
          }
        }
        BinaryTally pair = BinaryTally.of(doc.length(), merged[0], merged[1]);
        perCode[k].add(pair);
        docTally.add(pair);
        codedCharacters[k] += MergedCodings.unionLength(merged[0], merged[1]);
      }
      pooled.add(docTally);
      documents.add(
          new ContinuumAgreementReport.DocumentAgreement(
              doc.name(), doc.length(), documentUAlpha(doc, local), docTally.alpha()));
    }
    Map<String, List<String>> domains = new LinkedHashMap<>();
    for (AgreementCode code : codes) {
      domains.computeIfAbsent(code.domain(), x -> new ArrayList<>()).add(code.path());
    }
    UnitizedStudy study = UnitizedStudy.of((int) total, global, domains);
    Overlaps overlaps = new Overlaps(study, docs, docOffset);
    List<ContinuumAgreementReport.DomainAgreement> domainRows = new ArrayList<>();
    Optional<String> domainProblem = Optional.empty();
    for (Map.Entry<String, List<String>> domain : domains.entrySet()) {
      Optional<String> overlap = overlaps.first(domain.getValue());
      if (overlap.isPresent() && domainProblem.isEmpty()) {
        domainProblem = Optional.of("domain '" + domain.getKey() + "': " + overlap.get());
      }
      domainRows.add(domainRow(study, domain.getKey(), domain.getValue(), overlap));
    }
    Statistic allCodes =
        overlaps
            .first(study.categories())
            .map(Statistic::undefined)
            .orElseGet(() -> Statistic.compute(() -> new UnitizingAlpha(study).uAlpha()));
    Statistic across =
        domainProblem
            .map(Statistic::undefined)
            .orElseGet(() -> Statistic.compute(() -> new CuAlpha(study).value()));
    List<ContinuumAgreementReport.CodeAgreement> codeRows = new ArrayList<>();
    for (int k = 0; k < codes.size(); k++) {
      codeRows.add(
          new ContinuumAgreementReport.CodeAgreement(
              codes.get(k),
              codedCharacters[k],
              perCode[k].alpha(),
              character(study, codes.get(k).path())));
    }
    return new ContinuumAgreementReport(
        scope, total, allCodes, domainRows, across, codeRows, pooled.alpha(), documents);
  }

  private static ContinuumAgreementReport.DomainAgreement domainRow(
      UnitizedStudy study, String name, List<String> paths, Optional<String> overlap) {
    if (overlap.isPresent()) {
      Statistic s = Statistic.undefined(overlap.get());
      return new ContinuumAgreementReport.DomainAgreement(name, paths, s, s, s);
    }
    try {
      UnitizingAlpha alpha = new UnitizingAlpha(study.restrictedTo(paths));
      return new ContinuumAgreementReport.DomainAgreement(
          name,
          paths,
          Statistic.compute(alpha::uAlpha),
          Statistic.compute(alpha::binaryUAlpha),
          Statistic.compute(alpha::cuAlpha));
    } catch (UndefinedStatisticException e) {
      Statistic s = Statistic.undefined(e.reason());
      return new ContinuumAgreementReport.DomainAgreement(name, paths, s, s, s);
    }
  }

  private static Statistic documentUAlpha(InputDocument doc, Map<String, List<Segment>> local) {
    if (doc.length() == 0) {
      return Statistic.undefined("the document has no text");
    }
    UnitizedStudy study = UnitizedStudy.of(doc.length(), local);
    Optional<String> overlap =
        new Overlaps(study, List.of(doc), new int[] {0, doc.length()}).first(study.categories());
    if (overlap.isPresent()) {
      return Statistic.undefined(overlap.get());
    }
    return Statistic.compute(() -> new UnitizingAlpha(study).uAlpha());
  }

  private static CharacterAgreement character(UnitizedStudy study, String path) {
    try {
      return new CharacterKappa(study, path).result();
    } catch (UndefinedStatisticException e) {
      return CharacterAgreement.undefined(e.reason());
    }
  }

  /** Finds a coder's first overlap between different codes of a set, named by document. */
  private static final class Overlaps {
    private final UnitizedStudy study;
    private final List<InputDocument> docs;
    private final int[] docOffset;

    Overlaps(UnitizedStudy study, List<InputDocument> docs, int[] docOffset) {
      this.study = study;
      this.docs = docs;
      this.docOffset = docOffset;
    }

    Optional<String> first(List<String> categories) {
      Set<String> wanted = new HashSet<>(categories);
      for (String coder : study.coders()) {
        Segment previous = null;
        for (Segment s : study.segments(coder)) {
          if (!wanted.contains(s.category())) {
            continue;
          }
          if (previous != null && s.start() < previous.end()) {
            return Optional.of(describe(coder, previous, s));
          }
          if (previous == null || s.end() > previous.end()) {
            previous = s;
          }
        }
      }
      return Optional.empty();
    }

    private String describe(String coder, Segment a, Segment b) {
      int d = Arrays.binarySearch(docOffset, b.start());
      d = d >= 0 ? d : -d - 2;
      while (d + 1 < docOffset.length - 1 && docOffset[d + 1] <= b.start()) {
        d++;
      }
      int shift = docOffset[d];
      return "coder '"
          + coder
          + "' coded '"
          + a.category()
          + "' and '"
          + b.category()
          + "' on overlapping text in "
          + docs.get(d).name()
          + " (characters "
          + (b.start() - shift)
          + "-"
          + (Math.min(a.end(), b.end()) - shift)
          + "); uα and cuα need the codes of a semantic domain to be mutually exclusive";
    }
  }
}

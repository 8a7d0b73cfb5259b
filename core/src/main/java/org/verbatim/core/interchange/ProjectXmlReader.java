package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.verbatim.core.interchange.RefiProject.Case;
import org.verbatim.core.interchange.RefiProject.CodeNode;
import org.verbatim.core.interchange.RefiProject.CodingRef;
import org.verbatim.core.interchange.RefiProject.Note;
import org.verbatim.core.interchange.RefiProject.NoteLink;
import org.verbatim.core.interchange.RefiProject.RefiSet;
import org.verbatim.core.interchange.RefiProject.Selection;
import org.verbatim.core.interchange.RefiProject.Target;
import org.verbatim.core.interchange.RefiProject.Text;
import org.verbatim.core.interchange.RefiProject.User;
import org.verbatim.core.interchange.RefiProject.Value;
import org.verbatim.core.interchange.RefiProject.Variable;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

/**
 * Turns a parsed {@code project.qde} into a checked {@link RefiProject}: GUIDs valid and unique per
 * kind, every reference resolved, every text read and every selection converted to a range of the
 * stored text. Anything Verbatim cannot code is counted in {@code skipped}.
 */
final class ProjectXmlReader {
  /** Reads a file of the package by the path a source names (without {@code internal://}). */
  interface PackageFiles {
    Optional<byte[]> read(String path);
  }

  private static final List<String> MEDIA =
      List.of("PDFSource", "PictureSource", "AudioSource", "VideoSource");

  private final String label;
  private final PackageFiles files;
  private final Map<String, Set<String>> seen = new HashMap<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final List<NoteLink> noteLinks = new ArrayList<>();
  private final Set<String> codeGuids = new HashSet<>();
  private String origin = "";

  ProjectXmlReader(String label, PackageFiles files) {
    this.label = label;
    this.files = files;
  }

  RefiProject read(XmlElement root) {
    if (!root.name().equals("Project")) {
      throw new InvalidInputException(
          label + ": root element is <" + root.name() + ">, not a REFI-QDA <Project>");
    }
    origin = root.attributeOrEmpty("origin");
    Optional<String> creator = root.attribute("creatingUserGUID").flatMap(RefiGuid::normalise);
    List<User> users = new ArrayList<>();
    for (XmlElement u : root.within("Users", "User")) {
      users.add(new User(guid(u, "user"), u.attributeOrEmpty("name").strip()));
    }
    List<CodeNode> codes =
        codes(root.first("CodeBook").map(b -> b.within("Codes", "Code")).orElse(List.of()));
    Map<String, String> variableNames = new LinkedHashMap<>();
    List<Variable> variables = new ArrayList<>();
    for (XmlElement v : root.within("Variables", "Variable")) {
      Variable variable = new Variable(guid(v, "variable"), v.attributeOrEmpty("name"));
      variables.add(variable);
      variableNames.put(variable.guid(), variable.name());
    }
    List<Case> cases = new ArrayList<>();
    for (XmlElement c : root.within("Cases", "Case")) {
      List<String> sources = new ArrayList<>();
      for (XmlElement ref : c.all("SourceRef")) {
        sources.add(target(ref, "SourceRef"));
      }
      cases.add(
          new Case(
              guid(c, "case"),
              c.attributeOrEmpty("name").strip(),
              values(c, variableNames),
              sources));
    }
    List<Text> texts = new ArrayList<>();
    for (XmlElement s : root.first("Sources").map(XmlElement::children).orElse(List.of())) {
      if (s.name().equals("TextSource")) {
        texts.add(text(s, variableNames));
      } else if (MEDIA.contains(s.name())) {
        guid(s, "source");
        skip(s.name().replace("Source", "").toLowerCase(Locale.ROOT) + " sources", 1);
        int codings = countCodings(s);
        if (codings > 0) {
          skip("codings of audio, video, PDF or picture sources", codings);
        }
      }
    }
    List<Note> notes = new ArrayList<>();
    for (XmlElement n : root.within("Notes", "Note")) {
      String g = guid(n, "note");
      notes.add(
          new Note(
              g,
              n.attributeOrEmpty("name").strip(),
              TextSourceContent.read(
                  n, "note '" + n.attributeOrEmpty("name") + "' (" + g + ")", label, files),
              user(n.attributeOrEmpty("creatingUser"))));
    }
    noteRefs(root, Target.PROJECT, "");
    List<RefiSet> sets = new ArrayList<>();
    for (XmlElement set : root.within("Sets", "Set")) {
      List<String> members = new ArrayList<>();
      for (XmlElement m : set.all("MemberCode")) {
        members.add(target(m, "MemberCode"));
      }
      List<String> sources = new ArrayList<>();
      for (XmlElement m : set.all("MemberSource")) {
        sources.add(target(m, "MemberSource"));
      }
      sets.add(
          new RefiSet(
              guid(set, "set"),
              set.attributeOrEmpty("name"),
              set.childText("Description"),
              members,
              sources));
    }
    if (!root.within("Links", "Link").isEmpty()) {
      skip("links", root.within("Links", "Link").size());
    }
    if (!root.within("Graphs", "Graph").isEmpty()) {
      skip("graphs", root.within("Graphs", "Graph").size());
    }
    checkReferences(notes, cases, codes);
    return new RefiProject(
        root.attributeOrEmpty("name"),
        origin,
        creator,
        users,
        codes,
        variables,
        cases,
        texts,
        notes,
        noteLinks,
        sets,
        skipped,
        Map.of());
  }

  private List<CodeNode> codes(List<XmlElement> elements) {
    List<CodeNode> out = new ArrayList<>();
    for (XmlElement c : elements) {
      String g = guid(c, "code");
      codeGuids.add(g);
      noteRefs(c, Target.CODE, g);
      out.add(
          new CodeNode(
              g,
              c.attributeOrEmpty("name"),
              c.attributeOrEmpty("color"),
              c.childText("Description"),
              !c.attributeOrEmpty("isCodable").strip().equalsIgnoreCase("false"),
              codes(c.all("Code"))));
    }
    return out;
  }

  private Text text(XmlElement s, Map<String, String> variableNames) {
    String g = guid(s, "source");
    String what = "text source '" + s.attributeOrEmpty("name") + "' (" + g + ")";
    String raw = TextSourceContent.read(s, what, label, files);
    List<XmlElement> selections = s.all("PlainTextSelection");
    List<PositionConvention.Selection> positions = new ArrayList<>();
    for (XmlElement sel : selections) {
      positions.add(
          new PositionConvention.Selection(
              sel.attributeOrEmpty("guid"),
              number(sel, "startPosition"),
              number(sel, "endPosition"),
              sel.attributeOrEmpty("name")));
    }
    PositionConvention convention =
        PositionConvention.detect(raw, positions, origin)
            .orElseThrow(() -> outside(what, raw, positions));
    PositionConvention.Resolver resolver = convention.resolver(raw);
    NormalisedText normal = NormalisedText.of(raw);
    List<Selection> out = new ArrayList<>();
    for (int i = 0; i < selections.size(); i++) {
      XmlElement sel = selections.get(i);
      String sg = guid(sel, "selection");
      PositionConvention.Selection p = positions.get(i);
      Span rawSpan = resolver.span(p.start(), p.end()).orElseThrow();
      Span span = new Span(normal.start(rawSpan.start()), normal.end(rawSpan.end()));
      List<CodingRef> codings = codings(sel.all("Coding"), sel.attributeOrEmpty("creatingUser"));
      noteRefs(sel, Target.SELECTION, sg);
      if (span.length() == 0) {
        skip("empty selections", 1);
        if (!codings.isEmpty()) {
          skip("codings of empty selections", codings.size());
        }
        continue;
      }
      out.add(
          new Selection(
              Optional.of(sg),
              span,
              sel.childText("Description").strip(),
              user(sel.attributeOrEmpty("creatingUser")),
              codings));
    }
    List<CodingRef> whole = codings(s.all("Coding"), s.attributeOrEmpty("creatingUser"));
    if (!whole.isEmpty() && !normal.text().isEmpty()) {
      out.add(new Selection(Optional.empty(), new Span(0, normal.text().length()), "", "", whole));
    }
    noteRefs(s, Target.SOURCE, g);
    String name = s.attributeOrEmpty("name").strip();
    if (name.isEmpty()) {
      // qc writes no name: the file name is the best one there is
      String path = s.attributeOrEmpty("plainTextPath").replaceFirst("(?i)^internal://", "");
      name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    }
    return new Text(
        g,
        name,
        user(s.attributeOrEmpty("creatingUser")),
        normal.text(),
        convention,
        out,
        values(s, variableNames));
  }

  private InvalidInputException outside(
      String what, String raw, List<PositionConvention.Selection> positions) {
    int length = raw.codePointCount(0, raw.length());
    for (PositionConvention.Selection p : positions) {
      if (p.start() < 0 || p.end() < p.start() || p.end() > raw.length()) {
        return new InvalidInputException(
            label
                + ": selection "
                + p.guid()
                + " of "
                + what
                + " covers ["
                + p.start()
                + ", "
                + p.end()
                + "), outside its text of "
                + length
                + " characters");
      }
    }
    return new InvalidInputException(
        label + ": the selections of " + what + " fit its text under no known position convention");
  }

  private List<CodingRef> codings(List<XmlElement> codings, String fallbackUser) {
    List<CodingRef> out = new ArrayList<>();
    for (XmlElement c : codings) {
      String g = guid(c, "coding");
      XmlElement ref =
          c.first("CodeRef")
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          label + " line " + c.line() + ": coding " + g + " has no CodeRef"));
      String code = target(ref, "CodeRef");
      noteRefs(c, Target.CODING, g);
      String u = c.attributeOrEmpty("creatingUser");
      out.add(new CodingRef(g, code, user(u.isBlank() ? fallbackUser : u)));
    }
    return out;
  }

  private List<Value> values(XmlElement owner, Map<String, String> variableNames) {
    List<Value> out = new ArrayList<>();
    for (XmlElement v : owner.all("VariableValue")) {
      String variable =
          v.first("VariableRef")
              .map(r -> target(r, "VariableRef"))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          label + " line " + v.line() + ": VariableValue without VariableRef"));
      if (!variableNames.containsKey(variable)) {
        throw new InvalidInputException(
            label + " line " + v.line() + ": VariableValue refers to unknown variable " + variable);
      }
      String value = "";
      for (XmlElement c : v.children()) {
        if (!c.name().equals("VariableRef")) {
          value = c.text().strip();
        }
      }
      out.add(new Value(variable, value));
    }
    return out;
  }

  private void noteRefs(XmlElement owner, Target target, String targetGuid) {
    for (XmlElement ref : owner.all("NoteRef")) {
      noteLinks.add(new NoteLink(target(ref, "NoteRef"), target, targetGuid));
    }
  }

  private void checkReferences(List<Note> notes, List<Case> cases, List<CodeNode> codes) {
    Set<String> noteGuids = new HashSet<>();
    notes.forEach(n -> noteGuids.add(n.guid()));
    for (NoteLink l : noteLinks) {
      if (!noteGuids.contains(l.note())) {
        throw new InvalidInputException(label + ": NoteRef refers to unknown note " + l.note());
      }
    }
    Set<String> sourceGuids = seen.getOrDefault("source", Set.of());
    for (Case c : cases) {
      for (String s : c.sources()) {
        if (!sourceGuids.contains(s)) {
          throw new InvalidInputException(
              label + ": case '" + c.name() + "' (" + c.guid() + ") refers to unknown source " + s);
        }
      }
    }
    for (String s : seen.getOrDefault("selection-codes", Set.of())) {
      if (!codeGuids.contains(s)) {
        throw new InvalidInputException(label + ": a coding refers to unknown code " + s);
      }
    }
  }

  private String target(XmlElement ref, String what) {
    String raw = ref.attribute("targetGUID").or(() -> ref.attribute("guid")).orElse("");
    String g =
        RefiGuid.normalise(raw)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        label
                            + " line "
                            + ref.line()
                            + ": "
                            + what
                            + " has no valid target GUID ('"
                            + raw
                            + "')"));
    if (what.equals("CodeRef")) {
      seen.computeIfAbsent("selection-codes", k -> new HashSet<>()).add(g);
    }
    return g;
  }

  /** The element's GUID, normalised; refused when missing, malformed or a duplicate of its kind. */
  private String guid(XmlElement e, String kind) {
    String raw = e.attributeOrEmpty("guid");
    String g =
        RefiGuid.normalise(raw)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        label
                            + " line "
                            + e.line()
                            + ": <"
                            + e.name()
                            + "> has no valid guid ('"
                            + raw
                            + "')"));
    if (!seen.computeIfAbsent(kind, k -> new HashSet<>()).add(g)) {
      throw new InvalidInputException(
          label
              + " line "
              + e.line()
              + ": duplicate GUID "
              + g
              + " on <"
              + e.name()
              + "> (another "
              + kind
              + " has it)");
    }
    return g;
  }

  private String user(String raw) {
    return raw.isBlank() ? "" : RefiGuid.normalise(raw).orElse("");
  }

  private long number(XmlElement e, String attribute) {
    String v = e.attributeOrEmpty(attribute).strip();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException ex) {
      throw new InvalidInputException(
          label
              + " line "
              + e.line()
              + ": <"
              + e.name()
              + "> "
              + attribute
              + " '"
              + v
              + "' is not a whole number");
    }
  }

  private int countCodings(XmlElement e) {
    int n = 0;
    for (XmlElement c : e.children()) {
      n += c.name().equals("Coding") ? 1 : countCodings(c);
    }
    return n;
  }

  private void skip(String what, int count) {
    skipped.merge(what, count, Integer::sum);
  }
}

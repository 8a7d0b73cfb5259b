package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.core.nlp.SpanInvariants.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.SpanInvariants;
import org.verbatim.core.testing.SharedMaterial;

/** Imports real transcripts from {@code ../shared/corpora-real} (skipped when it is absent). */
class RealCorporaIT {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static TranscriptImport importer;
  private static Path corpora;

  @TempDir Path dir;

  @BeforeAll
  static void setUp() {
    corpora = SharedMaterial.require("corpora-real", RealCorporaIT.class);
    importer = TranscriptImport.withStandardSplitter();
  }

  private static DocumentContent read(Path file, ImportOptions options) {
    DocumentContent content = importer.read(file, options);
    SpanInvariants.assertSane(content);
    assertThat(content.sentences()).isNotEmpty();
    return content;
  }

  private static List<Path> files(String folder, String extension) throws IOException {
    Path path = corpora.resolve(folder);
    Assumptions.assumeTrue(Files.isDirectory(path), "no " + path);
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static Set<String> speakers(DocumentContent content) {
    return content.turns().stream()
        .map(Turn::speaker)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }

  private static long linesMatching(Path file, String regex) throws IOException {
    Pattern pattern = Pattern.compile(regex);
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> pattern.matcher(l).find())
        .count();
  }

  @Test
  void importsAudreyTangTranscriptsWithMarkdownSpeakerTurnsInBothLanguages() throws IOException {
    List<Path> files = files("01_audreyt-transcript_CC0", ".md");
    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    for (Path file : files) {
      DocumentContent content = read(file, ImportOptions.defaults());
      boolean chinese = HAN.matcher(file.getFileName().toString()).find();
      assertThat(content.language())
          .as(file.toString())
          .isEqualTo(chinese ? Language.CHINESE : Language.ENGLISH);
      long labels = linesMatching(file, "^### .+[:：]\\s*$");
      long labelledTurns = content.turns().stream().filter(t -> t.speaker().isPresent()).count();
      assertThat(labelledTurns).as(file.toString()).isBetween(labels, labels + 2);
      // The title line "# date title" is the speakerless first turn.
      assertThat(content.turns().get(0).speaker()).isEmpty();
      assertThat(content.turns().get(0).span().of(content.text())).startsWith("# ");
    }
  }

  @Test
  void readsTheDwInterviewPairWithTheSameSpeakersInEachLanguage() throws IOException {
    Path folder = corpora.resolve("01_audreyt-transcript_CC0");
    DocumentContent english =
        read(folder.resolve("2019-11-23-Interview-with-DW-Business.md"), ImportOptions.defaults());
    DocumentContent chinese =
        read(folder.resolve("2019-11-23-德國之聲採訪.md"), ImportOptions.defaults());
    assertThat(speakers(english)).containsExactlyInAnyOrder("Interviewer", "Audrey Tang");
    assertThat(speakers(chinese)).containsExactlyInAnyOrder("德國之聲", "唐鳳");
    assertThat(texts(english.text(), english.sentences()))
        .contains("The breakaway was at the Neolithic Age, I believe.");
    List<String> sentences = texts(chinese.text(), chinese.sentences());
    assertThat(sentences).contains("台灣在新石器時代就已經分離了。", "作為臺灣的官員，您如何看待這些抗爭？");
    // A full stop ends its sentence, give or take the closing quotes that follow it.
    assertThat(sentences)
        .noneMatch(s -> s.replaceAll("[。！？][」』”）]*$", "").matches(".*[。！？][^」』”）].*"));
  }

  @Test
  void readsSimplifiedChineseAsChinese() throws IOException {
    Path file =
        corpora.resolve(
            "01_audreyt-transcript_CC0/2016-06-30-vTaiwan及Join平台之分析訪談-呂家華.zh-Hans.OpenCC.md");
    Assumptions.assumeTrue(Files.exists(file), "no " + file);
    DocumentContent content = read(file, ImportOptions.defaults());
    assertThat(content.language()).isEqualTo(Language.CHINESE);
    assertThat(speakers(content)).containsExactlyInAnyOrder("问", "吕家华");
  }

  @Test
  void readsThinkAloudSessionsWithModeratorTurns() throws IOException {
    List<Path> files = files("02_serdif-usability-thinkaloud_GPL3/transcripts_txt", ".txt");
    assertThat(files).hasSize(17);
    for (Path file : files) {
      DocumentContent content = read(file, ImportOptions.defaults());
      assertThat(content.language()).isEqualTo(Language.ENGLISH);
      long moderatorLines = linesMatching(file, "^\\s*MODERATOR:");
      assertThat(
              content.turns().stream()
                  .filter(t -> t.speaker().equals(Optional.of("MODERATOR")))
                  .count())
          .as(file.toString())
          .isEqualTo(moderatorLines);
    }
  }

  @Test
  void readsLineNumberedTurnsWithACustomSpeakerPattern() throws IOException {
    Path file = corpora.resolve("03_pdpilot-user-study_BSD3/transcripts_txt/P1.txt");
    Assumptions.assumeTrue(Files.exists(file), "no " + file);
    ImportOptions options =
        ImportOptions.defaults().withSpeakerPattern("\\s*\\d*\\s*(?<speaker>Dan|Participant):");
    DocumentContent content = read(file, options);
    assertThat(speakers(content)).containsExactlyInAnyOrder("Dan", "Participant");
    long labels = linesMatching(file, "^\\s*\\d*\\s*(Dan|Participant):");
    assertThat(content.turns().stream().filter(t -> t.speaker().isPresent()).count())
        .isEqualTo(labels);
    assertThat(content.turns().get(1).span().of(content.text()))
        .startsWith("Okay. So now you can stop");
  }

  @Test
  void importsTheAmiMeetingAsWebVttWithMergedTimedTurns() throws IOException {
    Path json = corpora.resolve("09_ami-meeting-ES2002d_CC-BY-4.0/ES2002d_dialogue_acts.json");
    Assumptions.assumeTrue(Files.exists(json), "no " + json);
    JsonNode acts = new ObjectMapper().readTree(json.toFile());
    StringBuilder vtt = new StringBuilder("WEBVTT - derived from AMI ES2002d (CC BY 4.0)\n\n");
    List<String> speakerRuns = new ArrayList<>();
    int cue = 0;
    for (JsonNode act : acts) {
      String speaker = act.get("speaker").asText();
      if (speakerRuns.isEmpty() || !speakerRuns.get(speakerRuns.size() - 1).equals(speaker)) {
        speakerRuns.add(speaker);
      }
      vtt.append(++cue)
          .append('\n')
          .append(CueTiming.format(millis(act.get("starttime"))))
          .append(" --> ")
          .append(CueTiming.format(millis(act.get("endtime"))))
          .append("\n<v ")
          .append(speaker)
          .append('>')
          .append(
              act.get("text")
                  .asText()
                  .replace("&", "&amp;")
                  .replace("<", "&lt;")
                  .replace(">", "&gt;"))
          .append("\n\n");
    }
    Path file = Files.writeString(dir.resolve("ES2002d.vtt"), vtt);
    DocumentContent content = read(file, ImportOptions.defaults());
    assertThat(content.language()).isEqualTo(Language.ENGLISH);
    assertThat(content.turns()).hasSize(speakerRuns.size());
    assertThat(content.turns())
        .extracting(t -> t.speaker().orElseThrow())
        .containsExactlyElementsOf(speakerRuns);
    Turn first = content.turns().get(0);
    assertThat(first.startMillis()).contains(2_410L);
    assertThat(first.span().of(content.text())).startsWith("Okay we all all set ? Right .");
    assertThat(content.text()).doesNotContain("&lt;").contains("<vocalsound>");
    assertThat(content.turns())
        .allSatisfy(
            t ->
                assertThat(Objects.requireNonNull(t.endMillis().orElseThrow()))
                    .isLessThanOrEqualTo(2_402_000L));
  }

  private static long millis(JsonNode seconds) {
    return new BigDecimal(seconds.asText()).movePointRight(3).longValue();
  }

  private static java.util.Map<String, Long> turnCounts(DocumentContent content) {
    return content.turns().stream()
        .filter(t -> t.speaker().isPresent())
        .collect(Collectors.groupingBy(t -> t.speaker().orElseThrow(), Collectors.counting()));
  }

  @Test
  void readsLineNumberedTranscriptsWithoutOptionsAndAlikeFromTxtAndPdf() throws IOException {
    Path folder = corpora.resolve("03_pdpilot-user-study_BSD3");
    Assumptions.assumeTrue(Files.isDirectory(folder), "no " + folder);
    for (String p : List.of("P1", "P2")) {
      Path txt = folder.resolve("transcripts_txt/" + p + ".txt");
      DocumentContent fromTxt = read(txt, ImportOptions.defaults());
      assertThat(turnCounts(fromTxt))
          .as(p)
          .containsOnlyKeys("Dan", "Participant")
          .containsEntry("Dan", linesMatching(txt, "Dan:"))
          .containsEntry("Participant", linesMatching(txt, "Participant:"));
      assertThat(fromTxt.text()).as(p).doesNotContain("2    Dan:");
      DocumentContent fromPdf =
          read(folder.resolve("transcripts_pdf/" + p + ".pdf"), ImportOptions.defaults());
      assertThat(turnCounts(fromPdf)).as(p).isEqualTo(turnCounts(fromTxt));
    }
    DocumentContent p1 = read(folder.resolve("transcripts_txt/P1.txt"), ImportOptions.defaults());
    assertThat(turnCounts(p1)).containsEntry("Dan", 47L).containsEntry("Participant", 47L);
    assertThat(p1.turns().get(1).span().of(p1.text()))
        .isEqualTo(
            "Okay. So now you can stop sharing your screen and then we'll just end up with a few"
                + " questions that I have for you.");
  }

  @Test
  void readsTheThinkAloudOdtSessionsLikeTheirTextCopies() throws IOException {
    List<Path> odts = files("02_serdif-usability-thinkaloud_GPL3/transcripts_odt", ".odt");
    assertThat(odts).hasSize(17);
    for (Path odt : odts) {
      String base = odt.getFileName().toString().replace(".odt", ".txt");
      Path txt = corpora.resolve("02_serdif-usability-thinkaloud_GPL3/transcripts_txt/" + base);
      DocumentContent content = read(odt, ImportOptions.defaults());
      assertThat(turnCounts(content))
          .as(odt.toString())
          .containsOnlyKeys("MODERATOR")
          .containsEntry("MODERATOR", linesMatching(txt, "^\\s*MODERATOR:"));
    }
  }

  @Test
  void readsOralHistoryMarginTimesAsCueTimesFromTxtAndPdf() throws IOException {
    Path folder = corpora.resolve("05_western-sydney-farms-to-freeways_CC-BY-3.0-AU");
    Assumptions.assumeTrue(Files.isDirectory(folder), "no " + folder);
    for (String name : List.of("ftf_transcript_colless.txt", "ftf_transcript_colless.pdf")) {
      DocumentContent content = read(folder.resolve(name), ImportOptions.defaults());
      List<Turn> timed = content.turns().stream().filter(t -> t.startMillis().isPresent()).toList();
      assertThat(timed).as(name).hasSizeGreaterThan(50);
      assertThat(timed.get(0).startMillis()).as(name).contains(23_000L);
      assertThat(timed.get(0).span().of(content.text()))
          .as(name)
          .startsWith("Well, my name is Patricia Colless");
      assertThat(timed.get(1).startMillis()).as(name).contains(61_000L);
      assertThat(content.text()).as(name).doesNotContain("0.23 ").doesNotContain("1.01 ");
    }
  }
}

package org.verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.QuoteId;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.project.Project;
import org.verbatim.core.testing.DemoProject;

class QuoteServiceIT {
  @TempDir static Path tmp;
  static Path demo;

  @BeforeAll
  static void load() {
    demo = DemoProject.load(tmp.resolve("demo"));
  }

  private static Theme subtheme(Project p, String name) {
    return p.store().themes().list().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_demo_pins_at_least_two_quotes_per_subtheme_some_chinese_with_translations() {
    try (Project p = Project.open(demo)) {
      List<Theme> themes = p.store().themes().list();
      for (Theme t : themes) {
        if (t.parent().isPresent()) {
          assertThat(p.store().quotes().forTheme(t.id()))
              .as(t.name())
              .hasSizeGreaterThanOrEqualTo(2);
        }
      }
      List<Quote> translated =
          p.store().quotes().list().stream().filter(q -> q.translation().isPresent()).toList();
      assertThat(translated).hasSizeGreaterThanOrEqualTo(9);
      Quote first = translated.get(0);
      Document doc = p.store().documents().get(first.document()).orElseThrow();
      assertThat(first.text(doc.text())).containsPattern("\\p{IsHan}");
      assertThat(first.translation().orElseThrow().translator()).isIn("mei", "james");
      assertThat(new QuoteService(p.store()).attribution().pattern()).isEqualTo("{label}");
    }
  }

  @Test
  void a_trimmed_demo_quote_keeps_stored_offsets_and_renders_an_ellipsis() {
    try (Project p = Project.open(demo)) {
      Quote trimmed =
          p.store().quotes().list().stream()
              .filter(q -> q.parts().size() > 1)
              .findFirst()
              .orElseThrow();
      Document doc = p.store().documents().get(trimmed.document()).orElseThrow();
      String text = trimmed.text(doc.text());
      assertThat(text).contains(" … ");
      for (Span part : trimmed.parts()) {
        assertThat(text).contains(part.of(doc.text()).strip());
      }
    }
  }

  @Test
  void pin_trim_reorder_translate_and_unpin_round_trip_through_the_store() {
    try (Project p = Project.open(demo)) {
      QuoteService service = new QuoteService(p.store());
      ThemeId node = subtheme(p, "Running on short money").id();
      Document doc = p.store().documents().byName("P07").orElseThrow();
      int before = p.store().quotes().forTheme(node).size();
      Quote q = service.pin(node, doc.id(), List.of(new Span(100, 200)), "mei");
      assertThat(q.position()).isEqualTo(before);
      Quote cut =
          service.trim(
              q.id(),
              Optional.of(q.version()),
              List.of(new Span(100, 130), new Span(150, 200)),
              "mei");
      assertThat(cut.parts()).containsExactly(new Span(100, 130), new Span(150, 200));
      assertThat(cut.span()).isEqualTo(new Span(100, 200));
      assertThatThrownBy(
              () ->
                  service.trim(
                      q.id(), Optional.of(q.version()), List.of(new Span(100, 120)), "mei"))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(
              () -> service.trim(q.id(), Optional.empty(), List.of(new Span(90, 120)), "mei"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("outside");
      List<QuoteId> order =
          new java.util.ArrayList<>(
              p.store().quotes().forTheme(node).stream().map(Quote::id).toList());
      java.util.Collections.reverse(order);
      assertThat(service.reorder(node, order, "mei").stream().map(Quote::id))
          .containsExactlyElementsOf(order);
      assertThatThrownBy(() -> service.reorder(node, order.subList(1, order.size()), "mei"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("each of the theme's");
      service.translate(q.id(), "First try", "en", "mei");
      Quote translated = service.translate(q.id(), "Second try", "en-GB", "james");
      assertThat(translated.translation().orElseThrow().text()).isEqualTo("Second try");
      assertThat(translated.translation().orElseThrow().translator()).isEqualTo("james");
      assertThat(p.store().quotes().translations(q.id()))
          .extracting("text")
          .containsExactly("First try", "Second try");
      assertThatThrownBy(() -> service.translate(q.id(), "x", "english!", "mei"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("language tag");
      service.unpin(q.id(), Optional.empty(), "mei");
      assertThat(p.store().quotes().get(q.id())).isEmpty();
      assertThat(p.store().quotes().forTheme(node)).hasSize(before);
      assertThat(p.store().quotes().forTheme(node).stream().map(Quote::position))
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, before).boxed().toList());
    }
  }

  @Test
  void a_part_beyond_the_text_or_an_unknown_node_is_refused_naming_it() {
    try (Project p = Project.open(demo)) {
      QuoteService service = new QuoteService(p.store());
      Document doc = p.store().documents().byName("P01").orElseThrow();
      ThemeId node = subtheme(p, "Running on short money").id();
      assertThatThrownBy(
              () ->
                  service.pin(node, doc.id(), List.of(new Span(0, doc.text().length() + 1)), "mei"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("P01")
          .hasMessageContaining("beyond the end");
      assertThatThrownBy(
              () -> service.pin(new ThemeId(9999), doc.id(), List.of(new Span(0, 5)), "mei"))
          .isInstanceOf(NotFoundException.class);
    }
  }
}

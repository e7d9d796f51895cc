package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crosscheck.runtime.internal.origin.OriginOracleCorpus.Answer;
import dev.crosscheck.runtime.internal.origin.OriginOracleCorpus.Data;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real browser as the oracle for origin syntax: Chromium's answer ({@code new URL(s).origin},
 * or that it throws) for each of a few thousand origin-like strings is committed as test data
 * (tools/origin-oracle/run.sh), and {@link OriginSyntax#parse} must agree with it on every one,
 * except where differences.tsv, next to the data, lists the disagreement as deliberate, with the
 * reason. How the two are compared is written at the top of that file; {@link #compare} is the
 * same thing in code.
 */
class ChromiumOriginOracleTest {

  private static final String DATA = "/origin-oracle/chromium-origins.tsv";
  private static final String DIFFERENCES = "/origin-oracle/differences.tsv";

  /** How the engine and the browser can disagree (the comparison in differences.tsv). */
  enum Outcome {
    /** The engine accepts s, but the browser's origin for s is not s (or it throws). */
    ACCEPTED_BROWSER_DIFFERS,
    /** The engine suggests a canonical form, but the browser throws on s. */
    SUGGESTED_BROWSER_THROWS,
    /** The engine suggests a canonical form, but the browser's origin for s is opaque ("null"). */
    SUGGESTED_BROWSER_OPAQUE,
    /** The engine suggests a canonical form other than the browser's origin for s. */
    SUGGESTED_BROWSER_DIFFERS,
    /** The engine rejects s, although the browser's origin for s is exactly s. */
    REJECTED_BROWSER_CANONICAL
  }

  record Disagreement(Answer answer, Outcome outcome, String engine) {
    @Override
    public String toString() {
      return outcome
          + ": \""
          + OriginOracleCorpus.escape(answer.input())
          + "\" browser "
          + (answer.threw() ? "THROWS" : "\"" + OriginOracleCorpus.escape(answer.origin()) + "\"")
          + ", engine "
          + engine;
    }
  }

  /** One deliberate class of disagreement: what kind, on which inputs, and why. */
  record Difference(String id, Outcome outcome, Pattern input, String reason) {
    boolean covers(Disagreement d) {
      return d.outcome() == outcome && input.matcher(d.answer().input()).matches();
    }
  }

  private static Data data;
  private static List<Difference> differences;
  private static List<Disagreement> disagreements;

  @BeforeAll
  static void load() throws IOException {
    // A missing file is a failure, not a skip: without it this test would check nothing.
    data = OriginOracleCorpus.readData(resource(DATA));
    differences = readDifferences(resource(DIFFERENCES));
    disagreements = new ArrayList<>();
    for (Answer answer : data.answers()) {
      Disagreement d = compare(answer);
      if (d != null) {
        disagreements.add(d);
      }
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ChromiumOriginOracleTest.class.getResourceAsStream(name)) {
      if (in == null) {
        return fail("%s is missing: run tools/origin-oracle/run.sh to ask the browser again", name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The comparison: null when the engine and the browser agree on this input. */
  static Disagreement compare(Answer answer) {
    String s = answer.input();
    String browser = answer.origin();
    try {
      Origin origin = OriginSyntax.parse(s);
      // A policy entry is compared byte for byte with the Origin header, which is the browser's
      // serialization: an accepted entry must be that serialization already.
      return s.equals(browser) ? null : new Disagreement(answer, Outcome.ACCEPTED_BROWSER_DIFFERS, "accepts " + origin);
    } catch (InvalidOriginException e) {
      String engine = "rejects (" + e.kind() + ": " + e.problem() + ")";
      if (e.canonical().isEmpty()) {
        // Refusing to guess is always safe; but rejecting what the browser itself writes is a
        // stricter rule than the browser's, and must be listed.
        return s.equals(browser) ? new Disagreement(answer, Outcome.REJECTED_BROWSER_CANONICAL, engine) : null;
      }
      String suggestion = e.canonical().get();
      engine += " suggesting \"" + suggestion + "\"";
      if (suggestion.equals(browser)) {
        return null;
      }
      Outcome outcome =
          answer.threw()
              ? Outcome.SUGGESTED_BROWSER_THROWS
              : browser.equals("null") ? Outcome.SUGGESTED_BROWSER_OPAQUE : Outcome.SUGGESTED_BROWSER_DIFFERS;
      return new Disagreement(answer, outcome, engine);
    }
  }

  private static List<Difference> readDifferences(String text) {
    List<Difference> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || f[3].isBlank()) {
        throw new IllegalArgumentException("differences.tsv: want id, outcome, input pattern, reason: " + line);
      }
      out.add(new Difference(f[0], Outcome.valueOf(f[1]), Pattern.compile(f[2], Pattern.DOTALL), f[3]));
    }
    return out;
  }

  @Test
  void theDataIsTheBrowsersAnswerToTheWholeCurrentCorpus() {
    // The generator is the documentation of what was asked: a change to it without asking the
    // browser again would leave the data answering another question.
    assertThat(data.answers()).extracting(Answer::input).containsExactlyElementsOf(OriginOracleCorpus.corpus());
    assertThat(data.answers()).hasSizeGreaterThanOrEqualTo(2000);
    assertThat(data.browser()).contains("Chromium");
    // A broken run (the page never ran, every call threw) must not pass as an oracle.
    assertThat(data.answers()).filteredOn(a -> !a.threw()).hasSizeGreaterThan(data.answers().size() / 3);
  }

  @Test
  void everyDisagreementWithTheBrowserIsAListedDifference() {
    List<String> unlisted = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    for (Disagreement d : disagreements) {
      List<String> ids = differences.stream().filter(x -> x.covers(d)).map(Difference::id).toList();
      if (ids.isEmpty()) {
        unlisted.add(d.toString());
      } else if (ids.size() > 1) {
        ambiguous.add(d + " is in " + ids);
      }
    }
    assertThat(unlisted).as("disagreements with Chromium that differences.tsv does not list").isEmpty();
    assertThat(ambiguous).as("disagreements that more than one difference claims").isEmpty();
  }

  @Test
  void everyListedDifferenceStillOccurs() {
    // Keeps the list honest: a difference the engine no longer has must go.
    Map<String, Long> uses = new LinkedHashMap<>();
    for (Difference x : differences) {
      uses.put(x.id(), disagreements.stream().filter(x::covers).count());
    }
    assertThat(uses.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey))
        .as("differences.tsv lists differences that no longer occur")
        .isEmpty();
    assertThat(differences.stream().map(Difference::id).collect(Collectors.toSet())).hasSameSizeAs(differences);
  }

  @Test
  void everySuggestionIsItselfAcceptedAsIs() {
    // Not a question for the browser but the engine's own promise: following its advice ends
    // the error.
    List<String> broken = new ArrayList<>();
    List<String> suggestions = new ArrayList<>();
    for (Answer answer : data.answers()) {
      try {
        OriginSyntax.parse(answer.input());
      } catch (InvalidOriginException e) {
        e.canonical()
            .ifPresent(
                c -> {
                  suggestions.add(c);
                  try {
                    if (!OriginSyntax.parse(c).serialize().equals(c)) {
                      broken.add(c);
                    }
                  } catch (InvalidOriginException again) {
                    broken.add(OriginOracleCorpus.escape(answer.input()) + " -> " + c + ": " + again.problem());
                  }
                });
      }
    }
    assertThat(suggestions).as("suggestions the corpus draws").hasSizeGreaterThan(500);
    assertThat(broken).isEmpty();
  }

  @Test
  void theDataFileEscapingIsReversible() {
    assertThat(data.answers()).hasSizeGreaterThan(2000);
    for (Answer answer : data.answers()) {
      String escaped = OriginOracleCorpus.escape(answer.input());
      assertThat(OriginOracleCorpus.unescape(escaped)).isEqualTo(answer.input());
      assertThat(escaped).doesNotContain("\t", "\n", "\r").doesNotStartWith("#");
    }
  }
}

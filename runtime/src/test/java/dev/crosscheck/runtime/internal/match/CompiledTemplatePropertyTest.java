package dev.crosscheck.runtime.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import dev.crosscheck.runtime.testing.GeneratedCases;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The segment-wise matcher decides exactly what the runtimes' regular expression for the same
 * template decides ({@code template} for a resource method, {@code template(/.*)?} for a root
 * resource or locator), on templates and paths drawn from a small alphabet so that near misses
 * are frequent: several variables in one segment, literals that repeat, dots, dashes, empty
 * segments, trailing slashes, long runs of one separator.
 */
class CompiledTemplatePropertyTest {

  record Case(String template, String path) {
    @Override
    public String toString() {
      return template + " against " + path;
    }
  }

  static Stream<Case> cases() {
    return GeneratedCases.of(3000, random -> new Case(template(random), path(random)));
  }

  private static String template(Random random) {
    StringBuilder template = new StringBuilder();
    String[] names = {"{x}", "{y}", "{z}"};
    int pieces = 1 + random.nextInt(6);
    int nextName = 0;
    for (int i = 0; i < pieces; i++) {
      if (nextName < names.length && random.nextInt(3) == 0) {
        template.append(names[nextName++]);
      } else {
        template.append(GeneratedCases.string(random, "ab-./", 1, 3));
      }
    }
    String text = template.toString();
    // A @Path's leading and trailing slashes do not count: keep the generated ones out of the question.
    while (text.startsWith("/")) {
      text = text.substring(1);
    }
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() ? "a" : text;
  }

  private static String path(Random random) {
    String path = GeneratedCases.string(random, "ab-./", 0, 14);
    if (random.nextInt(8) == 0) {
      path += "-".repeat(1 + random.nextInt(40)) + "a.b";
    }
    return path;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesAsTheTemplatesRegularExpressionDoes(Case c) throws Exception {
    PathTemplate template = PathTemplate.parse(c.template());
    boolean expected = Pattern.compile(template.regex()).matcher(c.path()).matches();
    assertThat(new CompiledTemplate(template, false).matches(c.path(), 0, c.path().length())).isEqualTo(expected);
    String padded = "x/" + c.path() + "/y";
    assertThat(new CompiledTemplate(template, false).matches(padded, 2, 2 + c.path().length()))
        .as("in a range of a longer string").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesAPrefixAsTheRuntimesDo(Case c) throws Exception {
    PathTemplate template = PathTemplate.parse(c.template());
    Matcher reference = Pattern.compile(template.regex() + "(/.*)?").matcher(c.path());
    int rest = reference.matches() ? reference.start(reference.groupCount()) : -2;
    int expected = rest == -2 ? -1 : rest < 0 ? c.path().length() : rest;
    assertThat(new CompiledTemplate(template, true).matchPrefix(c.path(), 0, c.path().length())).isEqualTo(expected);
  }
}

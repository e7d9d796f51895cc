package dev.crosscheck.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.path.PathTemplate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The segment-wise matcher decides exactly what the runtimes' regular expression for the same
 * template decides ({@code template} for a resource method, {@code template(/.*)?} for a root
 * resource or locator), on templates and paths drawn from a small alphabet so that near misses
 * are frequent: several variables in one segment, literals that repeat, dots, dashes, empty
 * segments, trailing slashes.
 */
class CompiledTemplatePropertyTest {

  private static final String SEED = "20261130";

  @Property(seed = SEED)
  void matchesAsTheTemplatesRegularExpressionDoes(@ForAll("templates") String text, @ForAll("paths") String path)
      throws Exception {
    PathTemplate template = PathTemplate.parse(text);
    boolean expected = Pattern.compile(template.regex()).matcher(path).matches();
    assertThat(new CompiledTemplate(template, false).matches(path, 0, path.length()))
        .as("%s against %s", template.text(), path).isEqualTo(expected);
  }

  @Property(seed = SEED)
  void matchesAPrefixAsTheRuntimesDo(@ForAll("templates") String text, @ForAll("paths") String path) throws Exception {
    PathTemplate template = PathTemplate.parse(text);
    Matcher reference = Pattern.compile(template.regex() + "(/.*)?").matcher(path);
    int expected = !reference.matches() ? -1 : reference.start(reference.groupCount()) < 0 ? path.length()
        : reference.start(reference.groupCount());
    assertThat(new CompiledTemplate(template, true).matchPrefix(path, 0, path.length()))
        .as("%s against %s", template.text(), path).isEqualTo(expected);
  }

  @Property(seed = SEED)
  void matchesARangeOfALongerString(@ForAll("templates") String text, @ForAll("paths") String path) throws Exception {
    PathTemplate template = PathTemplate.parse(text);
    String padded = "x/" + path + "/y";
    boolean expected = Pattern.compile(template.regex()).matcher(path).matches();
    assertThat(new CompiledTemplate(template, false).matches(padded, 2, 2 + path.length()))
        .as("%s against %s", template.text(), path).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> literal = Arbitraries.strings().withChars('a', 'b', '-', '.', '/').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> variable = Arbitraries.of("{x}", "{y}", "{z}");
    Arbitrary<String> piece = Arbitraries.oneOf(literal, variable);
    return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces))
        .filter(CompiledTemplatePropertyTest::hasDistinctNames);
  }

  /** JAX-RS allows a name twice only with the same value; the generator avoids the question. */
  private static boolean hasDistinctNames(String template) {
    for (String name : List.of("{x}", "{y}", "{z}")) {
      if (template.indexOf(name) != template.lastIndexOf(name)) {
        return false;
      }
    }
    return !template.startsWith("/") && !template.endsWith("/");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> random = Arbitraries.strings().withChars('a', 'b', '-', '.', '/').ofMaxLength(14);
    Arbitrary<String> dashes = Arbitraries.integers().between(1, 40).map("-"::repeat);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, random),
        net.jqwik.api.Tuple.of(1, Combinators.combine(random, dashes).as((a, b) -> a + b + "a.b")));
  }
}

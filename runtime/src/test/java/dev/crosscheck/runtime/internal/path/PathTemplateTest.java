package dev.crosscheck.runtime.internal.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A {@code @Path} value as the runtimes read it: its parts, the precedence keys, and joining a class's with a method's. */
class PathTemplateTest {

  private static PathTemplate parse(String text) {
    try {
      return PathTemplate.parse(text);
    } catch (InvalidTemplateException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}: {1} literal, {2} encoded, {3} variables, {4} with an expression")
  @CsvSource(delimiter = '|', value = {
    "items                    | 5  | 5  | 0 | 0",
    "/items/{id}/             | 6  | 6  | 1 | 0",
    "{year}-{month}.json      | 6  | 6  | 2 | 0",
    "notes/{id: \\d+}         | 6  | 6  | 1 | 1",
    "{a: [a-z]{2}}/{b}        | 1  | 1  | 2 | 1",
    "caf\u00e9                | 4  | 9  | 0 | 0",
    "a b/{x}                  | 4  | 6  | 1 | 0",
    "''                       | 0  | 0  | 0 | 0",
  })
  void precedenceKeys(String text, int literal, int encoded, int variables, int regexVariables) {
    PathTemplate t = parse(text);
    assertThat(t.literalCharacterCount()).isEqualTo(literal);
    assertThat(t.encodedLiteralCharacterCount()).isEqualTo(encoded);
    assertThat(t.variableCount()).isEqualTo(variables);
    assertThat(t.regexVariableCount()).isEqualTo(regexVariables);
    assertThat(t.isLiteral()).isEqualTo(variables == 0);
  }

  @Test
  void leadingAndTrailingLiteralsAreEncodedAndStopAtVariables() {
    assertThat(parse("caf\u00e9/{id}/x y").leadingLiteral()).isEqualTo("caf%C3%A9/");
    assertThat(parse("caf\u00e9/{id}/x y").trailingLiteral()).isEqualTo("/x%20y");
    assertThat(parse("{id}/x").leadingLiteral()).isEmpty();
    assertThat(parse("x/{id}").trailingLiteral()).isEmpty();
    assertThat(parse("a/b").leadingLiteral()).isEqualTo("a/b");
    assertThat(parse("a/b").trailingLiteral()).isEqualTo("a/b");
    assertThat(parse("").leadingLiteral()).isEmpty();
    assertThat(parse("").trailingLiteral()).isEmpty();
    assertThat(parse("caf\u00e9/x").encodedLiteral()).isEqualTo("caf%C3%A9/x");
  }

  @Test
  void aMethodPathFollowsItsClassPathAfterOneSlash() {
    PathTemplate joined = parse("/notes/").append(parse("/{id}/comments"));
    assertThat(joined.text()).isEqualTo("notes/{id}/comments");
    assertThat(joined).hasToString("/notes/{id}/comments");
    // Literals that meet at the join are one part, as if the whole had been written at once.
    assertThat(joined).isEqualTo(parse("notes/{id}/comments"));
    assertThat(joined.parts()).hasSize(3);
    assertThat(joined.literalCharacterCount()).isEqualTo(parse("notes/{id}/comments").literalCharacterCount());
    assertThat(parse("a").append(parse("b")).parts()).containsExactly(new PathTemplate.Part("a/b", null, null));
    assertThat(parse("{x}").append(parse("{y}")).parts()).hasSize(3);
    // An empty side leaves the other as it is.
    PathTemplate notes = parse("notes");
    assertThat(notes.append(parse("/"))).isSameAs(notes);
    assertThat(parse("").append(notes)).isSameAs(notes);
  }

  @Test
  void variableNamesDoNotMatterButExpressionsDo() {
    assertThat(parse("items/{id}")).isEqualTo(parse("items/{key}")).hasSameHashCodeAs(parse("items/{key}"));
    assertThat(parse("items/{id}")).isNotEqualTo(parse("items/{id: \\d+}"));
    assertThat(parse("items/{id: \\d+}")).isEqualTo(parse("items/{n:\\d+}"));
    assertThat(parse("items/{id}")).isNotEqualTo(parse("items/id"));
    assertThat(parse("items")).isNotEqualTo("items");
  }

  @Test
  void theRegularExpressionIsWhatTheRuntimesMatch() {
    Pattern regex = Pattern.compile(parse("files/{name: [a-z]+}.txt/{rest}").regex());
    assertThat(regex.matcher("files/readme.txt/x").matches()).isTrue();
    assertThat(regex.matcher("files/README.txt/x").matches()).isFalse();
    assertThat(regex.matcher("files/readme.txt/x/y").matches()).as("[^/]+ stops at a slash").isFalse();
    assertThat(regex.matcher("filesXreadme.txt/x").matches()).as("literals are quoted").isFalse();
  }

  @Test
  void nestedBracesBelongToTheExpression() {
    PathTemplate t = parse("{code: [a-z]{2}}-{n}");
    assertThat(t.parts().get(0)).isEqualTo(new PathTemplate.Part(null, "code", "[a-z]{2}"));
    assertThat(t.parts().get(1)).isEqualTo(new PathTemplate.Part("-", null, null));
    assertThat(t.parts().get(2).isVariable()).isTrue();
    assertThat(parse("{ id }").parts().get(0).variableName()).isEqualTo("id");
    assertThat(parse("{id: }").regexVariableCount()).as("an empty expression is the default one").isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"items/{id", "items/id}", "{}", "{ : \\d+}", "a{b{c}"})
  void malformedTemplatesAreRejected(String text) {
    assertThatThrownBy(() -> PathTemplate.parse(text)).isInstanceOf(InvalidTemplateException.class).hasMessageContaining(text);
  }
}

package dev.crosscheck.runtime.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderTest {

  private static Placeholder parse(String entry) {
    try {
      return Placeholder.parse(entry);
    } catch (InvalidPlaceholderException e) {
      return fail("expected \"%s\" to parse, but: %s", entry, e.problem());
    }
  }

  @Test
  void nameOnly() {
    Placeholder p = parse("${NAME}");
    assertThat(p.name()).isEqualTo("NAME");
    assertThat(p.defaultValue()).isEmpty();
    assertThat(p).hasToString("${NAME}");
  }

  @Test
  void nameWithDefault() {
    Placeholder p = parse("${NAME:default}");
    assertThat(p.name()).isEqualTo("NAME");
    assertThat(p.defaultValue()).contains("default");
    assertThat(p).hasToString("${NAME:default}");
  }

  @Test
  void dottedDashedNameWithAListDefault() {
    Placeholder p = parse("${a.b-c_d:x,y}");
    assertThat(p.name()).isEqualTo("a.b-c_d");
    assertThat(p.defaultValue()).contains("x,y");
    assertThat(Placeholder.splitList(p.defaultValue().get())).containsExactly("x", "y");
  }

  @Test
  void emptyDefaultIsPresentAndEmpty() {
    Placeholder p = parse("${NAME:}");
    assertThat(p.defaultValue()).contains("");
    assertThat(Placeholder.splitList(p.defaultValue().get())).isEmpty();
  }

  @Test
  void defaultValueMayHoldOriginsWithColons() {
    Placeholder p = parse("${CORS_ORIGINS:https://a.example.com:8443, http://localhost:3000}");
    assertThat(p.name()).isEqualTo("CORS_ORIGINS");
    assertThat(p.defaultValue()).contains("https://a.example.com:8443, http://localhost:3000");
    assertThat(Placeholder.splitList(p.defaultValue().get()))
        .containsExactly("https://a.example.com:8443", "http://localhost:3000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${_}", "${_PRIVATE}", "${a}", "${A1}", "${app.cors.origins}", "${X-Y}"})
  void validNames(String entry) {
    assertThat(parse(entry).name()).isEqualTo(entry.substring(2, entry.length() - 1));
    assertThat(parse(entry)).hasToString(entry);
  }

  @Test
  void equalityIsByValue() {
    assertThat(parse("${A:b}")).isEqualTo(new Placeholder("A", Optional.of("b")));
    assertThat(parse("${A}")).isEqualTo(new Placeholder("A", Optional.empty()));
  }

  @Test
  void splitListDropsWhiteSpaceAndEmptyEntries() {
    assertThat(Placeholder.splitList("a,b")).containsExactly("a", "b");
    assertThat(Placeholder.splitList(" a , b ")).containsExactly("a", "b");
    assertThat(Placeholder.splitList("a,,b")).containsExactly("a", "b");
    assertThat(Placeholder.splitList(",a, ,b,")).containsExactly("a", "b");
    assertThat(Placeholder.splitList("\thttps://a.example.com ,\nhttps://b.example.com\t"))
        .containsExactly("https://a.example.com", "https://b.example.com");
    assertThat(Placeholder.splitList("single")).containsExactly("single");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", " , ,, "})
  void splitListOfNothingIsEmpty(String value) {
    assertThat(Placeholder.splitList(value)).isEmpty();
  }

  @Test
  void splitListKeepsOrderAndDuplicates() {
    assertThat(Placeholder.splitList("b,a,b")).isEqualTo(List.of("b", "a", "b"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${}",
        "${:default}",
        "${1A}",
        "${-A}",
        "${.A}",
        "https://${HOST}",
        "${HOST}.example.com",
        "https://${HOST}:8443",
        "${A",
        "${A${B}}",
        "${A:${B}}",
        "${A:x}y}",
        "${A:$}",
        "${A B}",
        "${A/B}",
        "${A}}",
        " ${A}",
        "${A} ",
        "${Ä}",
        "$A",
        "{A}"
      })
  void invalid(String entry) {
    assertThatThrownBy(() -> Placeholder.parse(entry))
        .isInstanceOf(InvalidPlaceholderException.class)
        .satisfies(e -> assertThat(((InvalidPlaceholderException) e).problem()).isNotBlank());
  }

  @Test
  void problemsSayWhatIsWrong() {
    assertThat(problem("${}")).contains("no name");
    assertThat(problem("${1A}")).contains("starts with");
    assertThat(problem("https://${HOST}")).contains("whole entry");
    assertThat(problem("${A")).contains("whole entry");
    assertThat(problem("${A:${B}}")).contains("nest");
  }

  private static String problem(String entry) {
    try {
      Placeholder.parse(entry);
      return fail("expected \"%s\" to be rejected", entry);
    } catch (InvalidPlaceholderException e) {
      return e.problem();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"${A}", "https://${HOST}", "${A", "x${"})
  void looksLikePlaceholder(String entry) {
    assertThat(Placeholder.looksLikePlaceholder(entry)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://a.example.com", "$A", "{A}", "$ {A}", "*", "null"})
  void doesNotLookLikePlaceholder(String entry) {
    assertThat(Placeholder.looksLikePlaceholder(entry)).isFalse();
  }
}

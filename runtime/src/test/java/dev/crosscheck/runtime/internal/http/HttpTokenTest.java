package dev.crosscheck.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTokenTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"GET", "PATCH", "X-Request-Id", "Content-Type", "x", "*", "a!#$%&'*+-.^_`|~z", "0123456789", "M-SEARCH"})
  void tokens(String s) {
    assertThat(HttpToken.isToken(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "X Request",
        "X-Request-Id ",
        " X-Request-Id",
        "Content-Type:",
        "a,b",
        "a;b",
        "a/b",
        "(a)",
        "<a>",
        "a=b",
        "a?",
        "a@b",
        "[a]",
        "{a}",
        "a\\b",
        "\"a\"",
        "a\tb",
        "a\nb",
        "é",
        "naïve",
        "\u007f"
      })
  void notTokens(String s) {
    assertThat(HttpToken.isToken(s)).isFalse();
  }

  @Test
  void tokenCharsAreExactlyThoseOfRfc9110() {
    String tchar = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (char c = 0; c < 512; c++) {
      assertThat(HttpToken.isTokenChar(c)).as("char %d '%s'", (int) c, c).isEqualTo(tchar.indexOf(c) >= 0);
    }
    assertThat(HttpToken.isTokenChar('\uffff')).isFalse();
  }
}

package dev.crosscheck.runtime.internal.answer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOriginTest {

  private static MultivaluedMap<String, String> origin(String... lines) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    for (String line : lines) {
      headers.add("Origin", line);
    }
    return headers;
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://app.example.com", " https://app.example.com", "https://app.example.com \t", "\t https://app.example.com  "})
  void spacesAndTabsAroundTheValueAreNotPartOfIt(String sent) {
    assertThat(RequestOrigin.of(origin(sent))).isEqualTo("https://app.example.com");
  }

  @Test
  void whiteSpaceInsideStaysAndOtherWhiteSpaceIsNotStripped() {
    assertThat(RequestOrigin.of(origin("https://app.example.com\t x"))).isEqualTo("https://app.example.com\t x");
    assertThat(RequestOrigin.of(origin("https://app.example.com\u00a0"))).isEqualTo("https://app.example.com\u00a0");
    assertThat(RequestOrigin.of(origin("https://app.example.com\n"))).isEqualTo("https://app.example.com\n");
  }

  @Test
  void onlyTheFirstLineCountsAndNoHeaderIsNull() {
    assertThat(RequestOrigin.of(origin("https://a.example", "https://b.example"))).isEqualTo("https://a.example");
    assertThat(RequestOrigin.of(new MultivaluedHashMap<>())).isNull();
    assertThat(RequestOrigin.of(origin(" \t "))).isEmpty();
  }
}

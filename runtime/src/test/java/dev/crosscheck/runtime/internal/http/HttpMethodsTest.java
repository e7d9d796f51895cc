package dev.crosscheck.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMethodsTest {

  @ParameterizedTest
  @ValueSource(strings = {"CONNECT", "TRACE", "TRACK", "connect", "trace", "track", "Connect", "tRaCe", "TrAcK"})
  void forbiddenInAnyCase(String method) {
    assertThat(HttpMethods.isForbidden(method)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "CONNECTX", "TRACES", "PROPFIND"})
  void notForbidden(String method) {
    assertThat(HttpMethods.isForbidden(method)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "delete, DELETE",
    "get, GET",
    "head, HEAD",
    "options, OPTIONS",
    "post, POST",
    "put, PUT",
    "Put, PUT",
    "pUT, PUT",
    "Delete, DELETE"
  })
  void normalizedMethodsWrittenInAnotherCase(String written, String sent) {
    assertThat(HttpMethods.normalizedSpellingIfDifferent(written)).isEqualTo(sent);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "patch", "Patch", "propfind", "X-CUSTOM"})
  void methodsSentAsWritten(String method) {
    assertThat(HttpMethods.normalizedSpellingIfDifferent(method)).isNull();
  }
}

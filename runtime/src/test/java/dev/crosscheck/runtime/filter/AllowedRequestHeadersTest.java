package dev.crosscheck.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preflight's requested headers against a policy's list, as browsers send them and as attackers do. */
class AllowedRequestHeadersTest {

  private final AllowedRequestHeaders listed = new AllowedRequestHeaders(List.of("Content-Type", "X-Request-Id", "Authorization"));
  private final AllowedRequestHeaders wildcard = new AllowedRequestHeaders(List.of("*"));

  @ParameterizedTest
  @ValueSource(strings = {"content-type", "content-type,x-request-id", "authorization,content-type,x-request-id",
      "Content-Type, X-Request-Id", " content-type ,\tx-request-id ", ""})
  void acceptsWhatBrowsersSend(String value) {
    assertThat(listed.allowAll(List.of(value))).isTrue();
  }

  @Test
  void acceptsSeveralHeaderLines() {
    assertThat(listed.allowAll(List.of("content-type", "x-request-id"))).isTrue();
    assertThat(listed.allowAll(null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-other", "content-type,x-other", "content-type,", ",content-type", "content-type,,x-request-id",
      "content-type;x-request-id", "content-type x-request-id", "content-typ", "content-type-x"})
  void refusesAnythingElse(String value) {
    assertThat(listed.allowAll(List.of(value))).isFalse();
  }

  @Test
  void refusesAMegabyteWithoutReadingIt() {
    char[] commas = new char[1 << 20];
    Arrays.fill(commas, ',');
    assertThat(listed.allowAll(List.of(new String(commas)))).isFalse();
    assertThat(wildcard.allowAll(List.of(new String(commas)))).isFalse();
    assertThat(listed.allowAll(List.of("content-type".repeat(1000)))).isFalse();
  }

  @Test
  void wildcardCoversEveryNameButAuthorization() {
    assertThat(wildcard.allowAll(List.of("x-anything,content-type"))).isTrue();
    assertThat(wildcard.allowAll(List.of("authorization"))).isFalse();
    assertThat(wildcard.allowAll(List.of("x-a,Authorization"))).isFalse();
    assertThat(new AllowedRequestHeaders(List.of("*", "Authorization")).allowAll(List.of("authorization,x-a"))).isTrue();
  }
}

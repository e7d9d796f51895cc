package dev.crosscheck.runtime.internal.compiled;

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

  /**
   * The reason a refusal gives names what was refused, and there is a reason exactly when there
   * is a refusal: white space other than SP and HTAB (a vertical tab, a form feed, a line break)
   * is not optional white space, in the check or in its explanation. Found by RequestHeadersFuzzTest.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u000b", "content-type\f", "\rcontent-type", "content-type,\u2003x-request-id"})
  void aRefusalIsAlwaysExplained(String value) {
    assertThat(listed.allowAll(List.of(value))).isFalse();
    assertThat(listed.firstRefused(List.of(value))).isNotNull();
    assertThat(wildcard.allowAll(List.of(value))).isFalse();
    assertThat(wildcard.firstRefused(List.of(value))).isNotNull();
  }

  @Test
  void theReasonNamesTheFirstHeaderRefused() {
    assertThat(listed.firstRefused(List.of("content-type, x-other,x-more"))).isEqualTo("x-other");
    assertThat(listed.firstRefused(List.of("content-type", " ", "x-request-id,,"))).isEqualTo("an empty entry");
    assertThat(listed.firstRefused(List.of("content-type;x"))).isEqualTo("content-type;x");
    assertThat(listed.firstRefused(List.of(" content-type ,\tauthorization"))).isNull();
    assertThat(listed.firstRefused(null)).isNull();
  }

  @Test
  void wildcardCoversEveryNameButAuthorization() {
    assertThat(wildcard.allowAll(List.of("x-anything,content-type"))).isTrue();
    assertThat(wildcard.allowAll(List.of("authorization"))).isFalse();
    assertThat(wildcard.allowAll(List.of("x-a,Authorization"))).isFalse();
    assertThat(new AllowedRequestHeaders(List.of("*", "Authorization")).allowAll(List.of("authorization,x-a"))).isTrue();
  }
}

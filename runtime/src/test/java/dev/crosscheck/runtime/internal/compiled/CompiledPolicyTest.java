package dev.crosscheck.runtime.internal.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.runtime.internal.origin.Origin;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a checked policy answers requests with: which origins pass, and the header values it sends. */
class CompiledPolicyTest {

  private static CorsPolicy policy(List<String> origins, List<String> patterns, List<String> allowed, List<String> exposed,
      boolean credentials, long maxAge) {
    return new CorsPolicy(origins, patterns, List.of("GET"), allowed, exposed, credentials, maxAge, false, List.of());
  }

  private static CompiledPolicy compiled(List<String> origins, List<String> patterns) {
    return new CompiledPolicy(policy(origins, patterns, List.of(), List.of(), false, CorsPolicy.DEFAULT_MAX_AGE));
  }

  @Test
  void listedOriginsPassExactlyAsBrowsersSendThem() {
    OriginAllowlist origins = compiled(List.of("https://app.example.com", "http://localhost:8080"), List.of()).origins;
    assertThat(origins.allows("https://app.example.com")).isTrue();
    assertThat(origins.allows("http://localhost:8080")).isTrue();
    assertThat(origins.allows("https://APP.example.com")).as("compared byte for byte").isFalse();
    assertThat(origins.allows("https://app.example.com/")).isFalse();
    assertThat(origins.allows("http://app.example.com")).isFalse();
    assertThat(origins.allows("null")).isFalse();
    assertThat(origins.isAnyOrigin()).isFalse();
  }

  @Test
  void patternsPassWhatTheyMatchAndNothingElse() {
    OriginAllowlist origins = compiled(List.of("https://app.example.com"), List.of("https://*.example.org", "http://localhost:*")).origins;
    assertThat(origins.allows("https://a.example.org")).isTrue();
    assertThat(origins.allows("http://localhost:3000")).isTrue();
    assertThat(origins.allows("https://example.org")).isFalse();
    assertThat(origins.allows("https://a.example.net")).isFalse();
  }

  @Test
  void theOpaqueOriginAndOverlongValuesNeverPassUnlessAnyOriginDoes() {
    // "null" is what sandboxed documents and redirects send; allowing it by name would allow them all.
    OriginAllowlist listed = compiled(List.of("null", "https://app.example.com"), List.of()).origins;
    assertThat(listed.allows("null")).isFalse();
    String overlong = "https://" + "a".repeat(Origin.MAX_LENGTH);
    OriginAllowlist longOne = compiled(List.of(overlong), List.of()).origins;
    assertThat(longOne.allows(overlong)).as("longer than any origin: refused before lookup").isFalse();
    // The longest real origin ("https://" + a 253-byte host + ":65535") is still looked up.
    String host = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    String longest = "https://" + host + ":65535";
    assertThat(longest).hasSize(Origin.MAX_LENGTH);
    assertThat(compiled(List.of(longest), List.of()).origins.allows(longest)).isTrue();
    OriginAllowlist any = compiled(List.of("*"), List.of()).origins;
    assertThat(any.isAnyOrigin()).isTrue();
    assertThat(any.allows("null")).isTrue();
    assertThat(any.allows("https://anything.example")).isTrue();
  }

  @Test
  void anUncheckedPatternIsAProgrammingError() {
    assertThatThrownBy(() -> compiled(List.of(), List.of("https://*")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("https://*");
  }

  @Test
  void headerValuesAreReadyToSend() {
    CompiledPolicy p = new CompiledPolicy(policy(List.of("https://app.example.com"), List.of(),
        List.of("X-Request-Id", "*", "Content-Type"), List.of("X-Total", "ETag"), true, 600));
    assertThat(p.allowHeaders).as("* first").isEqualTo("*, X-Request-Id, Content-Type");
    assertThat(p.exposeHeaders).isEqualTo("X-Total, ETag");
    assertThat(p.maxAge).isEqualTo("600");
    assertThat(p.allowCredentials).isTrue();
    assertThat(p.allowPrivateNetwork).isFalse();
    assertThat(p.requestHeaders.allowAll(List.of("x-anything,content-type"))).isTrue();
  }

  @Test
  void emptyListsAndAnUnsentMaxAgeSendNothing() {
    CompiledPolicy p = new CompiledPolicy(policy(List.of("https://app.example.com"), List.of(), List.of(), List.of(), false,
        CorsPolicy.MAX_AGE_NOT_SENT));
    assertThat(p.allowHeaders).isNull();
    assertThat(p.exposeHeaders).isNull();
    assertThat(p.maxAge).isNull();
    CompiledPolicy zero = new CompiledPolicy(policy(List.of("https://app.example.com"), List.of(), List.of(), List.of(), false, 0));
    assertThat(zero.maxAge).as("0 is sent: it turns caching off").isEqualTo("0");
  }

  @Test
  void onlyAPublicPolicyAnswersStarAndNeedsNoVary() {
    CompiledPolicy open = compiled(List.of("*"), List.of());
    assertThat(open.variesByOrigin).isFalse();
    assertThat(open.allowOrigin("https://a.example")).isEqualTo("*");

    CompiledPolicy listed = compiled(List.of("https://a.example"), List.of());
    assertThat(listed.variesByOrigin).isTrue();
    assertThat(listed.allowOrigin("https://a.example")).isEqualTo("https://a.example");

    // With credentials a browser refuses "*": the origin is echoed, so the answer varies by it.
    CompiledPolicy credentialed = new CompiledPolicy(policy(List.of("*"), List.of(), List.of(), List.of(), true, 600));
    assertThat(credentialed.variesByOrigin).isTrue();
    assertThat(credentialed.allowOrigin("https://a.example")).isEqualTo("https://a.example");
  }
}

package dev.crosscheck.runtime.internal.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rulebook section 9, verbatim: the bypasses every matcher must deny, against the allowlist the
 * filter compares request origins with, for the set {@code https://example.com} and
 * {@code https://*.example.com}.
 */
class OriginAllowlistSection9Test {

  private final OriginAllowlist set = new OriginAllowlist(List.of("https://example.com"), List.of("https://*.example.com"));

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com.evil.com",
      "https://evilexample.com",
      "https://exampleXcom",
      "https://example.community",
      "null",
      "*",
      "",
      "HTTPS://EXAMPLE.COM",
      "https://example.com:443",
      "https://example.com/",
      "https://example.com ",
      "https://.example.com"})
  void areDenied(String origin) {
    assertThat(set.allows(origin)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com", "https://a.example.com", "https://a.b.example.com"})
  void areAllowed(String origin) {
    assertThat(set.allows(origin)).isTrue();
  }
}

package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginPatternTest {

  private static OriginPattern pattern(String text) {
    try {
      return OriginPattern.parse(text);
    } catch (InvalidPatternException e) {
      return fail("expected \"%s\" to be a pattern, but: %s", text, e.problem());
    }
  }

  /** The allowed set of rulebook section 9: an exact origin and a subdomain pattern. */
  @Nested
  class Parse {

    @Test
    void subdomainForm() {
      OriginPattern p = pattern("https://*.example.com");
      assertThat(p.scheme()).isEqualTo("https");
      assertThat(p.host()).isEqualTo("example.com");
      assertThat(p.isAnySubdomain()).isTrue();
      assertThat(p.isLoopback()).isFalse();
      assertThat(p).hasToString("https://*.example.com");
    }

    @Test
    void subdomainFormWithPort() {
      OriginPattern p = pattern("https://*.example.com:8443");
      assertThat(p.host()).isEqualTo("example.com");
      assertThat(p.isAnySubdomain()).isTrue();
      assertThat(p).hasToString("https://*.example.com:8443");
    }

    @Test
    void anyPortForm() {
      OriginPattern p = pattern("http://localhost:*");
      assertThat(p.scheme()).isEqualTo("http");
      assertThat(p.host()).isEqualTo("localhost");
      assertThat(p.isAnySubdomain()).isFalse();
      assertThat(p.isLoopback()).isTrue();
      assertThat(p).hasToString("http://localhost:*");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://*.localhost",
          "http://127.0.0.1:*",
          "http://[::1]:*",
          "https://app.example.com:*",
          "https://*.a.b.example.com",
          "https://*.com",
          "https://*.co.uk"
        })
    void otherWellFormedPatterns(String text) {
      assertThat(pattern(text)).hasToString(text);
    }

    @Test
    void loopbackPatterns() {
      assertThat(pattern("http://*.localhost").isLoopback()).isTrue();
      assertThat(pattern("http://127.0.0.1:*").isLoopback()).isTrue();
      assertThat(pattern("http://[::1]:*").isLoopback()).isTrue();
      assertThat(pattern("https://*.localhost.example.com").isLoopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "*",
          "https://*",
          "http://*",
          "*example.com",
          "*.example.com",
          "https://*example.com",
          "https://**.example.com",
          "https://*.*.example.com",
          "https://a.*.example.com",
          "https://example.*",
          "https://example.com*",
          "https://ex*ample.com",
          "*://example.com",
          "*://*.example.com",
          "http*://*.example.com",
          "https://*.127.0.0.1",
          "https://*.0.0.1",
          "https://*.[::1]",
          "https://example.com",
          "https://*.EXAMPLE.com",
          "https://*.Example.com",
          "HTTPS://*.example.com",
          "https://*.example.com/",
          "https://*.example.com/path",
          "https://*.example.com?q",
          "https://*.example.com:443",
          "https://*.example.com:0",
          "https://*.example.com:",
          "https://*.example.com ",
          " https://*.example.com",
          "https://*.",
          "https://*..example.com",
          "https://*.example..com",
          "https://*.example.com:*",
          "http://*.localhost:*",
          "http://localhost:8080:*",
          "http://localhost:*/",
          "http://LOCALHOST:*",
          "http://:*",
          "ftp://*.example.com",
          "file://*.example.com",
          "https://user@*.example.com",
          "https://*.bücher.example",
          ""
        })
    void rejects(String text) {
      assertThatThrownBy(() -> OriginPattern.parse(text))
          .isInstanceOf(InvalidPatternException.class)
          .satisfies(e -> assertThat(((InvalidPatternException) e).problem()).isNotBlank());
    }

    @Test
    void problemsSayWhatIsWrong() {
      assertThat(problem("https://example.com")).contains("no wildcard");
      assertThat(problem("https://**.example.com")).contains("more than one wildcard");
      assertThat(problem("*://example.com")).contains("scheme");
      assertThat(problem("https://*.127.0.0.1")).contains("IP address");
      assertThat(problem("https://a.*.example.com")).contains("first label");
      assertThat(problem("https://*.example.com/")).contains("trailing /");
      assertThat(problem("https://*.EXAMPLE.com")).contains("lower case");
    }

    private String problem(String text) {
      try {
        OriginPattern.parse(text);
        return fail("expected \"%s\" to be rejected", text);
      } catch (InvalidPatternException e) {
        return e.problem();
      }
    }
  }

  @Nested
  class SubdomainMatching {

    private final OriginPattern p = pattern("https://*.example.com");

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://a.example.com",
          "https://a.b.example.com",
          "https://www.example.com",
          "https://a-b.example.com",
          "https://1.example.com",
          "https://xn--bcher-kva.example.com",
          "https://a.b.c.d.example.com"
        })
    void allows(String origin) {
      assertThat(p.matches(origin)).isTrue();
    }

    /** Rulebook section 9 and the variants of its list for the subdomain form. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://example.com",
          "https://example.com.evil.com",
          "https://a.example.com.evil.com",
          "https://evilexample.com",
          "https://a.evilexample.com",
          "https://exampleXcom",
          "https://aXexampleXcom",
          "https://a.exampleXcom",
          "https://example.community",
          "https://a.example.community",
          "null",
          "*",
          "",
          "HTTPS://A.EXAMPLE.COM",
          "https://A.example.com",
          "https://a.EXAMPLE.COM",
          "HTTPS://a.example.com",
          "https://a.example.com:443",
          "https://a.example.com:8443",
          "https://a.example.com/",
          "https://a.example.com/path",
          "https://a.example.com ",
          " https://a.example.com",
          "https://a.example.com.",
          "https://.example.com",
          "https://..example.com",
          "https://a..example.com",
          "https://.a.example.com",
          "http://a.example.com",
          "wss://a.example.com",
          "https://",
          "https:/",
          "https://user@a.example.com",
          "https://a@example.com",
          "https://a:b.example.com",
          "https://a/.example.com",
          "https://a%2eexample.com",
          "https://a example.com",
          "https://*.example.com",
          "https://a*.example.com"
        })
    void denies(String origin) {
      assertThat(p.matches(origin)).isFalse();
    }

    @Test
    void deniesAnythingLongerThanAnyOrigin() {
      String longHost = "a.".repeat(200) + "example.com";
      assertThat(p.matches("https://" + longHost)).isFalse();
    }

    @Test
    void withAPortMatchesOnlyThatPort() {
      OriginPattern withPort = pattern("https://*.example.com:8443");
      assertThat(withPort.matches("https://a.example.com:8443")).isTrue();
      assertThat(withPort.matches("https://a.b.example.com:8443")).isTrue();
      assertThat(withPort.matches("https://a.example.com")).isFalse();
      assertThat(withPort.matches("https://a.example.com:443")).isFalse();
      assertThat(withPort.matches("https://a.example.com:08443")).isFalse();
      assertThat(withPort.matches("https://a.example.com:84430")).isFalse();
      assertThat(withPort.matches("https://example.com:8443")).isFalse();
      assertThat(withPort.matches("https://.example.com:8443")).isFalse();
      assertThat(withPort.matches("https://a:1.example.com:8443")).isFalse();
    }
  }

  /**
   * Rulebook section 9's bypasses, written in a policy (the request side, against the allowlist,
   * is {@code OriginAllowlistSection9Test}).
   */
  @Nested
  class Section9KnownBypasses {

    /**
     * Written in a policy, each bypass is either another site's canonical origin (which the
     * policy would then allow, knowingly) or not an origin at all, refused with the form browsers
     * send where there is one: never a spelling that would match {@code https://example.com}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://example.com.evil.com | -             | -",
        "https://evilexample.com      | -             | -",
        "https://example.community    | -             | -",
        "https://exampleXcom          | NOT_CANONICAL | https://examplexcom",
        "HTTPS://EXAMPLE.COM          | NOT_CANONICAL | https://example.com",
        "https://example.com:443      | NOT_CANONICAL | https://example.com",
        "https://example.com/         | NOT_CANONICAL | https://example.com",
        "'https://example.com '       | NOT_CANONICAL | https://example.com",
        "https://.example.com         | NOT_CANONICAL | -"})
    void writtenInAPolicyEachIsAnotherOriginOrRefused(String text, InvalidOriginException.Kind kind, String canonical)
        throws InvalidOriginException {
      if (kind == null) {
        assertThat(OriginSyntax.parse(text).serialize()).isEqualTo(text);
        return;
      }
      InvalidOriginException refused = catchThrowableOfType(() -> OriginSyntax.parse(text), InvalidOriginException.class);
      assertThat(refused).as("refused: %s", text).isNotNull();
      assertThat(refused.kind()).isEqualTo(kind);
      assertThat(refused.canonical()).isEqualTo(Optional.ofNullable(canonical));
    }
  }

  @Nested
  class AnyPortMatching {

    private final OriginPattern p = pattern("http://localhost:*");

    @ParameterizedTest
    @ValueSource(
        strings = {"http://localhost", "http://localhost:3000", "http://localhost:1", "http://localhost:65535", "http://localhost:443", "http://localhost:8080"})
    void allows(String origin) {
      assertThat(p.matches(origin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://localhost:0",
          "http://localhost:00",
          "http://localhost:65536",
          "http://localhost:99999",
          "http://localhost:123456",
          "http://localhost:080",
          "http://localhost:03000",
          "http://localhost:80",
          "http://localhost:",
          "http://localhost:-1",
          "http://localhost:3000/",
          "http://localhost:3000 ",
          "http://localhost:3o00",
          "http://localhost/",
          "http://localhost.evil.com",
          "http://localhost.evil.com:3000",
          "http://localhostx:3000",
          "http://localhostx",
          "http://a.localhost:3000",
          "http://LOCALHOST:3000",
          "https://localhost:3000",
          "http://localhost:*",
          "null",
          "*",
          ""
        })
    void denies(String origin) {
      assertThat(p.matches(origin)).isFalse();
    }

    @Test
    void httpsAnyPortNeverMatchesPort443() {
      OriginPattern secure = pattern("https://app.example.com:*");
      assertThat(secure.matches("https://app.example.com")).isTrue();
      assertThat(secure.matches("https://app.example.com:8443")).isTrue();
      assertThat(secure.matches("https://app.example.com:80")).isTrue();
      assertThat(secure.matches("https://app.example.com:443")).isFalse();
      assertThat(secure.matches("https://a.app.example.com:8443")).isFalse();
    }

    @Test
    void ipv6AnyPort() {
      OriginPattern v6 = pattern("http://[::1]:*");
      assertThat(v6.matches("http://[::1]")).isTrue();
      assertThat(v6.matches("http://[::1]:3000")).isTrue();
      assertThat(v6.matches("http://[::1]x:3000")).isFalse();
      assertThat(v6.matches("http://[0:0:0:0:0:0:0:1]:3000")).isFalse();
    }
  }

  @Nested
  class Covers {

    @Test
    void aPatternCoversItself() {
      assertThat(pattern("https://*.example.com").covers(pattern("https://*.example.com"))).isTrue();
      assertThat(pattern("http://localhost:*").covers(pattern("http://localhost:*"))).isTrue();
      assertThat(pattern("https://*.example.com:8443").covers(pattern("https://*.example.com:8443"))).isTrue();
    }

    @Test
    void aWiderSubdomainPatternCoversANarrowerOne() {
      assertThat(pattern("https://*.example.com").covers(pattern("https://*.a.example.com"))).isTrue();
      assertThat(pattern("https://*.example.com").covers(pattern("https://*.a.b.example.com"))).isTrue();
      assertThat(pattern("https://*.a.example.com").covers(pattern("https://*.example.com"))).isFalse();
    }

    @Test
    void labelsAreComparedWhole() {
      assertThat(pattern("https://*.example.com").covers(pattern("https://*.evilexample.com"))).isFalse();
      assertThat(pattern("https://*.example.com").covers(pattern("https://*.example.community"))).isFalse();
    }

    @Test
    void schemesAndPortsMustAgree() {
      assertThat(pattern("https://*.example.com").covers(pattern("http://*.example.com"))).isFalse();
      assertThat(pattern("http://*.example.com").covers(pattern("https://*.example.com"))).isFalse();
      assertThat(pattern("https://*.example.com").covers(pattern("https://*.example.com:8443"))).isFalse();
      assertThat(pattern("https://*.example.com:8443").covers(pattern("https://*.example.com"))).isFalse();
      assertThat(pattern("https://*.example.com:8443").covers(pattern("https://*.a.example.com:8443"))).isTrue();
    }

    @Test
    void anyPortPatternsCoverOnlyTheSameHost() {
      assertThat(pattern("http://localhost:*").covers(pattern("http://127.0.0.1:*"))).isFalse();
      assertThat(pattern("http://localhost:*").covers(pattern("http://a.localhost:*"))).isFalse();
      assertThat(pattern("http://localhost:*").covers(pattern("https://localhost:*"))).isFalse();
    }

    @Test
    void theTwoFormsNeverCoverEachOther() {
      assertThat(pattern("http://*.localhost").covers(pattern("http://a.localhost:*"))).isFalse();
      assertThat(pattern("http://a.localhost:*").covers(pattern("http://*.localhost"))).isFalse();
    }

    @Test
    void coversAgreesWithMatches() {
      OriginPattern wide = pattern("https://*.example.com");
      OriginPattern narrow = pattern("https://*.a.example.com");
      for (String origin : new String[] {"https://x.a.example.com", "https://y.x.a.example.com"}) {
        assertThat(narrow.matches(origin)).isTrue();
        assertThat(wide.matches(origin)).isTrue();
      }
    }
  }

  @Test
  void equalityIsByText() {
    assertThat(pattern("https://*.example.com")).isEqualTo(pattern("https://*.example.com"))
        .hasSameHashCodeAs(pattern("https://*.example.com"))
        .isNotEqualTo(pattern("https://*.example.org"));
  }
}

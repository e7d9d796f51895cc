package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crosscheck.runtime.internal.origin.InvalidOriginException.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginSyntaxTest {

  private static InvalidOriginException rejection(String text) {
    try {
      Origin parsed = OriginSyntax.parse(text);
      return fail("expected \"%s\" to be rejected, but it parsed as %s", text, parsed);
    } catch (InvalidOriginException e) {
      return e;
    }
  }

  private static Origin parse(String text) {
    try {
      return OriginSyntax.parse(text);
    } catch (InvalidOriginException e) {
      return fail("expected \"%s\" to be accepted, but: %s (%s)", text, e.problem(), e.kind());
    }
  }

  @Nested
  class CanonicalOrigins {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://app.example.com",
          "http://localhost:8080",
          "https://[::1]:8443",
          "http://127.0.0.1:3000",
          "https://xn--bcher-kva.example",
          "https://xn--nxasmm1c.com",
          "https://example.com:8443",
          "http://localhost",
          "https://[2001:db8::1]",
          "https://a-b_c.example.com",
          "http://192.0.2.7",
          "https://example.com:1",
          "https://example.com:65535",
          "http://example.com:443",
          "https://example.com:80"
        })
    void areAcceptedAndSerializeUnchanged(String text) {
      assertThat(parse(text).serialize()).isEqualTo(text);
    }

    @Test
    void areSplitIntoSchemeHostAndPort() {
      assertThat(parse("https://app.example.com")).isEqualTo(new Origin("https", "app.example.com", Origin.DEFAULT_PORT));
      assertThat(parse("http://localhost:8080")).isEqualTo(new Origin("http", "localhost", 8080));
      assertThat(parse("https://[::1]:8443")).isEqualTo(new Origin("https", "[::1]", 8443));
      assertThat(parse("http://127.0.0.1:3000")).isEqualTo(new Origin("http", "127.0.0.1", 3000));
    }

    @Test
    void toStringIsTheSerialization() {
      assertThat(parse("http://localhost:8080")).hasToString("http://localhost:8080");
    }

    @Test
    void hostOfExactly253BytesIsAccepted() {
      String host = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
      assertThat(host).hasSize(253);
      assertThat(parse("https://" + host).host()).isEqualTo(host);
    }

    @Test
    void labelOfExactly63BytesIsAccepted() {
      String label = "a".repeat(63);
      assertThat(parse("https://" + label + ".com").host()).isEqualTo(label + ".com");
    }

    @Test
    void secureOnlyIsHttps() {
      assertThat(parse("https://example.com").isSecure()).isTrue();
      assertThat(parse("http://example.com").isSecure()).isFalse();
    }

    @Test
    void secureFormDropsAPort443ThatBecomesTheDefault() {
      assertThat(parse("http://example.com").secure().serialize()).isEqualTo("https://example.com");
      assertThat(parse("http://example.com:8080").secure().serialize()).isEqualTo("https://example.com:8080");
      assertThat(parse("http://example.com:443").secure().serialize()).isEqualTo("https://example.com");
    }
  }

  @Nested
  class NotCanonicalWithASuggestion {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          // upper-case scheme or host
          "HTTPS://app.example.com          | https://app.example.com",
          "Https://app.example.com          | https://app.example.com",
          "https://App.Example.COM          | https://app.example.com",
          "HTTP://LOCALHOST:8080            | http://localhost:8080",
          // trailing slash, path, query, fragment
          "https://app.example.com/         | https://app.example.com",
          "https://app.example.com:8443/    | https://app.example.com:8443",
          "https://app.example.com/path     | https://app.example.com",
          "https://app.example.com/a/b.html | https://app.example.com",
          "https://app.example.com?x=1      | https://app.example.com",
          "https://app.example.com#top      | https://app.example.com",
          "https://app.example.com/?x#y     | https://app.example.com",
          // user info
          "https://user@app.example.com     | https://app.example.com",
          "https://user:pw@app.example.com  | https://app.example.com",
          // default ports
          "https://app.example.com:443      | https://app.example.com",
          "http://example.com:80            | http://example.com",
          "https://[::1]:443                | https://[::1]",
          // leading zero port
          "http://localhost:08080           | http://localhost:8080",
          "http://localhost:0080            | http://localhost",
          // empty port
          "https://app.example.com:         | https://app.example.com",
          // an IPv4 address with a trailing dot: browsers parse the address and drop the dot
          // (unlike a domain name, whose trailing dot they keep); found by OriginFuzzTest
          "https://192.0.2.7.               | https://192.0.2.7",
          "http://127.0.0.1.:8080           | http://127.0.0.1:8080",
          // non-canonical IPv6
          "https://[0:0:0:0:0:0:0:1]        | https://[::1]",
          "https://[0:0:0:0:0:0:0:1]:8443   | https://[::1]:8443",
          "https://[::ABCD]                 | https://[::abcd]",
          "https://[2001:DB8::1]            | https://[2001:db8::1]",
          "https://[::0001]                 | https://[::1]",
          "https://[2001:0db8:0000:0000:0000:0000:0000:0001] | https://[2001:db8::1]",
          "https://[2001:db8:0:0:1:0:0:1]   | https://[2001:db8::1:0:0:1]",
          "https://[1:0:0:2:0:0:0:3]        | https://[1:0:0:2::3]",
          "https://[1:0:0:0:0:0:0:0]        | https://[1::]",
          "https://[0:0:0:0:0:0:0:0]        | https://[::]",
          "https://[1::2:3:4:5:6:7]         | https://[1:0:2:3:4:5:6:7]",
          "https://[1:0:0:2:0:0:3:4]        | https://[1::2:0:0:3:4]",
          "https://[0:0:0:1:0:0:0:1]        | https://[::1:0:0:0:1]",
        })
    void isRejectedWithTheCanonicalForm(String text, String canonical) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains(canonical);
      assertThat(e.problem()).isNotBlank();
    }

    /** RFC 5952 section 4.2.2: "::" never stands for a single zero group. */
    @Test
    void aSingleZeroGroupIsNeverCompressed() {
      assertThat(parse("https://[2001:db8:0:1:1:1:1:1]").serialize()).isEqualTo("https://[2001:db8:0:1:1:1:1:1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {" https://app.example.com", "https://app.example.com ", "\thttps://app.example.com\n"})
    void surroundingWhiteSpaceIsRejectedWithTheTrimmedForm(String text) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains("https://app.example.com");
      assertThat(e.problem()).contains("white space");
    }

    @Test
    void problemsAreNamed() {
      assertThat(rejection("https://app.example.com/").problem()).contains("trailing /");
      assertThat(rejection("https://app.example.com/x").problem()).contains("path");
      assertThat(rejection("https://u@app.example.com").problem()).contains("user info");
      assertThat(rejection("https://app.example.com:443").problem()).contains("default port");
      assertThat(rejection("http://localhost:08080").problem()).contains("leading zero");
      assertThat(rejection("https://app.example.com:").problem()).contains("empty port");
      assertThat(rejection("HTTPS://app.example.com").problem()).contains("scheme");
      assertThat(rejection("https://APP.example.com").problem()).contains("lower case");
    }

    @Test
    void severalMistakesAreRepairedTogether() {
      InvalidOriginException e = rejection(" HTTPS://User@App.Example.com:443/path?q#f ");
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains("https://app.example.com");
    }

    @Test
    void nonAsciiHostSuggestsPunycode() {
      InvalidOriginException e = rejection("https://bücher.example");
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains("https://xn--bcher-kva.example");
      assertThat(e.problem()).contains("Punycode");
    }

    @Test
    void upperCaseNonAsciiHostSuggestsLowerCasePunycode() {
      assertThat(rejection("https://BÜCHER.example:8443").canonical()).contains("https://xn--bcher-kva.example:8443");
    }

    /**
     * The URL Standard converts hosts with UTS #46 non-transitional processing (as every current
     * browser does): "ß" and final sigma are kept as themselves, not mapped to "ss" and "σ" as
     * IDNA2003 (java.net.IDN) does. Suggesting "https://fass.de" would name a different site, so
     * such hosts are rejected without a suggestion.
     */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"https://faß.de", "https://βόλος.com"})
    void nonAsciiHostWithIdnaDeviationGetsNoWrongSuggestion(String text) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).isEmpty();
      assertThat(e.problem()).contains("Punycode");
    }

    @Test
    void missingSchemeSuggestsHttps() {
      InvalidOriginException e = rejection("app.example.com");
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains("https://app.example.com");
    }

    /** Chromium: new URL("http://127.0.0.1.").origin is "http://127.0.0.1" (tools/origin-oracle). */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "http://127.0.0.1.        | http://127.0.0.1",
          "https://192.0.2.7.:8443  | https://192.0.2.7:8443",
          "HTTP://127.0.0.1.:80     | http://127.0.0.1"
        })
    void aDotAfterAnIpv4AddressIsDroppedAsBrowsersDo(String text, String canonical) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains(canonical);
    }

    @Test
    void aDotAfterADomainNameIsKept() {
      // Browsers keep it: "https://example.com." is an origin of its own.
      assertThat(parse("https://example.com.").serialize()).isEqualTo("https://example.com.");
    }

    @Test
    void missingSlashesAfterTheSchemeAreSuggested() {
      InvalidOriginException e = rejection("https:app.example.com");
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).contains("https://app.example.com");
    }
  }

  @Nested
  class NotCanonicalWithoutASuggestion {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://example.com:0",
          "https://example.com:00",
          "https://example.com:70000",
          "https://example.com:65536",
          "https://example.com:99999999999999",
          "https://example.com:-1",
          "https://example.com:8o",
          "https://a..b",
          "https://.example.com",
          "https://example..com",
          "https://",
          "https://exa mple.com",
          "https://exa\u0000mple.com",
          "https://[::1",
          "https://[::1]x",
          "https://[1:2:3]",
          "https://[1::2::3]",
          "https://[12345::1]",
          "https://[::g]",
          "https://[1:2:3:4:5:6:7:8:9]",
          "https://[::1:2:3:4:5:6:7:8]",
          "https://ex%41mple.com",
          "https://example.com:8080:9090",
          // a misspelt scheme is not a host: no "https://https" (tools/origin-oracle)
          "https//example.com",
          "1https://example.com",
          "\u00ADhttps://example.com",
          "h_ttps://example.com"
        })
    void isRejectedWithNoGuess(String text) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).isEmpty();
      assertThat(e.problem()).isNotBlank();
    }

    @Test
    void port0AndPortsAbove65535NameTheRange() {
      assertThat(rejection("https://example.com:0").problem()).contains("1 to 65535");
      assertThat(rejection("https://example.com:70000").problem()).contains("1 to 65535");
    }

    @Test
    void hostOver253BytesIsRejected() {
      String host = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);
      assertThat(host).hasSize(254);
      InvalidOriginException e = rejection("https://" + host);
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).isEmpty();
      assertThat(e.problem()).contains("253");
    }

    @Test
    void labelOver63BytesIsRejected() {
      InvalidOriginException e = rejection("https://" + "a".repeat(64) + ".example.com");
      assertThat(e.kind()).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.canonical()).isEmpty();
      assertThat(e.problem()).contains("63");
    }

    @Test
    void emptyLabelIsRejected() {
      InvalidOriginException e = rejection("https://a..b");
      assertThat(e.canonical()).isEmpty();
      assertThat(e.problem()).contains("empty label");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://127.1", "http://0x7f.0.0.1", "http://127.0.0.01", "http://256.0.0.1", "http://1.2.3.4.5",
          // a trailing dot does not make them domain names (browsers read "127.1." as 127.0.0.1)
          "http://127.1.", "http://2130706433.", "http://example.1.", "http://1.2.3.4.5."
        })
    void numericHostsThatAreNotDottedDecimalAreRejected(String text) {
      assertThat(rejection(text).kind()).isEqualTo(Kind.NOT_CANONICAL);
    }

    @Test
    void embeddedIpv4NotationInIpv6IsRejected() {
      assertThat(rejection("https://[::ffff:1.2.3.4]").kind()).isEqualTo(Kind.NOT_CANONICAL);
    }
  }

  @Nested
  class OtherKinds {

    @Test
    void nullIsTheOpaqueOrigin() {
      InvalidOriginException e = rejection("null");
      assertThat(e.kind()).isEqualTo(Kind.NULL);
      assertThat(e.canonical()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "file:///x",
          "file://localhost/etc",
          "chrome-extension://abc",
          "moz-extension://abc",
          "ftp://example.com",
          "ws://example.com",
          "wss://example.com",
          "data:text/html,hi",
          "FILE:///x"
        })
    void otherSchemesAreScheme(String text) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.SCHEME);
      assertThat(e.canonical()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"*", "https://*.example.com", "https://*", "*.example.com", "http://localhost:*", "https://a*.example.com"})
    void wildcardsAreWildcard(String text) {
      InvalidOriginException e = rejection(text);
      assertThat(e.kind()).isEqualTo(Kind.WILDCARD);
      assertThat(e.canonical()).isEmpty();
    }
  }

  @Nested
  class Loopback {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://localhost",
          "http://localhost:3000",
          "http://a.localhost",
          "http://a.b.localhost:8080",
          "http://127.0.0.1",
          "http://127.0.0.5",
          "http://127.255.255.254:9000",
          "http://[::1]",
          "https://[::1]:8443"
        })
    void isLoopback(String text) {
      assertThat(parse(text).isLoopback()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://10.0.0.1",
          "http://192.168.1.1",
          "http://128.0.0.1",
          "http://localhost.example.com",
          "http://mylocalhost",
          "http://localhostx",
          "http://[::2]",
          "http://[::]",
          "http://0.0.0.0",
          "http://example.com"
        })
    void isNotLoopback(String text) {
      assertThat(parse(text).isLoopback()).isFalse();
    }

    @Test
    void loopbackHostsNeedACanonicalIpv4() {
      assertThat(Origin.isLoopbackHost("127.0.0.1")).isTrue();
      assertThat(Origin.isLoopbackHost("127.1")).isFalse();
      assertThat(Origin.isLoopbackHost("127.example.com")).isFalse();
    }
  }

  @Nested
  class Ipv4 {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "192.0.2.7", "255.255.255.255"})
    void dottedDecimal(String host) {
      assertThat(OriginSyntax.isIpv4(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.", "a.b.c.d", "", "1..3.4", "+1.2.3.4"})
    void notDottedDecimal(String host) {
      assertThat(OriginSyntax.isIpv4(host)).isFalse();
    }
  }

  @Test
  void maxLengthCoversTheLongestOrigin() {
    assertThat(Origin.MAX_LENGTH).isEqualTo("https://".length() + 253 + ":65535".length());
  }
}

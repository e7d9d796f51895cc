package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.runtime.testing.Choices;
import dev.crosscheck.runtime.testing.GeneratedCases;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets for origin parsing and origin-pattern matching. Each target is one oracle fed two
 * ways: by Jazzer (the {@code @FuzzTest} methods of {@link OriginFuzzTest}: coverage-guided with {@code JAZZER_FUZZ=1}, otherwise a
 * replay of the inputs under {@code src/test/resources}) and by a seeded random driver that is
 * part of the test command ({@link GeneratedCases}; more cases with {@code -Dcrosscheck.cases}).
 *
 * <p>The oracles: no exception but the documented one escapes; whatever parses is already in
 * the one form browsers send; every suggested repair parses; and a pattern matches exactly the
 * origins a regular expression built from the pattern's text by hand accepts.
 */
class OriginPropertyTest {

  // ---------------------------------------------------------------- generators

  private static final String[] SCHEMES = {"https", "http", "HTTPS", "Http", "ftp", "h", ""};
  private static final String[] SEPARATORS = {"://", "://", "://", ":/", ":", "//", ":///"};
  private static final String[] LABELS = {
    "a", "b", "example", "com", "localhost", "xn--bcher-kva", "A", "-", "_x", "0", "127", "0x1", "a".repeat(63),
    "a".repeat(64), "caf\u00e9", "stra\u00dfe", "\u0000", " ", "%41"
  };
  private static final String[] PORTS = {"", "", "", ":80", ":443", ":8080", ":1", ":0", ":65535", ":65536", ":08080",
    ":", ":x", ":99999999999", ":*"};
  private static final String[] TAILS = {"", "", "", "/", "/path", "?q", "#f", "\\", " ", "."};
  private static final String[] IPV6 = {"[::1]", "[::]", "[2001:db8::1]", "[2001:DB8::1]", "[0:0:0:0:0:0:0:1]",
    "[2001:db8:0:0:1:0:0:1]", "[1::2:3]", "[::ffff:192.0.2.1]", "[1:2:3:4:5:6:7:8]", "[1:2:3:4:5:6:7:8:9]",
    "[::1", "[:::1]", "[1::2::3]", "[00001::]", "[g::]", "[]"};

  private static final String[] GOOD_HOSTS = {"example.com", "a.example.com", "localhost", "com", "a-b.c_d", "[::1]",
    "127.0.0.1", "xn--bcher-kva.example", "example.com."};

  /** A host: labels and dots, or an IP address, near the edges of what parses. */
  static String host(Choices c) {
    switch (c.below(8)) {
      case 6, 7:
        return c.pick(GOOD_HOSTS);
      case 0:
        return c.pick(IPV6);
      case 1:
        return c.below(256) + "." + c.below(300) + "." + c.pick("0", "00", "1", "255", "256") + "." + c.below(10);
      case 2:
        return c.string("ab.-_0:[]A*@%", 12);
      default:
        StringBuilder host = new StringBuilder(c.pick(LABELS));
        int more = c.below(4);
        for (int i = 0; i < more; i++) {
          host.append('.').append(c.pick(LABELS));
        }
        if (c.below(10) == 0) {
          host.append('.');
        }
        return host.toString();
    }
  }

  /** Text that is mostly nearly an origin: scheme, separator, user info, host, port, tail. */
  static String originText(Choices c) {
    if (c.below(10) == 0) {
      return c.anyText(40);
    }
    String userInfo = c.below(12) == 0 ? c.pick("user@", "a:b@", "@") : "";
    String around = c.below(15) == 0 ? c.pick(" ", "\t", "\n") : "";
    return around + c.pick(SCHEMES) + c.pick(SEPARATORS) + userInfo + host(c) + c.pick(PORTS) + c.pick(TAILS) + around;
  }

  /** A pattern: usually one of the two forms over a generated host, sometimes something else entirely. */
  static String patternText(Choices c) {
    String host = c.below(3) == 0 ? host(c) : c.pick(GOOD_HOSTS);
    switch (c.below(10)) {
      case 0:
        return c.anyText(30);
      case 1:
        return c.pick(SCHEMES) + c.pick(SEPARATORS) + c.string("*.a:b", 10);
      case 2, 3, 4, 5:
        return c.pick("https", "https", "http", "HTTPS", "ftp") + "://*." + host + (c.below(2) == 0 ? "" : c.pick(PORTS));
      default:
        return c.pick("https", "http", "http", "ws") + "://" + host + c.pick(":*", ":*", ":*", "*", ":**", ":80:*");
    }
  }

  /** An origin to try against {@code pattern}: often built from the pattern's own parts, so that matches happen. */
  static String candidate(Choices c, String pattern) {
    int separator = pattern.indexOf("://");
    if (separator < 0 || c.below(5) == 0) {
      return originText(c);
    }
    String scheme = c.below(6) == 0 ? c.pick(SCHEMES) : pattern.substring(0, separator);
    String rest = pattern.substring(separator + 3);
    String host;
    String port = "";
    if (rest.startsWith("*.")) {
      String prefix = c.below(2) == 0 ? c.pick("a.", "b.a.", "a-b.", "_.")
          : c.pick("", ".", "a..", "A.", "a b.", "*.", "a.".repeat(150), "x:", "a/");
      host = prefix + rest.substring(2);
    } else if (rest.endsWith(":*")) {
      host = rest.substring(0, rest.length() - 2);
      port = c.pick(PORTS);
    } else {
      host = rest;
    }
    String tail = c.below(6) == 0 ? c.pick(TAILS) + c.pick(PORTS) : "";
    if (c.below(8) == 0) {
      host = c.pick("a", "", "x") + host.substring(Math.min(host.length(), c.below(3)));
    }
    return scheme + "://" + host + port + tail;
  }

  // ---------------------------------------------------------------- origin parsing

  /** The oracle for {@link OriginSyntax#parse}. */
  static void checkParse(String text) {
    Origin origin;
    try {
      origin = OriginSyntax.parse(text);
    } catch (InvalidOriginException e) {
      assertThat(e.problem()).as("a rejection says why").isNotBlank();
      e.canonical().ifPresent(suggested -> {
        // A repair the message proposes must itself be accepted, or the author is sent in circles.
        assertThat(parses(suggested)).as("the suggestion %s for %s parses", suggested, text).isTrue();
        assertThat(suggested).as("a suggestion is never the rejected text").isNotEqualTo(text);
      });
      return;
    }
    // Only the exact form browsers send is accepted, so what parses serializes back to itself.
    assertThat(origin.serialize()).isEqualTo(text);
    assertThat(isBrowserSerialization(text)).as("%s has the shape browsers send", text).isTrue();
    assertThat(origin.port()).isNotEqualTo(origin.isSecure() ? 443 : 80);
  }

  private static boolean parses(String text) {
    try {
      OriginSyntax.parse(text);
      return true;
    } catch (InvalidOriginException e) {
      return false;
    }
  }

  private static final Pattern NAME_HOST =
      Pattern.compile("[a-z0-9_-]{1,63}(\\.[a-z0-9_-]{1,63})*\\.?");
  private static final Pattern SERIALIZED = Pattern.compile("(https?)://([^:/]+|\\[[0-9a-f:]+\\])(:([1-9][0-9]{0,4}))?");

  /**
   * The serialization rules written out separately from the parser: scheme, lower-case host of
   * labels (or a dotted-decimal IPv4 address, or a compressed lower-case IPv6 address), port 1 to
   * 65535 without leading zero and not the scheme's default.
   */
  static boolean isBrowserSerialization(String text) {
    var m = SERIALIZED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    String host = m.group(2);
    if (m.group(4) != null) {
      int port = Integer.parseInt(m.group(4));
      if (port > 65535 || port == (m.group(1).equals("https") ? 443 : 80)) {
        return false;
      }
    }
    if (host.startsWith("[")) {
      return isCompressedIpv6(host.substring(1, host.length() - 1));
    }
    if (host.length() > 253 || !NAME_HOST.matcher(host).matches()) {
      return false;
    }
    String last = host.replaceFirst("\\.$", "");
    last = last.substring(last.lastIndexOf('.') + 1);
    boolean numeric = last.chars().allMatch(Character::isDigit) || last.startsWith("0x");
    return !numeric || isDottedDecimal(host);
  }

  private static boolean isDottedDecimal(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * RFC 5952 as the URL Standard applies it, checked by expanding and re-deriving: eight groups
   * without leading zeros, and "::" exactly over the first longest run of two or more zero groups.
   */
  private static boolean isCompressedIpv6(String text) {
    String[] halves = text.split("::", -1);
    if (halves.length > 2) {
      return false;
    }
    java.util.List<String> groups = new java.util.ArrayList<>();
    int compressedAt = -1;
    for (int h = 0; h < halves.length; h++) {
      if (h == 1) {
        compressedAt = groups.size();
      }
      if (!halves[h].isEmpty()) {
        groups.addAll(java.util.List.of(halves[h].split(":", -1)));
      }
    }
    int missing = 8 - groups.size();
    if ((compressedAt < 0 && missing != 0) || (compressedAt >= 0 && missing < 2)) {
      return false;
    }
    for (String g : groups) {
      if (!g.matches("0|[1-9a-f][0-9a-f]{0,3}")) {
        return false;
      }
    }
    // The longest zero run among the groups as written must be shorter than the compressed one
    // (or, before it, strictly shorter; after it, not longer).
    if (compressedAt >= 0 && ((compressedAt > 0 && groups.get(compressedAt - 1).equals("0"))
        || (compressedAt < groups.size() && groups.get(compressedAt).equals("0")))) {
      return false; // a zero group next to "::" belongs inside it
    }
    int run = 0;
    for (int i = 0; i < groups.size(); i++) {
      if (i == compressedAt) {
        run = 0;
      }
      run = groups.get(i).equals("0") ? run + 1 : 0;
      boolean before = compressedAt < 0 || i < compressedAt;
      if (run >= 2 && (compressedAt < 0 || (before ? run >= missing : run > missing))) {
        return false;
      }
    }
    return true;
  }

  static Stream<String> generatedOrigins() {
    return GeneratedCases.of(3000, random -> originText(Choices.of(random)));
  }

  @ParameterizedTest
  @MethodSource("generatedOrigins")
  void parsingGenerated(String text) {
    checkParse(text);
  }

  // ---------------------------------------------------------------- pattern matching

  /** The oracle for {@link OriginPattern}: a pattern that parses matches exactly what {@link #reference} accepts. */
  static void checkPattern(String patternText, String origin) {
    OriginPattern pattern;
    try {
      pattern = OriginPattern.parse(patternText);
    } catch (InvalidPatternException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(pattern.matches(origin))
        .as("%s against %s", patternText, origin)
        .isEqualTo(reference(patternText, origin));
    // The pattern's own words must agree with its text.
    assertThat(patternText).startsWith(pattern.scheme() + "://");
    assertThat(pattern.covers(pattern)).isTrue();
  }

  /**
   * The two pattern forms as regular expressions over the pattern's text, with the one bound the
   * matcher documents: nothing longer than the longest serialized origin is read at all.
   *
   * <ul>
   *   <li>{@code S://*.REST}: {@code S://} then one or more dot-terminated labels of lower-case host
   *       characters, then {@code REST} as written (host and optional port);
   *   <li>{@code S://HOST:*}: {@code S://HOST}, optionally {@code :} and a port 1 to 65535 with no
   *       leading zero that is not the scheme's default.
   * </ul>
   */
  static boolean reference(String patternText, String origin) {
    if (origin.length() > Origin.MAX_LENGTH) {
      return false;
    }
    int separator = patternText.indexOf("://");
    String scheme = patternText.substring(0, separator);
    String rest = patternText.substring(separator + 3);
    if (rest.startsWith("*.")) {
      return Pattern.matches(Pattern.quote(scheme + "://") + "([a-z0-9_-]+\\.)+" + Pattern.quote(rest.substring(2)), origin);
    }
    String exact = scheme + "://" + rest.substring(0, rest.length() - 2);
    if (origin.equals(exact)) {
      return true;
    }
    if (!origin.startsWith(exact + ":")) {
      return false;
    }
    String port = origin.substring(exact.length() + 1);
    return port.matches("[1-9][0-9]{0,4}") && Integer.parseInt(port) <= 65535
        && Integer.parseInt(port) != (scheme.equals("https") ? 443 : 80);
  }

  record PatternCase(String pattern, String origin) {}

  static Stream<PatternCase> generatedPatternCases() {
    return GeneratedCases.of(4000, random -> {
      Choices c = Choices.of(random);
      String pattern = patternText(c);
      return new PatternCase(pattern, candidate(c, pattern));
    });
  }

  @ParameterizedTest
  @MethodSource("generatedPatternCases")
  void patternMatchingGenerated(PatternCase c) {
    checkPattern(c.pattern(), c.origin());
  }

  /** The generators must reach matches, or agreement on "no" would prove little. */
  @Test
  void generatedPatternCasesIncludeMatches() {
    long parsed = 0;
    long matches = 0;
    for (PatternCase c : (Iterable<PatternCase>) generatedPatternCases()::iterator) {
      try {
        parsed++;
        matches += OriginPattern.parse(c.pattern()).matches(c.origin()) ? 1 : 0;
      } catch (InvalidPatternException e) {
        parsed--;
      }
    }
    assertThat(parsed).isGreaterThan(GeneratedCases.count(4000) / 5);
    assertThat(matches).isGreaterThan(parsed / 5);
  }

  // ---------------------------------------------------------------- adversarial shapes

  /**
   * Hang guards, not speed measurements: inputs shaped to make a careless matcher backtrack or
   * rescan (long runs of labels, dashes, dots, stars, brackets) must finish; the time allowed is
   * generous enough that only a runaway would miss it.
   */
  @Test
  void adversarialInputsFinish() {
    String[] hosts = {"a.".repeat(50_000) + "example.com", "-".repeat(100_000), ".".repeat(100_000),
      "[" + ":".repeat(100_000) + "]", "[" + "1:".repeat(50_000) + "]", "a".repeat(100_000), "0".repeat(100_000)};
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (String host : hosts) {
        for (String text : new String[] {"https://" + host, "https://" + host + ":" + "0".repeat(50_000) + "1",
            "https://" + host + "/", host, "https://*." + host, "https://" + host + ":*"}) {
          checkParse(text);
          checkPattern("https://*.example.com", text);
          checkPattern("http://localhost:*", text);
          checkPattern(text, "https://a.example.com");
        }
      }
    });
  }

  /** The matcher's documented bound: a matching shape longer than any real origin is refused before it is read. */
  @Test
  void nothingLongerThanAnOriginMatches() throws Exception {
    OriginPattern pattern = OriginPattern.parse("https://*.example.com");
    String justFits = "https://" + "a".repeat(Origin.MAX_LENGTH - "https://.example.com".length()) + ".example.com";
    assertThat(justFits).hasSize(Origin.MAX_LENGTH);
    assertThat(pattern.matches(justFits)).isTrue();
    assertThat(pattern.matches("https://a" + justFits.substring("https://".length()))).isFalse();
  }

  /** The reference itself must tell the cases apart that the matcher is known to get right. */
  @Test
  void referenceSanity() {
    assertThat(reference("https://*.example.com", "https://a.example.com")).isTrue();
    assertThat(reference("https://*.example.com", "https://example.com")).isFalse();
    assertThat(reference("https://*.example.com", "https://a.example.com:8443")).isFalse();
    assertThat(reference("http://localhost:*", "http://localhost:8080")).isTrue();
    assertThat(reference("http://localhost:*", "http://localhost:80")).isFalse();
    assertThat(isBrowserSerialization("https://[2001:db8::1]")).isTrue();
    assertThat(isBrowserSerialization("https://[2001:db8:0:0:1::1]")).isFalse();
    assertThat(isBrowserSerialization("https://[2001:db8::1:0:0:1]")).isTrue();
    assertThat(isBrowserSerialization("https://[1:0:0:2::3]")).isTrue();
    assertThat(isBrowserSerialization("https://[1:0:0:0:2::3]")).isFalse();
    assertThat(isBrowserSerialization("https://[1::0:3]")).isFalse();
    assertThat(isBrowserSerialization("https://1.2.3.4")).isTrue();
    assertThat(isBrowserSerialization("https://1.2.3.04")).isFalse();
    assertThat(isBrowserSerialization("https://Example.com".toLowerCase(Locale.ROOT))).isTrue();
  }
}

package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosscheck.runtime.internal.origin.InvalidOriginException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Edges of origin and pattern parsing that the other tests left open (PIT's surviving mutants
 * pointed at them): where a host-and-port is told from a scheme, the characters of a scheme name,
 * empty user info and hosts, ports with the digit 9, and the message of each pattern mistake.
 */
class OriginBoundariesTest {

  private static InvalidOriginException rejection(String text) {
    return catchThrowableOfType(InvalidOriginException.class, () -> OriginSyntax.parse(text));
  }

  private static InvalidPatternException patternRejection(String text) {
    return catchThrowableOfType(InvalidPatternException.class, () -> OriginPattern.parse(text));
  }

  @Test
  void aHostAndPortWithoutSchemeIsNotTakenForASchemeNamedLikeTheHost() {
    for (String port : new String[] {"8080", "9", "0", "19999/"}) {
      InvalidOriginException e = rejection("localhost:" + port);
      assertThat(e.kind()).as(port).isEqualTo(Kind.NOT_CANONICAL);
      assertThat(e.problem()).as(port).contains("no scheme");
    }
    assertThat(rejection("localhost:8080").canonical()).contains("https://localhost:8080");
    // Not a port (a letter, or ':' after digits): then it is a scheme, and not http(s).
    assertThat(rejection("localhost:a8080").kind()).isEqualTo(Kind.SCHEME);
    assertThat(rejection("mailto:9:x").kind()).isEqualTo(Kind.SCHEME);
  }

  @Test
  void aSchemeNameStartsWithALetterAndHoldsLettersDigitsPlusMinusAndDots() {
    assertThat(rejection("git+ssh://example.com").kind()).isEqualTo(Kind.SCHEME);
    assertThat(rejection("web.a-1://example.com").kind()).isEqualTo(Kind.SCHEME);
    assertThat(rejection("1ab://example.com").kind()).isEqualTo(Kind.NOT_CANONICAL);
    assertThat(rejection("a_b://example.com").kind()).isEqualTo(Kind.NOT_CANONICAL);
    assertThat(rejection("\u00e9://example.com").kind()).isEqualTo(Kind.NOT_CANONICAL);
    assertThat(rejection("://example.com").kind()).isEqualTo(Kind.NOT_CANONICAL);
  }

  @Test
  void missingOrExtraSlashesAfterTheSchemeAreRepaired() {
    assertThat(rejection("https:example.com").canonical()).contains("https://example.com");
    assertThat(rejection("https:/example.com").canonical()).contains("https://example.com");
  }

  @Test
  void emptyUserInfoIsStillUserInfoAndAnEmptyHostIsNamed() {
    InvalidOriginException userInfo = rejection("https://@example.com");
    assertThat(userInfo.problem()).contains("user info");
    assertThat(userInfo.canonical()).contains("https://example.com");
    InvalidOriginException noHost = rejection("https://:8080");
    assertThat(noHost.problem()).contains("no host");
    assertThat(noHost.canonical()).isEmpty();
  }

  @Test
  void portsWithTheDigitNineMatch() throws Exception {
    assertThat(OriginPattern.parse("http://localhost:*").matches("http://localhost:9999")).isTrue();
    assertThat(OriginPattern.parse("http://localhost:*").matches("http://localhost:0")).isFalse();
    assertThat(OriginPattern.parse("http://localhost:*").matches("http://localhost:8:")).isFalse();
    assertThat(OriginPattern.parse("https://*.example.com:9443").matches("https://a.example.com:9443")).isTrue();
    assertThat(OriginSyntax.parse("http://localhost:9999").port()).isEqualTo(9999);
  }

  @Test
  void eachPatternMistakeIsNamed() {
    assertThat(patternRejection("*://example.com").getMessage()).contains("scheme must be written out");
    assertThat(patternRejection("*https://a.example.com").getMessage()).contains("scheme must be written out");
    assertThat(patternRejection("ftp://*.example.com").getMessage()).contains("only http and https");
    assertThat(patternRejection("https://*.Example.com").getMessage()).contains("without the wildcard it should read");
    assertThat(patternRejection("https://*.a..b").getMessage()).doesNotContain("without the wildcard");
  }
}

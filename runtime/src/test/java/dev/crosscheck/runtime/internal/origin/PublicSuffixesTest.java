package dev.crosscheck.runtime.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicSuffixesTest {

  private static final String RESOURCE = "/dev/crosscheck/runtime/internal/origin/public-suffixes.txt";

  private final PublicSuffixes suffixes = PublicSuffixes.shipped();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com",
        "org",
        "uk",
        "co.uk",
        "ac.uk",
        "github.io",
        "blogspot.com",
        "herokuapp.com",
        "zz",
        "example",
        "xn--p1ai",
        "foo.ck",
        "anything.ck",
        "foo.kawasaki.jp"
      })
  void isAPublicSuffix(String domain) {
    assertThat(suffixes.isPublicSuffix(domain)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "example.com",
        "app.example.com",
        "example.co.uk",
        "localhost",
        "a.localhost",
        "octocat.github.io",
        "www.ck",
        "city.kawasaki.jp",
        "kawasaki.jp",
        "a.b.ck",
        "a.www.ck"
      })
  void isNotAPublicSuffix(String domain) {
    assertThat(suffixes.isPublicSuffix(domain)).isFalse();
  }

  @Test
  void wildcardRuleMakesEveryChildASuffixButNotTheException() {
    assertThat(suffixes.isPublicSuffix("foo.ck")).isTrue();
    assertThat(suffixes.isPublicSuffix("www.ck")).isFalse();
  }

  @Test
  void unlistedTopLevelDomainIsASuffix() {
    assertThat(suffixes.isPublicSuffix("zz")).isTrue();
    assertThat(suffixes.isPublicSuffix("notarealtld")).isTrue();
  }

  @Test
  void shippedIsLoadedOnce() {
    assertThat(PublicSuffixes.shipped()).isSameAs(PublicSuffixes.shipped());
  }

  /** The copy of the published list that the shipped rules were written from. */
  private static List<String> publishedList() throws IOException {
    Path dat = Path.of(System.getProperty("user.dir")).getParent().resolve("tools/public-suffix-list/public_suffix_list.dat");
    return Files.readAllLines(dat, StandardCharsets.UTF_8);
  }

  private static List<String> shippedRules() throws IOException {
    try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s on the class path", RESOURCE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    }
  }

  /** After tools/public-suffix-list/refresh.sh, or a hand edit of either file, they still agree. */
  @Test
  void theShippedRulesAreThoseOfTheCommittedCopyOfTheList() throws IOException {
    List<String> published = PublicSuffixListFile.rules(publishedList());
    assertThat(published).as("the published list").hasSizeGreaterThan(5000).contains("com", "co.uk", "github.io", "*.ck", "!www.ck");
    assertThat(shippedRules()).isEqualTo(published);
  }

  @Test
  void everyRuleOfTheListIsHonouredByTheLookup() throws IOException {
    List<String> rules = PublicSuffixListFile.rules(publishedList());
    assertThat(rules).hasSizeGreaterThan(5000);
    for (String rule : rules) {
      if (rule.startsWith("!")) {
        assertThat(suffixes.isPublicSuffix(rule.substring(1))).as(rule).isFalse();
      } else if (rule.startsWith("*.")) {
        assertThat(suffixes.isPublicSuffix("zz-any-label." + rule.substring(2))).as(rule).isTrue();
      } else {
        assertThat(suffixes.isPublicSuffix(rule)).as(rule).isTrue();
      }
    }
  }
}

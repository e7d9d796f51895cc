package dev.crosscheck.runtime.origin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicSuffixesTest {

  private static final String RESOURCE = "/dev/crosscheck/runtime/origin/public-suffixes.txt";

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

  /** What the shipped list must contain: Guava's compiled copy of the list, in the resource's format. */
  private static List<String> fromGuava() {
    TreeSet<String> rules = new TreeSet<>();
    PublicSuffixPatterns.EXACT.keySet().forEach(k -> rules.add(ascii(k)));
    PublicSuffixPatterns.UNDER.keySet().forEach(k -> rules.add("*." + ascii(k)));
    PublicSuffixPatterns.EXCLUDED.keySet().forEach(k -> rules.add("!" + ascii(k)));
    return List.copyOf(rules);
  }

  private static String ascii(String domain) {
    return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }

  private static List<String> shippedRules(List<String> lines) {
    return lines.stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
  }

  @Test
  void shippedResourceEqualsGuavasList() throws IOException {
    List<String> lines;
    try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s on the class path", RESOURCE).isNotNull();
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }
    List<String> shipped = shippedRules(lines);
    List<String> expected = fromGuava();
    assertThat(expected).as("Guava's list").hasSizeGreaterThan(5000).contains("com", "co.uk", "github.io", "*.ck", "!www.ck");
    assertThat(shipped).as("rules in the shipped list that Guava does not have").isSubsetOf(expected);
    assertThat(expected).as("rules Guava has that the shipped list lacks").isSubsetOf(shipped);
    assertThat(shipped).as("the shipped list, de-duplicated and sorted").isEqualTo(expected);
  }

  @Test
  void sourceFileEqualsGuavasListToo() throws IOException {
    // The file in the source tree, in case the class path copy is stale.
    Path source = Path.of("src/main/resources" + RESOURCE);
    if (Files.exists(source)) {
      assertThat(shippedRules(Files.readAllLines(source, StandardCharsets.UTF_8))).isEqualTo(fromGuava());
    }
  }

  @Test
  void everyGuavaRuleIsHonouredByTheLookup() {
    PublicSuffixPatterns.EXACT.keySet().forEach(k -> assertThat(suffixes.isPublicSuffix(ascii(k))).as(k).isTrue());
    PublicSuffixPatterns.UNDER.keySet()
        .forEach(k -> assertThat(suffixes.isPublicSuffix("zz-any-label." + ascii(k))).as("*." + k).isTrue());
    PublicSuffixPatterns.EXCLUDED.keySet().forEach(k -> assertThat(suffixes.isPublicSuffix(ascii(k))).as("!" + k).isFalse());
  }
}

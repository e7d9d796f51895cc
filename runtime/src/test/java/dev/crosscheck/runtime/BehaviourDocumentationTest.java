package dev.crosscheck.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/behaviour.md says what the running filter does and names the tests that prove each
 * behaviour: every test it names exists in the repository's test sources, and every test of the
 * suite that runs on each runtime ({@code CorsBehaviourTest}) is named there.
 */
class BehaviourDocumentationTest {

  /** A citation: {@code `CorsBehaviourTest#headFollowsGet`}. */
  private static final Pattern CITATION = Pattern.compile("`([A-Z][A-Za-z]*Test)#([a-z][A-Za-z0-9]*)`");
  /**
   * A test method: its annotation, then, after other annotations and their values but never past
   * the start of a method body, its declaration.
   */
  private static final Pattern TEST_METHOD = Pattern.compile(
      "@(?:Test|ParameterizedTest)\\b(?:(?!\\)\\s*(?:throws [\\w.]+\\s*)?\\{).)*?\\bvoid\\s+([a-z][A-Za-z0-9]*)\\s*\\(",
      Pattern.DOTALL);

  private static Path repository;
  private static Map<String, Path> testSources;

  @BeforeAll
  static void readTheRepository() throws IOException {
    repository = Paths.get(System.getProperty("user.dir")).getParent();
    testSources = new HashMap<>();
    try (Stream<Path> files = Files.walk(repository)) {
      files.filter(f -> f.toString().endsWith("Test.java") && f.toString().contains("/src/test/java/"))
          .filter(f -> !f.toString().contains("/target/"))
          .forEach(f -> testSources.put(f.getFileName().toString().replace(".java", ""), f));
    }
  }

  private static List<String[]> citations() throws IOException {
    List<String[]> cited = new ArrayList<>();
    Matcher m = CITATION.matcher(Files.readString(repository.resolve("docs/behaviour.md")));
    while (m.find()) {
      cited.add(new String[] {m.group(1), m.group(2)});
    }
    return cited;
  }

  private static Set<String> testMethods(Path source) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher m = TEST_METHOD.matcher(Files.readString(source));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyTestThePageNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    List<String[]> cited = citations();
    for (String[] citation : cited) {
      Path source = testSources.get(citation[0]);
      if (source == null || !testMethods(source).contains(citation[1])) {
        missing.add(citation[0] + "#" + citation[1]);
      }
    }
    assertThat(cited).as("citations in docs/behaviour.md").hasSizeGreaterThan(50);
    assertThat(missing).as("tests docs/behaviour.md names that do not exist").isEmpty();
  }

  @Test
  void everyTestOfTheSuiteOnEachRuntimeIsOnThePage() throws IOException {
    Set<String> cited = new TreeSet<>();
    for (String[] citation : citations()) {
      if (citation[0].equals("CorsBehaviourTest")) {
        cited.add(citation[1]);
      }
    }
    Path suite = testSources.get("CorsBehaviourTest");
    assertThat(suite).as("CorsBehaviourTest.java").isNotNull();
    Set<String> tests = testMethods(suite);
    assertThat(tests).as("tests of CorsBehaviourTest").hasSizeGreaterThan(30);
    tests.removeAll(cited);
    assertThat(tests).as("tests of CorsBehaviourTest that docs/behaviour.md does not name").isEmpty();
  }
}

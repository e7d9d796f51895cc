package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests of what the processor generates: the filter, the feature and the service
 * files. Each directory {@code src/test/resources/goldens/<set>/} holds
 *
 * <ul>
 *   <li>{@code input/}: resource sources laid out by package, compiled together with the processor;
 *   <li>{@code expected/}: every file the compilation must generate, and nothing else: the sources
 *       under their package path ({@code com/example/GeneratedCorsFilter.java}) and the resources
 *       under their class-output path ({@code META-INF/services/jakarta.ws.rs.core.Feature}). A set
 *       without {@code expected/} must generate nothing at all.
 * </ul>
 *
 * <p>The compilation must succeed without a warning ({@code -Xlint:all}, except the lint about
 * unclaimed annotations, since JAX-RS annotations are nobody's to claim), and every generated
 * file must equal its golden byte for byte. The processor test class path has neither {@code
 * jakarta.annotation.Priority} nor Jersey: the set {@code jersey_class_path} puts a stand-in for
 * each among its inputs (as an application on Jersey has both), so that the processor sees them as
 * it sees the real ones: the filter gets {@code @Priority}, and nothing is generated for Jersey
 * (crosscheck-runtime announces the generated features to Jersey itself).
 *
 * <p>A set may list, in {@code not-compared.txt}, generated files its goldens leave out, each
 * with the reason (a line {@code path: reason}); they must still be generated.
 *
 * <p><b>Regenerating the goldens.</b> After an intended change to the generated code, run
 *
 * <pre>{@code
 * mvn test -pl processor -Dtest=GeneratedSourcesTest -Dcrosscheck.updateGoldens=true
 * }</pre>
 *
 * <p>With {@code crosscheck.updateGoldens=true} the test does not compare: it replaces each set's
 * {@code expected/} in the source tree ({@code src/test/resources/goldens} below the module
 * directory, {@code user.dir} under Surefire) with what the compilation generated, and still
 * fails if the compilation does not succeed cleanly. Review the diff of {@code expected/} like any
 * other code change before committing it.
 *
 * <p>The determinism test compiles each set with its sources in several orders and requires the
 * same bytes every time, since javac hands types to processors in the order it is given files.
 */
class GeneratedSourcesTest {

  private static final String UPDATE_PROPERTY = "crosscheck.updateGoldens";
  private static final boolean UPDATE = Boolean.getBoolean(UPDATE_PROPERTY);
  private static final String REGENERATE =
      "if the change is intended, regenerate with: mvn test -pl processor -Dtest=GeneratedSourcesTest -D"
          + UPDATE_PROPERTY + "=true";

  static Stream<String> sets() throws IOException {
    try (Stream<Path> dirs = Files.list(goldensRoot())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  /**
   * The sets in the source tree ({@code src/test/resources/goldens} below the module directory,
   * which is {@code user.dir} under Surefire), so that a golden deleted or rewritten there counts
   * at once, without {@code mvn clean} to drop the stale copy under {@code target/test-classes};
   * else, when run from another directory, the copy on the test class path.
   */
  static Path goldensRoot() {
    Path sourceTree = Paths.get(System.getProperty("user.dir"), "src", "test", "resources", "goldens");
    if (Files.isDirectory(sourceTree)) {
      return sourceTree;
    }
    if (UPDATE) {
      throw new IllegalStateException(
          sourceTree + " does not exist: run with -D" + UPDATE_PROPERTY + "=true from the processor module's directory");
    }
    URL url = GeneratedSourcesTest.class.getResource("/goldens");
    if (url == null) {
      throw new IllegalStateException("no goldens in " + sourceTree + " nor on the test class path");
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void generatesExactlyTheGoldenFiles(String set) throws IOException {
    Path dir = goldensRoot().resolve(set);
    Compilation compilation = compile(inputs(dir.resolve("input")));
    SortedMap<String, String> actual = generatedFiles(compilation);
    Path expectedDir = dir.resolve("expected");
    for (String path : notCompared(dir)) {
      assertThat(actual.remove(path)).as("%s, which %s/not-compared.txt leaves out, is generated", path, set).isNotNull();
    }

    if (UPDATE) {
      rewrite(expectedDir, actual);
      return;
    }
    SortedMap<String, String> expected = read(expectedDir);
    assertThat(actual.keySet()).as("files generated for set %s; %s", set, REGENERATE).containsExactlyElementsOf(expected.keySet());
    SoftAssertions softly = new SoftAssertions();
    expected.forEach((path, content) -> softly.assertThat(actual.get(path))
        .as("%s/expected/%s, %s; %s", set, path, firstDifference(content, actual.get(path)), REGENERATE)
        .isEqualTo(content));
    softly.assertAll();
  }

  /**
   * Stated on its own, not only as a set without {@code expected/}, so that regenerating the
   * goldens cannot approve a filter for a compilation without any policy.
   */
  @Test
  void compilationWithoutPolicyGeneratesNothing() throws IOException {
    Compilation compilation = compile(inputs(goldensRoot().resolve("no_policy_generates_nothing").resolve("input")));
    // Only the exposure report, which says that nothing is open.
    assertThat(generatedFiles(compilation)).as("generated files")
        .containsOnlyKeys("META-INF/crosscheck/exposure.json", "META-INF/crosscheck/exposure.md");
    assertThat(generatedFiles(compilation).get("META-INF/crosscheck/exposure.md"))
        .contains("0 of 3 resource methods are open to other sites.");
    assertThat(compilation.generatedFiles()).as("generated class files")
        .allSatisfy(f -> assertThat(f.getName()).doesNotContain("GeneratedCors"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void outputDoesNotDependOnTheOrderOfSources(String set) throws IOException {
    List<JavaFileObject> sources = inputs(goldensRoot().resolve(set).resolve("input"));
    SortedMap<String, String> sorted = generatedFiles(compile(sources));

    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    assertThat(generatedFiles(compile(reversed))).as("generated from sources in reverse order").isEqualTo(sorted);

    for (long seed = 1; seed <= 3; seed++) {
      List<JavaFileObject> shuffled = new ArrayList<>(sources);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(generatedFiles(compile(shuffled)))
          .as("generated from sources in order %s", shuffled.stream().map(JavaFileObject::getName).toList())
          .isEqualTo(sorted);
    }
  }

  /** Compiles with the processor, and requires a clean success. */
  private static Compilation compile(List<JavaFileObject> sources) {
    Compilation compilation =
        javac().withProcessors(new CrossOriginProcessor()).withOptions("-Xlint:all,-processing").compile(sources);
    String diagnostics = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber()
            + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    assertThat(compilation.status()).as("compilation status; diagnostics:%n%s", diagnostics).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.warnings()).as("warnings:%n%s", diagnostics).isEmpty();
    return compilation;
  }

  /** The sources of {@code input/}, in the order of their paths, each named after its path. */
  private static List<JavaFileObject> inputs(Path inputDir) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(inputDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = relativeName(inputDir, file);
        String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(className, Files.readString(file, UTF_8)));
      }
    }
    assertThat(sources).as("sources in %s", inputDir).isNotEmpty();
    return sources;
  }

  /**
   * Every file the compilation generated except class files, keyed by its path below its output
   * location: {@code com/example/GeneratedCorsFilter.java}, {@code META-INF/services/...}.
   */
  private static SortedMap<String, String> generatedFiles(Compilation compilation) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      put(files, outputPath(source, "SOURCE_OUTPUT"), source);
    }
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      String location = location(file);
      if (location.equals("SOURCE_OUTPUT") && file.getKind() == JavaFileObject.Kind.SOURCE) {
        continue; // among generatedSourceFiles()
      }
      assertThat(location).as("location of generated %s", file.toUri()).isEqualTo("CLASS_OUTPUT");
      if (!written(file)) {
        // compile-testing lists a file the processor only looked for (the index of an earlier
        // compilation, which a clean build has not) as if it were output: nothing was written.
        continue;
      }
      put(files, outputPath(file, "CLASS_OUTPUT"), file);
    }
    return files;
  }

  private static boolean written(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void put(Map<String, String> files, String path, JavaFileObject file) throws IOException {
    try (InputStream in = file.openInputStream()) {
      String previous = files.put(path, new String(in.readAllBytes(), UTF_8));
      assertThat(previous).as("%s generated twice", path).isNull();
    }
  }

  /** compile-testing names outputs {@code mem:///<LOCATION>/<package path>/<name>}. */
  private static String location(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(1, path.indexOf('/', 1));
  }

  private static String outputPath(JavaFileObject file, String location) {
    assertThat(location(file)).as("location of %s", file.toUri()).isEqualTo(location);
    String path = file.toUri().getPath().substring(location.length() + 2);
    return path.replaceAll("/{2,}", "/").replaceFirst("^/", "");
  }

  private static SortedMap<String, String> read(Path expectedDir) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(expectedDir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(expectedDir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(relativeName(expectedDir, file), new String(Files.readAllBytes(file), UTF_8));
      }
    }
    return files;
  }

  /** The generated files a set's goldens leave out ({@code not-compared.txt}: {@code path: reason}). */
  private static List<String> notCompared(Path set) throws IOException {
    Path list = set.resolve("not-compared.txt");
    if (!Files.exists(list)) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    for (String line : Files.readAllLines(list, UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        assertThat(line).as("%s: a line is 'path: reason'", list).matches("[^:]+: .+");
        paths.add(line.substring(0, line.indexOf(':')));
      }
    }
    return paths;
  }

  /** Replaces {@code expected/} with {@code files}; removes it when nothing is generated. */
  private static void rewrite(Path expectedDir, SortedMap<String, String> files) throws IOException {
    if (Files.exists(expectedDir)) {
      try (Stream<Path> walk = Files.walk(expectedDir)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = expectedDir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue().getBytes(UTF_8));
    }
  }

  /** Where two versions of a file part, so that a failure points at the line. */
  static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        return String.format("first difference at line %d:%n  expected: %s%n  actual:   %s%n", i + 1, w, g);
      }
    }
    return "no difference";
  }

  private static String relativeName(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }
}

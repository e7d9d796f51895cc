package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.crosscheck.runtime.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every case under {@code src/test/resources/cases/} with the processor and compares
 * the diagnostics with the expectations written next to the code they are about: a comment
 * {@code // expect: CORS002} (several codes separated by spaces) on the line where each
 * diagnostic must be reported. A case with no expectation must compile without any warning.
 *
 * <p>Each case is a directory of sources compiled together, so package-level policies and
 * conflicts between classes are cases like any other.
 */
class DiagnosticCasesTest {

  private static final Pattern EXPECTATION = Pattern.compile("//\\s*expect:\\s*((?:CORS\\d{3}\\s*)+)");
  private static final Pattern CODE = Pattern.compile("\\[(CORS\\d{3})\\]");

  /** A diagnostic reduced to what the cases assert: where, which code, which kind. */
  record Found(String file, long line, String code, Diagnostic.Kind kind) implements Comparable<Found> {
    @Override
    public int compareTo(Found o) {
      return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + code + " " + kind;
    }
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(casesRoot())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static Path casesRoot() {
    try {
      return Paths.get(DiagnosticCasesTest.class.getResource("/cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path dir = casesRoot().resolve(name);
    List<JavaFileObject> sources = new ArrayList<>();
    Set<Found> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(file);
        sources.add(JavaFileObjects.forSourceLines(relative.replace(".java", "").replace('/', '.'), lines));
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECTATION.matcher(lines.get(i));
          if (m.find()) {
            for (String code : m.group(1).trim().split("\\s+")) {
              Diagnostic.Kind kind = Rule.forCode(code).orElseThrow(() -> new AssertionError("unknown code " + code))
                  .severity().name().equals("ERROR") ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
              expected.add(new Found(fileName(relative), i + 1, code, kind));
            }
          }
        }
      }
    }

    Compilation compilation = javac().withProcessors(new CrossOriginProcessor()).withOptions("-Xlint:-processing").compile(sources);

    Set<Found> found = new TreeSet<>();
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = d.getMessage(Locale.ROOT);
      messages.add(d.getKind() + " " + (d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber() + " " + message);
      Matcher m = CODE.matcher(message);
      String code = m.find() ? m.group(1) : "javac";
      String file = d.getSource() == null ? "?" : fileName(d.getSource().getName());
      found.add(new Found(file, d.getLineNumber(), code, d.getKind() == Diagnostic.Kind.MANDATORY_WARNING ? Diagnostic.Kind.WARNING : d.getKind()));
    }
    assertThat(found).as("diagnostics of case %s:%n%s", name, String.join("\n", messages)).containsExactlyElementsOf(expected);
    boolean expectsError = expected.stream().anyMatch(f -> f.kind() == Diagnostic.Kind.ERROR);
    assertThat(compilation.status() == Compilation.Status.FAILURE).as("build fails").isEqualTo(expectsError);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void everyRuleHasACase() throws IOException {
    Set<String> covered = new TreeSet<>();
    try (Stream<Path> files = Files.walk(casesRoot())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = EXPECTATION.matcher(Files.readString(file));
        while (m.find()) {
          covered.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Set<String> all = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      // These need a second processor or processor options, and have tests of their own.
      if (!Set.of(Rule.PROCESSOR_FAILURE, Rule.LATE_RESOURCES, Rule.INVALID_OPTION).contains(rule)) {
        all.add(rule.code());
      }
    }
    assertThat(covered).containsAll(all);
  }
}

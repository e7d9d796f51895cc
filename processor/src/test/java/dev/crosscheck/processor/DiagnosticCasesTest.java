package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every case under {@code src/test/resources/cases/} with the processor and compares
 * the diagnostics with the expectations written next to the code they are about: a comment
 * {@code // expect: CORS002} (several codes separated by spaces) on the line where each
 * diagnostic must be reported, at the line's first character after its indentation, or at the
 * first occurrence of the text after {@code at}, as in {@code // expect: CORS006 at "http://x"}:
 * where an IDE underlines it. Groups for different places on one line are separated by
 * {@code ;}, as in {@code // expect: CORS026; CORS023 at "GET"}. A case with no expectation must compile without any warning.
 *
 * <p>Each case is a directory of sources compiled together, so package-level policies and
 * conflicts between classes are cases like any other.
 */
class DiagnosticCasesTest {

  /** {@code // expect: ...}, or {@code // expect-javac: ...} for what only javac can find (method bodies). */
  private static final Pattern EXPECTATION = Pattern.compile("//\\s*expect(-javac)?:\\s*(.+?)\\s*$");
  /** One group of an expectation: codes reported at one place. */
  private static final Pattern GROUP = Pattern.compile("^((?:CORS\\d{3}\\s*)+)(?:at (.+))?$");
  private static final Pattern CODE = Pattern.compile("\\[(CORS\\d{3})\\]");

  /** A diagnostic reduced to what the cases assert: where, which code, which kind. */
  record Found(String file, long line, long column, String code, Diagnostic.Kind kind) implements Comparable<Found> {
    @Override
    public int compareTo(Found o) {
      return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
      return file + ":" + line + ":" + column + " " + code + " " + kind;
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
    check(name, false);
  }

  /**
   * The same cases on the Eclipse compiler, with the same codes on the same files. It places a
   * diagnostic about an annotation value at the annotation (its first line), not at the value, so
   * an expectation on a value's line is met there.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheSameDiagnosticsOnTheEclipseCompiler(String name) throws IOException {
    check(name, true);
  }

  private void check(String name, boolean eclipse) throws IOException {
    Path dir = casesRoot().resolve(name);
    List<JavaFileObject> sources = new ArrayList<>();
    Map<String, List<String>> sourceLines = new HashMap<>();
    Set<Found> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(file);
        sourceLines.put(fileName(relative), lines);
        // The Eclipse compiler reads sources from files only (it cannot open compile-testing's memory
        // URIs), so it runs the processor alone (-proc:only) rather than compile what it generates.
        sources.add(eclipse ? JavaFileObjects.forResource(file.toUri().toURL())
            : JavaFileObjects.forSourceLines(relative.replace(".java", "").replace('/', '.'), lines));
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECTATION.matcher(lines.get(i));
          String[] groups = new String[0];
          if (m.find() && !(eclipse && m.group(1) != null)) {
            groups = m.group(2).split(";");
          }
          for (String group : groups) {
            Matcher g = GROUP.matcher(group.strip());
            if (!g.matches()) {
              throw new AssertionError(relative + ":" + (i + 1) + ": not an expectation: " + group);
            }
            long column = expectedColumn(lines.get(i).substring(0, m.start()), g.group(2), relative, i + 1);
            for (String code : g.group(1).trim().split("\\s+")) {
              Diagnostic.Kind kind = Rule.forCode(code).orElseThrow(() -> new AssertionError("unknown code " + code))
                  .severity().name().equals("ERROR") ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
              expected.add(new Found(fileName(relative), i + 1, column, code, kind));
            }
          }
        }
      }
    }

    Path sarif = Files.createTempFile("crosscheck-" + name, ".sarif");
    Compilation compilation = eclipse
        ? Compiler.compiler(new EclipseCompiler()).withProcessors(new CrossOriginProcessor())
            .withOptions("--release", "17", "-proc:only").compile(sources)
        : javac().withProcessors(new CrossOriginProcessor())
            .withOptions("-Xlint:-processing", "-Acrosscheck.sarif=" + sarif).compile(sources);

    List<Found> found = new ArrayList<>();
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
      found.add(new Found(file, d.getLineNumber(), eclipse ? 0 : d.getColumnNumber(), code,
          d.getKind() == Diagnostic.Kind.MANDATORY_WARNING ? Diagnostic.Kind.WARNING : d.getKind()));
    }
    String all = String.join("\n", messages);
    if (eclipse) {
      assertThat(unmatchedOnEclipse(expected, found, sourceLines)).as("diagnostics of case %s:%n%s", name, all).isEmpty();
    } else {
      assertThat(new TreeSet<>(found)).as("diagnostics of case %s:%n%s", name, all).containsExactlyElementsOf(expected);
      // The SARIF log says the same as javac, at the same places, and is valid SARIF.
      String log = Files.readString(sarif);
      assertThat(SarifSchema.violations(log)).as("SARIF log of case %s", name).isEmpty();
      assertThat(new TreeSet<>(SarifResults.unsuppressed(log))).as("SARIF results of case %s", name)
          .isEqualTo(new TreeSet<>(found));
    }
    Files.delete(sarif);
    boolean expectsError = expected.stream().anyMatch(f -> f.kind() == Diagnostic.Kind.ERROR);
    assertThat(compilation.status() == Compilation.Status.FAILURE).as("build fails").isEqualTo(expectsError);
  }

  /**
   * What does not pair up between the expected diagnostics and the Eclipse compiler's, each
   * diagnostic once: the same file, code and kind, on the expected line or on the line of the
   * annotation whose value it is about (the Eclipse compiler places a diagnostic about an array
   * element at the annotation). It gives no source position for a package's annotations
   * ({@code package-info.java}): those are paired by code alone.
   */
  private static List<String> unmatchedOnEclipse(Set<Found> expected, List<Found> found, Map<String, List<String>> lines) {
    List<Found> left = new ArrayList<>(found);
    List<String> unmatched = new ArrayList<>();
    for (Found e : expected) {
      Found match = null;
      for (Found f : left) {
        boolean sameFile = f.file().equals(e.file()) || (f.file().equals("?") && e.file().equals("package-info.java"));
        boolean placed = f.file().equals("?")
            || f.line() == e.line() || f.line() == annotationLine(lines.get(e.file()), (int) e.line() - 1) + 1;
        if (sameFile && placed && f.code().equals(e.code()) && f.kind() == e.kind()) {
          match = f;
          break;
        }
      }
      if (match == null) {
        unmatched.add("expected, not reported: " + e);
      } else {
        left.remove(match);
      }
    }
    left.forEach(f -> unmatched.add("reported, not expected: " + f));
    return unmatched;
  }

  /**
   * The line of the annotation a value on line {@code index} belongs to: the nearest line above
   * that opens a {@code @CrossOrigin} whose parentheses are still open at {@code index}; the line
   * itself when it holds no such value.
   */
  static int annotationLine(List<String> lines, int index) {
    for (int i = index; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.startsWith("@CrossOrigin(") || line.startsWith("@dev.crosscheck.CrossOrigin(")) {
        int depth = 0;
        for (int j = i; j < index; j++) {
          for (char c : lines.get(j).replaceAll("\"[^\"]*\"", "").toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          }
        }
        return depth > 0 ? i : index;
      }
      if (i < index && (line.startsWith("public ") || line.startsWith("package ") || line.startsWith("import ")
          || line.startsWith("class "))) {
        return index;
      }
    }
    return index;
  }

  /**
   * The 1-based column an expectation names: where {@code at} text starts in {@code code} (the line
   * before its comment), else the line's first character after its indentation.
   */
  private static long expectedColumn(String code, String at, String file, int line) {
    if (at == null) {
      return code.length() - code.stripLeading().length() + 1;
    }
    int index = code.indexOf(at);
    if (index < 0) {
      throw new AssertionError(file + ":" + line + ": the expectation points at " + at + ", which the line does not have");
    }
    return index + 1;
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void everyRuleHasACase() throws IOException {
    Set<String> covered = new TreeSet<>();
    try (Stream<Path> files = Files.walk(casesRoot())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          Matcher m = EXPECTATION.matcher(line);
          if (m.find()) {
            Matcher code = Pattern.compile("CORS\\d{3}").matcher(m.group(2));
            while (code.find()) {
              covered.add(code.group());
            }
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Set<String> all = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      // These need a second processor, processor options or an earlier build, and have tests of their own.
      if (!Set.of(Rule.PROCESSOR_FAILURE, Rule.LATE_RESOURCES, Rule.INVALID_OPTION, Rule.STALE_GENERATED_CLASS,
          Rule.EXPOSURE_CHANGED, Rule.EXPOSURE_LOCK_MISSING, Rule.UNRESOLVED_TYPE,
          Rule.RUNTIME_CONTRACT_MISMATCH,
          // Rules of values an origin source supplies while the application runs: runtime's OriginSourceTest.
          Rule.SOURCE_PATTERN_WITH_CREDENTIALS, Rule.SOURCE_VALUE_NOT_AN_ORIGIN,
          // A module declaration and a module path: integration-tests/module-path's NamedModuleBuildTest.
          Rule.MODULE_LACKS_GENERATED_SERVICES).contains(rule)) {
        all.add(rule.code());
      }
    }
    assertThat(covered).containsAll(all);
  }
}

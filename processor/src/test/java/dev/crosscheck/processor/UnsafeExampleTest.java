package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code examples/unsafe}, the classic mistakes as people write them, and checks that the
 * build fails with exactly the diagnostics its README shows: each mistake at its value (line and
 * column), with its fix. The README is what a reader of the example is promised, so it is the
 * expectation, read from the file rather than copied here.
 */
class UnsafeExampleTest {

  private static final Path EXAMPLE = Paths.get(System.getProperty("user.dir")).getParent().resolve("examples/unsafe");
  private static final Path SOURCES = EXAMPLE.resolve("src/main/java");
  /** A line of the README's build output: {@code [ERROR] OrdersResource.java:[12,7] [CORS006] ...}. */
  private static final Pattern PRINTED = Pattern.compile("^\\[(ERROR|WARNING)\\] \\S+\\.java:\\[\\d+,\\d+\\] \\[CORS\\d{3}\\] .+$");

  @Test
  void buildingTheUnsafeExampleFailsWithTheDiagnosticsItsReadmeShows() throws IOException {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> {
        try {
          return JavaFileObjects.forSourceLines(
              SOURCES.relativize(f).toString().replace(".java", "").replace('/', '.'), Files.readAllLines(f));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor()).compile(sources);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    List<String> printed = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> "[" + (d.getKind() == Diagnostic.Kind.ERROR ? "ERROR" : "WARNING") + "] " + fileName(d)
            + ":[" + d.getLineNumber() + "," + d.getColumnNumber() + "] " + d.getMessage(Locale.ROOT))
        .toList();
    List<String> readme = Files.readAllLines(EXAMPLE.resolve("README.md")).stream()
        .filter(l -> PRINTED.matcher(l).matches()).toList();
    // The README shows one diagnostic per mistake: 13 of them, one a warning.
    assertThat(readme).as("diagnostics shown in examples/unsafe/README.md").hasSize(13);
    assertThat(printed).as("what the build prints, against the README").containsExactlyInAnyOrderElementsOf(readme);
  }

  private static String fileName(Diagnostic<? extends JavaFileObject> d) {
    String name = d.getSource() == null ? "?" : d.getSource().getName();
    return name.substring(name.lastIndexOf('/') + 1);
  }
}

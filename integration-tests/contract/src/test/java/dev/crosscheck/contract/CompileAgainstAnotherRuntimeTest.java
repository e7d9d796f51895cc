package dev.crosscheck.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.processor.CrossOriginProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build knows which crosscheck-runtime the generated code will be compiled against: where
 * that one cannot run it, the build fails with CORS085 and the versions to align, rather than
 * write code that stops the start.
 */
class CompileAgainstAnotherRuntimeTest {

  @TempDir Path dir;

  private static String entry(String prefix) {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (Path.of(entry).getFileName().toString().startsWith(prefix)) {
        return entry;
      }
    }
    throw new IllegalStateException(prefix + " is not on the test class path");
  }

  /** javac with this build's processor, the module's resource on a compile class path of {@code entries}. */
  private String compile(String... entries) throws IOException {
    Path source = Path.of("src/main/java/dev/crosscheck/contract/current/CurrentNotesResource.java");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-d", Files.createDirectories(dir.resolve("classes")).toString(),
        "-s", Files.createDirectories(dir.resolve("generated")).toString(), "--release", "17", "-proc:only"));
    options.addAll(List.of("-cp", String.join(File.pathSeparator, entries)));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(source.toFile()));
      task.setProcessors(List.of(new CrossOriginProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream().map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  private Path earlierRuntime() throws IOException {
    Path jar = dir.resolve("earlier-runtime.jar");
    try (InputStream in = getClass().getResourceAsStream("/contract0/earlier-runtime.jar")) {
      Files.copy(in, jar);
    }
    return jar;
  }

  @Test
  void theCurrentRuntimeCompilesWithoutAWord() throws IOException {
    assertThat(compile(entry("crosscheck-runtime"), entry("crosscheck-annotations"), entry("jakarta.ws.rs-api")))
        .doesNotContain("CORS085");
    assertThat(dir.resolve("generated/dev/crosscheck/contract/current/GeneratedCorsFilter.java")).exists();
  }

  @Test
  void aRuntimeOlderThanTheContractFailsTheBuildWithTheVersionToUse() throws IOException {
    String printed = compile(earlierRuntime().toString(), entry("crosscheck-annotations"), entry("jakarta.ws.rs-api"));
    assertThat(printed).contains("ERROR [CORS085] the generated filter would not run: the crosscheck-runtime on the"
        + " compile class path predates the generated-code contract that crosscheck-processor 0.1.0-SNAPSHOT writes (2):"
        + " use crosscheck-runtime 0.1.0-SNAPSHOT");
    assertThat(dir.resolve("generated/dev/crosscheck/contract/current/GeneratedCorsFilter.java")).doesNotExist();
  }

  @Test
  void noRuntimeAtAllFailsTheBuildWithTheDependencyToAdd() throws IOException {
    String printed = compile(entry("crosscheck-annotations"), entry("jakarta.ws.rs-api"));
    assertThat(printed).contains("ERROR [CORS085] the generated filter would not run: crosscheck-runtime is not on the"
        + " compile class path, and the generated filter calls it: add dev.crosscheck:crosscheck-runtime 0.1.0-SNAPSHOT");
  }
}

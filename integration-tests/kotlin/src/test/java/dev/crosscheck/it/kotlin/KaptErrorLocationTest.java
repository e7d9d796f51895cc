package dev.crosscheck.it.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy the build refuses, written in Kotlin: kapt runs the processor on its Java stub, the
 * build fails, and with {@code mapDiagnosticLocations} (the README's Kotlin set-up) the error names
 * the Kotlin file and the declaration's line, not the stub; without it, the stub. The Kotlin
 * compiler and kapt run here as the Kotlin Maven plugin runs them, on a source of this test's
 * resources, with the processor of this build.
 */
class KaptErrorLocationTest {

  private static final String SOURCE = "CredentialedWildcardResource.kt";

  @TempDir Path work;

  @Test
  void withMappedLocationsTheErrorIsAtTheKotlinLine() throws Exception {
    Compilation compilation = kapt(true);

    assertThat(compilation.exitCode).isEqualTo(ExitCode.COMPILATION_ERROR);
    // kapt maps a diagnostic to the Kotlin declaration the stub's element came from, at its first
    // line (its annotations included), not to the value inside the annotation as javac does.
    assertThat(compilation.output).contains("[CORS002] origin \"*\" cannot be combined with allowCredentials = true")
        .containsPattern("error: \\S*/src/" + SOURCE + ":" + lineOf("@Path(\"account\")") + ": error: \\[CORS002\\]");
    assertThat(compilation.output).doesNotContain("CredentialedWildcardResource.java");
  }

  @Test
  void withoutThemTheErrorIsAtKaptsStub() throws Exception {
    Compilation compilation = kapt(false);

    assertThat(compilation.exitCode).isEqualTo(ExitCode.COMPILATION_ERROR);
    assertThat(compilation.output).containsPattern("error: \\S*/stubs/\\S*/CredentialedWildcardResource\\.java:\\d+: error: \\[CORS002\\]");
  }

  private record Compilation(ExitCode exitCode, String output) {}

  private Compilation kapt(boolean mapDiagnosticLocations) throws Exception {
    Path sources = Files.createDirectories(work.resolve("src"));
    Files.copy(Path.of("src/test/resources/kapt-error", SOURCE), sources.resolve(SOURCE));
    String classPath = System.getProperty("java.class.path");
    String kapt = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> entry.contains("kotlin-annotation-processing-embeddable")).findFirst().orElseThrow();
    List<String> args = new ArrayList<>(List.of(
        "-no-stdlib", "-no-reflect", "-jvm-target", "17",
        "-classpath", classPath,
        "-d", work.resolve("classes").toString(),
        "-Xplugin=" + kapt));
    String plugin = "plugin:org.jetbrains.kotlin.kapt3:";
    for (String option : List.of(
        "sources=" + work.resolve("generated"),
        "classes=" + work.resolve("kapt-classes"),
        "stubs=" + work.resolve("stubs"),
        "aptMode=stubsAndApt",
        "mapDiagnosticLocations=" + mapDiagnosticLocations)) {
      args.addAll(List.of("-P", plugin + option));
    }
    // The processor and what it needs, from this test's class path (this build's processor).
    for (String entry : classPath.split(File.pathSeparator)) {
      args.addAll(List.of("-P", plugin + "apclasspath=" + entry));
    }
    args.add(sources.resolve(SOURCE).toString());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    ExitCode exitCode;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      exitCode = new K2JVMCompiler().exec(out, args.toArray(String[]::new));
    }
    return new Compilation(exitCode, output.toString(StandardCharsets.UTF_8));
  }

  private static int lineOf(String text) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/kapt-error", SOURCE));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in " + SOURCE);
  }
}

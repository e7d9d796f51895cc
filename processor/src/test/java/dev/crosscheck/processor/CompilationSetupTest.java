package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Diagnostics that depend on how the compilation is set up rather than on the resources. */
class CompilationSetupTest {

  private static final JavaFileObject RESOURCE = JavaFileObjects.forSourceLines("com.example.NotesResource",
      "package com.example;",
      "import dev.crosscheck.CrossOrigin;",
      "import jakarta.ws.rs.GET;",
      "import jakarta.ws.rs.Path;",
      "@Path(\"notes\")",
      "@CrossOrigin(origins = \"https://app.example.com\")",
      "public class NotesResource {",
      "  @GET public String list() { return \"[]\"; }",
      "}");

  @Test
  void resourcesArrivingAfterTheTableWasWrittenFailTheBuild() {
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor(), new OneSourceGenerator("com.example.late.LateResource",
        "package com.example.late;\n"
            + "@jakarta.ws.rs.Path(\"late\")\n"
            + "@dev.crosscheck.CrossOrigin(origins = \"https://late.example.com\")\n"
            + "public class LateResource { @jakarta.ws.rs.GET public String get() { return \"\"; } }\n")).compile(RESOURCE);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.errors()).anySatisfy(d -> {
      assertThat(d.getMessage(Locale.ROOT)).startsWith("[CORS076] LateResource arrived in a later round");
      assertThat(d.getSource().getName()).endsWith("LateResource.java");
    });
  }

  @Test
  void aPackageOptionThatIsNoPackageNameFailsTheBuild() {
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor())
        .withOptions("-Acrosscheck.package=not a package").compile(RESOURCE);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.errors()).extracting(d -> d.getMessage(Locale.ROOT))
        .containsExactly("[CORS077] processor option -Acrosscheck.package=not a package is not valid: write a Java package name,"
            + " such as -Acrosscheck.package=com.example.api");
  }

  /** Without a file, the lock and the SARIF log would be skipped: the build says so instead. */
  @ParameterizedTest
  @ValueSource(strings = {"crosscheck.sarif", "crosscheck.sarif.root", "crosscheck.exposureLock"})
  void aFileOptionWithoutAFileFailsTheBuild(String option) {
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor())
        .withOptions("-A" + option).compile(RESOURCE);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.errors()).extracting(d -> d.getMessage(Locale.ROOT))
        .singleElement().asString().startsWith("[CORS077] processor option -A" + option + " is not valid: name a file, as in -A" + option + "=");
  }

  @Test
  void theGeneratedPackageCanBeChosen() {
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor())
        .withOptions("-Acrosscheck.package=com.example.cors").compile(RESOURCE);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.generatedSourceFile("com.example.cors.GeneratedCorsFilter")).isPresent();
    // Instead of the resources' package, not besides it.
    assertThat(compilation.generatedSourceFile("com.example.GeneratedCorsFilter")).isEmpty();
    assertThat(compilation.diagnostics()).noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING);
  }
}

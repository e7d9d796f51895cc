package dev.crosscheck.it.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on a named module, with javac of the build's JDK (17): a declaration that lacks
 * what the generated filter needs fails the build at the declaration with the lines to add; one
 * that has them compiles.
 */
class NamedModuleBuildTest {

  private static final String PACKAGE = "dev.crosscheck.it.modulepath";

  @TempDir
  Path dir;

  @Test
  void aModuleWithoutTheGeneratedServicesFailsAtItsDeclarationWithTheLinesToAdd() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile("""
        module dev.crosscheck.it.modulepath {
          requires jakarta.ws.rs;
          requires dev.crosscheck.runtime;
          opens dev.crosscheck.it.modulepath;
        }
        """);
    List<Diagnostic<? extends JavaFileObject>> errors = errors(diagnostics);
    assertThat(errors).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertThat(error.getSource().getName()).endsWith("module-info.java");
    assertThat(error.getLineNumber()).isEqualTo(1);
    assertThat(error.getMessage(Locale.ROOT))
        .startsWith("[CORS090] module dev.crosscheck.it.modulepath does not declare what the generated CORS filter needs")
        .contains("provides jakarta.ws.rs.core.Feature with " + PACKAGE + ".GeneratedCorsFeature;")
        .contains("provides dev.crosscheck.runtime.generated.GeneratedTable with " + PACKAGE + ".GeneratedCorsFilter.Table;")
        .doesNotContain("requires dev.crosscheck.runtime;");
    assertThat(dir.resolve("classes/" + PACKAGE.replace('.', '/') + "/GeneratedCorsFilter.class")).doesNotExist();
  }

  @Test
  void aModuleThatDoesNotReadTheRuntimeIsToldToo() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = errors(compile("""
        module dev.crosscheck.it.modulepath {
          requires jakarta.ws.rs;
          requires dev.crosscheck.annotations;
          provides jakarta.ws.rs.core.Feature with dev.crosscheck.it.modulepath.GeneratedCorsFeature;
        }
        """));
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage(Locale.ROOT))
        .startsWith("[CORS090]")
        .contains("requires dev.crosscheck.runtime;")
        .contains("provides dev.crosscheck.runtime.generated.GeneratedTable with " + PACKAGE + ".GeneratedCorsFilter.Table;")
        .doesNotContain("provides jakarta.ws.rs.core.Feature"));
  }

  /**
   * javac 17 fails a declaration whose provides name a class a processor writes later when a
   * processor asked for the module's directives first ("does not have a default constructor"):
   * the processor reads the declaration's source instead.
   */
  @Test
  void aModuleThatDeclaresThemCompiles() throws IOException {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile("""
        import dev.crosscheck.runtime.generated.GeneratedTable;

        module dev.crosscheck.it.modulepath {
          requires jakarta.ws.rs;
          requires dev.crosscheck.runtime;
          opens dev.crosscheck.it.modulepath;
          provides jakarta.ws.rs.core.Feature with dev.crosscheck.it.modulepath.GeneratedCorsFeature;
          provides GeneratedTable with dev.crosscheck.it.modulepath.GeneratedCorsFilter.Table;
        }
        """);
    assertThat(errors(diagnostics)).isEmpty();
    assertThat(dir.resolve("classes/" + PACKAGE.replace('.', '/') + "/GeneratedCorsFilter$Table.class")).exists();
    assertThat(dir.resolve("classes/module-info.class")).exists();
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(String moduleInfo) throws IOException {
    Path sources = dir.resolve("src");
    Path resource = sources.resolve(PACKAGE.replace('.', '/') + "/Orders.java");
    Files.createDirectories(resource.getParent());
    Files.copy(Path.of("src/main/java/" + PACKAGE.replace('.', '/') + "/Orders.java"), resource);
    Path declaration = Files.writeString(sources.resolve("module-info.java"), moduleInfo);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(List.of(
          "--module-path", Files.readString(Path.of(System.getProperty("crosscheck.it.modulePath"))).strip(),
          // The processor and what it needs: this test's own class path.
          "-processorpath", System.getProperty("java.class.path"),
          "-d", classes.toString(), "-s", Files.createDirectories(dir.resolve("generated")).toString()));
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(declaration, resource)).call();
    }
    return diagnostics.getDiagnostics();
  }

  private static List<Diagnostic<? extends JavaFileObject>> errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }
}

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
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code examples/unsafe}, the classic mistakes as people write them, and checks that the
 * build fails with the diagnostics its README shows: each mistake at its value, with its fix.
 */
class UnsafeExampleTest {

  private static final Path SOURCES =
      Paths.get(System.getProperty("user.dir")).getParent().resolve("examples/unsafe/src/main/java");

  @Test
  void buildingTheUnsafeExampleFailsWithOneDiagnosticPerMistake() throws IOException {
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
    List<String> found = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> fileName(d) + " " + d.getKind() + " " + d.getMessage(Locale.ROOT))
        .toList();
    assertThat(found).as(String.join("\n", found)).hasSize(13);
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("ProfileResource.java ERROR [CORS002]").contains("list the exact origins"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("ProfileResource.java ERROR [CORS033]"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("ProfileResource.java ERROR [CORS022]").contains("write \"PUT\""));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("OrdersResource.java ERROR [CORS006]").contains("write \"https://shop.example.com\""));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("OrdersResource.java ERROR [CORS007]").contains("use \"https://staging.example.com\""));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("OrdersResource.java ERROR [CORS004]"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("OrdersResource.java ERROR [CORS023]").contains("\"DELETE\""));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("OrdersResource.java ERROR [CORS050]"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("PartnersResource.java ERROR [CORS010]").contains("https://*example.com"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("PartnersResource.java ERROR [CORS010]").contains("\"https://*\""));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("PartnersResource.java ERROR [CORS011]").contains("github.io"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("PartnersResource.java ERROR [CORS040]").contains("Set-Cookie"));
    assertThat(found).anySatisfy(m -> assertThat(m).startsWith("PartnersResource.java WARNING [CORS042]").contains("Content-Type"));
  }

  private static String fileName(Diagnostic<? extends JavaFileObject> d) {
    String name = d.getSource() == null ? "?" : d.getSource().getName();
    return name.substring(name.lastIndexOf('/') + 1);
  }
}

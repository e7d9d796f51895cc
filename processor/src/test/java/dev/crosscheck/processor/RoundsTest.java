package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Types another processor generates in its first round: a root resource that depends on one is
 * deferred, not dropped, and the filter is written in the first round where nothing is pending.
 */
class RoundsTest {

  /** A root resource whose locator returns {@code com.example.gen.<type>}, which no source declares. */
  private static JavaFileObject ordersWithLocatorReturning(String type) {
    return JavaFileObjects.forSourceLines("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource {",
        "  @Path(\"{id}/lines\") public com.example.gen." + type + " lines() { return null; }",
        "}");
  }

  private static String generatedFilter(Compilation compilation) throws IOException {
    JavaFileObject filter = compilation.generatedSourceFile("com.example.GeneratedCorsFilter").orElseThrow(
        () -> new AssertionError("no filter was written; diagnostics: " + compilation.diagnostics()));
    return filter.getCharContent(false).toString();
  }

  @Test
  void aLocatorReturningAGeneratedTypeIsFollowedOnceTheTypeExists() throws IOException {
    JavaFileObject orders = ordersWithLocatorReturning("LinesResource");
    Compilation compilation = javac()
        .withProcessors(new CrossOriginProcessor(), new OneSourceGenerator("com.example.gen.LinesResource",
            "package com.example.gen;\n"
                + "public class LinesResource { @jakarta.ws.rs.GET public String list() { return \"\"; } }\n"))
        .compile(orders);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(generatedFilter(compilation)).contains("\\tcom.example.gen.LinesResource\\tlist()\\t");
  }

  @Test
  void aPathFromAGeneratedSuperclassIsReadOnceTheSuperclassExists() throws IOException {
    JavaFileObject orders = JavaFileObjects.forSourceLines("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.GET;",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource extends com.example.gen.OrdersBase {",
        "  @GET public String list() { return \"[]\"; }",
        "}");
    Compilation compilation = javac()
        .withProcessors(new CrossOriginProcessor(), new OneSourceGenerator("com.example.gen.OrdersBase",
            "package com.example.gen;\n@jakarta.ws.rs.Path(\"orders\")\npublic abstract class OrdersBase {}\n"))
        .compile(orders);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(compilation.diagnostics()).noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING);
    assertThat(generatedFilter(compilation)).contains("GET\\tcom.example.OrdersResource\\torders\\t\\t\\tlist()\\t0\\n");
  }

  @Test
  void aTypeThatNeverResolvesIsReportedOnTheLocatorThatReturnsIt() {
    JavaFileObject orders = ordersWithLocatorReturning("Missing");
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor()).compile(orders);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(compilation.diagnostics()).anySatisfy(d -> {
      assertThat(d.getMessage(Locale.ROOT)).startsWith("[CORS072]").contains("com.example.gen.Missing");
      assertThat(d.getLineNumber()).isEqualTo(7);
    });
  }
}

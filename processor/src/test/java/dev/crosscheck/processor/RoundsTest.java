package dev.crosscheck.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.immutables.processor.ProxyProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types another processor generates: a root resource that needs one is read once it exists (in
 * a later round), never with the compiler's placeholder for it, and the filter is written in the
 * first round where nothing is pending. A type that never comes is an error on the element that
 * names it. Real compilations, real directories, the other processor beside Crosscheck's:
 * Immutables, or {@link OneSourceGenerator} standing for an OpenAPI generator.
 */
class RoundsTest {

  @TempDir Path dir;
  private Path sources;
  private Path classes;
  private Path generated;

  /** The compiler under test: javac, or the Eclipse compiler. */
  JavaCompiler compiler() {
    return ToolProvider.getSystemJavaCompiler();
  }

  /**
   * Whether the compiler evaluates an annotation value again once the class of a constant in it
   * exists: javac does; the Eclipse compiler reports the name as unresolvable and fails the build.
   */
  boolean resolvesLateConstantsInAnnotations() {
    return true;
  }

  /** What a compilation printed and whether it succeeded. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String printed) {

    List<String> warnings() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING).map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }

  @BeforeEach
  void layout() throws IOException {
    sources = Files.createDirectories(dir.resolve("src"));
    classes = Files.createDirectories(dir.resolve("classes"));
    generated = Files.createDirectories(dir.resolve("generated"));
  }

  private void write(String qualifiedName, String... lines) throws IOException {
    Path file = sources.resolve(qualifiedName.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  private Result compile(Processor... others) throws IOException {
    List<Processor> processors = new ArrayList<>(List.of(others));
    processors.add(new CrossOriginProcessor());
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
    }
    List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
        "-cp", System.getProperty("java.class.path"), "--release", "17", "-Xlint:-processing");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    boolean success;
    JavaCompiler compiler = compiler();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      JavaCompiler.CompilationTask task = compiler.getTask(out, fileManager, diagnostics,
          compiler == ToolProvider.getSystemJavaCompiler() ? options
              : options.stream().filter(o -> !o.equals("-Xlint:-processing")).toList(),
          null, fileManager.getJavaFileObjectsFromFiles(files));
      task.setProcessors(processors);
      success = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder printed = new StringBuilder(out.toString());
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      printed.append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
          .append(d.getKind().toString().toLowerCase(Locale.ROOT)).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
    }
    return new Result(success, List.copyOf(diagnostics.getDiagnostics()), printed.toString());
  }

  private String filter(Result result) throws IOException {
    Path filter = generated.resolve("com/example/GeneratedCorsFilter.java");
    assertThat(filter).as("the generated filter; the compiler printed:%n%s", result.printed()).exists();
    return Files.readString(filter, UTF_8);
  }

  private static void assertCleanSuccess(Result result) {
    assertThat(result.success()).as("compiled: %s", result.printed()).isTrue();
    assertThat(result.warnings()).as("warnings: %s", result.printed()).isEmpty();
  }

  private static OneSourceGenerator generating(String name, String... lines) {
    return new OneSourceGenerator(name, String.join("\n", lines) + "\n");
  }

  /**
   * Two overloads of one name and arity whose parameter types Immutables writes in round 1: each
   * row names its method by its real parameter types, so the run-time binding tells them apart.
   */
  @Test
  void aParameterTypeAnotherProcessorWritesNamesTheMethodByItsRealType() throws IOException {
    write("com.example.OrderForm",
        "package com.example;",
        "@org.immutables.value.Value.Immutable",
        "public interface OrderForm { String note(); }");
    write("com.example.AdminForm",
        "package com.example;",
        "@org.immutables.value.Value.Immutable",
        "public interface AdminForm { String reason(); }");
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import dev.crosscheck.NoCrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource {",
        "  @PUT @Path(\"{id}\") public void update(@PathParam(\"id\") long id, ImmutableOrderForm form) {}",
        "  @NoCrossOrigin @PUT @Path(\"{id}/admin\")",
        "  public void update(@PathParam(\"id\") long id, ImmutableAdminForm form) {}",
        "}");
    Result result = compile(new ProxyProcessor());
    assertCleanSuccess(result);
    assertThat(filter(result))
        .contains("\\tupdate(long,com.example.ImmutableOrderForm)\\t")
        .contains("\\tupdate(long,com.example.ImmutableAdminForm)\\t")
        .doesNotContain("error");
  }

  @Test
  void aLocatorReturningAGeneratedTypeIsFollowedOnceTheTypeExists() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource {",
        "  @Path(\"{id}/lines\") public com.example.gen.LinesResource lines() { return null; }",
        "}");
    Result result = compile(generating("com.example.gen.LinesResource",
        "package com.example.gen;",
        "public class LinesResource { @jakarta.ws.rs.GET public String list() { return \"\"; } }"));
    assertCleanSuccess(result);
    assertThat(filter(result)).contains("\\tcom.example.gen.LinesResource\\tlist()\\t");
  }

  /** {@code Class<T>} of a type not written yet: not "declares no resource methods" (CORS072). */
  @Test
  void aLocatorReturningTheClassOfAGeneratedTypeIsFollowedOnceTheTypeExists() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource {",
        "  @Path(\"{id}/lines\")",
        "  public Class<com.example.gen.GeneratedLines> lines() { return com.example.gen.GeneratedLines.class; }",
        "}");
    Result result = compile(generating("com.example.gen.GeneratedLines",
        "package com.example.gen;",
        "public class GeneratedLines { @jakarta.ws.rs.GET public String list() { return \"\"; } }"));
    assertCleanSuccess(result);
    assertThat(filter(result))
        .contains("GET\\tcom.example.OrdersResource\\torders\\t\\tcom.example.gen.GeneratedLines\\tlist()\\t0\\t{id}/lines\\n");
  }

  /**
   * The class that waited for the generated type adds no route (its locator leads to a plain
   * type): the filter for the other class's policy is still written, in that later round.
   */
  @Test
  void aPendingClassThatAddsNoRouteStillGetsTheFilterWritten() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource { @GET public String list() { return \"[]\"; } }");
    write("com.example.WidgetsResource",
        "package com.example;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"widgets\")",
        "public class WidgetsResource {",
        "  @Path(\"{id}\") public com.example.gen.Widget widget() { return null; }",
        "}");
    Result result = compile(generating("com.example.gen.Widget",
        "package com.example.gen;",
        "public class Widget { public String name; }"));
    assertCleanSuccess(result);
    assertThat(filter(result)).contains("GET\\tcom.example.OrdersResource\\torders\\t");
  }

  @Test
  void aPathFromAGeneratedSuperclassIsReadOnceTheSuperclassExists() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.GET;",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource extends com.example.gen.OrdersBase {",
        "  @GET public String list() { return \"[]\"; }",
        "}");
    Result result = compile(generating("com.example.gen.OrdersBase",
        "package com.example.gen;",
        "@jakarta.ws.rs.Path(\"orders\")",
        "public abstract class OrdersBase {}"));
    assertCleanSuccess(result);
    assertThat(filter(result)).contains("GET\\tcom.example.OrdersResource\\torders\\t\\t\\tlist()\\t0\\n");
  }

  /** A {@code @Path} whose value is a constant of a class the other processor writes. */
  @Test
  void aPathFromAGeneratedConstantIsReadOnceTheConstantExists() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(com.example.gen.Paths.ORDERS)",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource { @GET public String list() { return \"[]\"; } }");
    Result result = compile(generating("com.example.gen.Paths",
        "package com.example.gen;",
        "public final class Paths { public static final String ORDERS = \"orders\"; }"));
    if (!resolvesLateConstantsInAnnotations()) {
      // The compiler's own error: never a green build without the policy.
      assertThat(result.success()).as(result.printed()).isFalse();
      assertThat(result.printed()).contains("com.example.gen cannot be resolved");
      return;
    }
    assertCleanSuccess(result);
    assertThat(filter(result)).contains("GET\\tcom.example.OrdersResource\\torders\\t");
  }

  @Test
  void aLocatorTypeThatNeverResolvesIsAnErrorOnTheLocatorWithTheTypesName() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource {",
        "  @Path(\"{id}/lines\") public com.example.gen.Missing lines() { return null; }",
        "}");
    Result result = compile();
    assertCrosscheckError(result, 7, "OrdersResource.lines()", "com.example.gen.Missing");
  }

  @Test
  void aParameterTypeThatNeverResolvesIsAnErrorOnTheMethodWithTheTypesName() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(\"orders\")",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource {",
        "  @PUT public void update(ImmutableOrderForm form) {}",
        "}");
    Result result = compile();
    assertCrosscheckError(result, 7, "OrdersResource.update()", "ImmutableOrderForm");
  }

  @Test
  void aSupertypeThatNeverResolvesIsAnErrorOnTheClassWithTheTypesName() throws IOException {
    write("com.example.OrdersResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.GET;",
        "@CrossOrigin(origins = \"https://shop.example.com\")",
        "public class OrdersResource extends com.example.gen.OrdersApi {",
        "  @GET public String list() { return \"[]\"; }",
        "}");
    Result result = compile();
    assertCrosscheckError(result, 5, "OrdersResource", "com.example.gen.OrdersApi");
  }

  /** CORS083 on the line, naming the element and the type; never a green build without a filter. */
  private void assertCrosscheckError(Result result, long line, String element, String type) {
    assertThat(result.success()).as("compiled: %s", result.printed()).isFalse();
    assertThat(result.diagnostics()).as(result.printed()).anySatisfy(d -> {
      assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.getMessage(Locale.ROOT)).startsWith("[CORS083] " + element).contains(type);
      assertThat(d.getLineNumber()).isEqualTo(line);
    });
    assertThat(result.printed()).doesNotContain("CORS072").doesNotContain("CORS099");
  }
}

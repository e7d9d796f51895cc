package dev.crosscheck.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling only some sources, with the previous output on the class path (Maven's stale-source
 * mode, IDEs), yields the table a full build would: the resources not recompiled are read from
 * their class files, re-checked with the recompiled ones, and dropped when their classes are gone.
 * Runs javac itself, with real directories, as those builds do.
 */
class PartialCompilationTest {

  @TempDir Path dir;
  private Path sources;
  private Path classes;
  private Path generated;

  @BeforeEach
  void layout() throws IOException {
    sources = Files.createDirectories(dir.resolve("src/com/example"));
    classes = Files.createDirectories(dir.resolve("classes"));
    generated = Files.createDirectories(dir.resolve("generated"));
    write("OrdersResource", "@Path(\"orders\")\n@CrossOrigin(origins = \"https://shop.example.com\")\n"
        + "public class OrdersResource { @GET public String list() { return \"\"; } }");
    write("NotesResource", "@Path(\"notes\")\n@CrossOrigin(origins = \"https://notes.example.com\")\n"
        + "public class NotesResource { @GET public String list() { return \"\"; } }");
    write("ItemsResource", "@Path(\"items\")\npublic class ItemsResource { @GET public String list() { return \"\"; } }");
  }

  private void write(String name, String body) throws IOException {
    Files.writeString(sources.resolve(name + ".java"), "package com.example;\n"
        + "import dev.crosscheck.CrossOrigin;\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n" + body + "\n");
  }

  /** Compiles the named sources into the class output, which is also on the class path; returns javac's output. */
  /** The compiler under test: javac, or the Eclipse compiler. */
  JavaCompiler compiler() {
    return ToolProvider.getSystemJavaCompiler();
  }

  private String compile(boolean expectSuccess, String... names) {
    JavaCompiler compiler = compiler();
    List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
        "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"),
        "-processor", CrossOriginProcessor.class.getName(), "--release", "17");
    List<File> files = new ArrayList<>();
    for (String name : names) {
      files.add(sources.resolve(name + ".java").toFile());
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    boolean success;
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      success = compiler.getTask(out, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromFiles(files))
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder printed = new StringBuilder(out.toString());
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      printed.append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
          .append(d.getKind().toString().toLowerCase(Locale.ROOT)).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
    }
    assertThat(success).as("compiled: %s", printed).isEqualTo(expectSuccess);
    return printed.toString();
  }

  /** A full build of the three resources. */
  void compileAll() {
    compile(true, "OrdersResource", "NotesResource", "ItemsResource");
  }

  /** A compilation of one source, the others' classes on the class path; returns what the compiler printed. */
  String compileOnly(String name, boolean expectSuccess) {
    return compile(expectSuccess, name);
  }

  private String exposure() throws IOException {
    return Files.readString(classes.resolve("META-INF/crosscheck/exposure.json"), StandardCharsets.UTF_8);
  }

  private String table() throws IOException {
    return Files.readString(generated.resolve("com/example/GeneratedCorsFilter.java"), StandardCharsets.UTF_8);
  }

  @Test
  void recompilingOneResourceKeepsTheRoutesOfTheOthers() throws IOException {
    compile(true, "OrdersResource", "NotesResource", "ItemsResource");
    String full = table();
    write("NotesResource", "@Path(\"notes\")\n@CrossOrigin(origins = \"https://notes.example.com\", maxAge = 600)\n"
        + "public class NotesResource { @GET public String list() { return \"\"; } }");
    compile(true, "NotesResource");
    String partial = table();
    // The review artifact too: the same as a clean full build's of the same sources.
    String partialExposure = exposure();
    classes = Files.createDirectories(dir.resolve("clean-classes"));
    generated = Files.createDirectories(dir.resolve("clean-generated"));
    compileAll();
    assertThat(partialExposure).isEqualTo(exposure()).contains("\"maxAge\" : 600");
    assertThat(table()).isEqualTo(partial);
    // The generated table's rows, as the source spells them: HTTP method, root class, root template, ...
    assertThat(partial).contains("GET\\tcom.example.OrdersResource\\torders\\t")
        .contains("GET\\tcom.example.ItemsResource\\titems\\t").contains("GET\\tcom.example.NotesResource\\tnotes\\t")
        .contains("600L");
    assertThat(partial.replace("600L", "1800L")).isEqualTo(full);
  }

  @Test
  void aRecompiledResourceIsCheckedAgainstTheOthers() throws IOException {
    compile(true, "OrdersResource", "NotesResource", "ItemsResource");
    write("NotesResource", "@Path(\"orders\")\n@CrossOrigin(origins = \"https://notes.example.com\")\n"
        + "public class NotesResource { @GET public String list() { return \"\"; } }");
    String printed = compile(false, "NotesResource");
    assertThat(printed).contains("NotesResource.java:6: error: [CORS071] GET /orders has two different CORS policies");
  }

  @Test
  void theRoutesOfAResourceWhoseClassIsGoneAreDropped() throws IOException {
    compile(true, "OrdersResource", "NotesResource", "ItemsResource");
    Files.delete(classes.resolve("com/example/OrdersResource.class"));
    Files.delete(sources.resolve("OrdersResource.java"));
    compile(true, "NotesResource");
    assertThat(table()).doesNotContain("OrdersResource").contains("NotesResource").contains("ItemsResource");
  }
}

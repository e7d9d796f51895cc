package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exposure lock: recorded once, then every difference fails the build, one error a change,
 * on the annotation that made it.
 */
class ExposureLockTest {

  @TempDir Path dir;

  /** The notes API as approved: the class policy, an opted-out DELETE, a closed PUT. */
  private static final String APPROVED = "@CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = \"Content-Type\")";

  private static JavaFileObject notes(String classPolicy, String deletePolicy) {
    return notesResource(classPolicy,
        "  @DELETE @Path(\"{id}\") " + deletePolicy + " public void delete(@PathParam(\"id\") long id) {}");
  }

  /** NotesResource with the class policy, a GET list() and the given further method. */
  private static JavaFileObject notesResource(String classPolicy, String otherMethod) {
    return JavaFileObjects.forSourceLines("com.example.NotesResource",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import dev.crosscheck.NoCrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(\"notes\")",
        classPolicy,
        "public class NotesResource {",
        "  @GET public String list() { return \"[]\"; }",
        otherMethod,
        "}");
  }

  private Compilation compile(JavaFileObject source, String... options) {
    return javac().withProcessors(new CrossOriginProcessor()).withOptions((Object[]) options).compile(source);
  }

  private Path lock() {
    return dir.resolve("cors-exposure.json");
  }

  private void approve() {
    Compilation recorded = compile(notes(APPROVED, "@NoCrossOrigin"), "-Acrosscheck.exposureLock=" + lock(),
        "-Acrosscheck.exposureLock.update=true");
    assertThat(recorded.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(lock()).exists();
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void theSameExposureCompiles() {
    approve();
    assertThat(compile(notes(APPROVED, "@NoCrossOrigin"), "-Acrosscheck.exposureLock=" + lock()).status())
        .isEqualTo(Compilation.Status.SUCCESS);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "@CrossOrigin(origins = {\"https://app.example.com\", \"https://admin.example.com\"}, allowedHeaders = \"Content-Type\") | @NoCrossOrigin | 6: [CORS081] GET /notes (com.example.NotesResource#list): origin \"https://admin.example.com\" added",
      "@CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = \"Content-Type\", allowCredentials = true) | @NoCrossOrigin | 6: [CORS081] GET /notes (com.example.NotesResource#list): credentials allowed",
      "@CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = {\"Content-Type\", \"X-Request-Id\"}) | @NoCrossOrigin | 6: [CORS081] GET /notes (com.example.NotesResource#list): request header \"X-Request-Id\" added",
      "@CrossOrigin(origins = \"https://app.example.com\") | @NoCrossOrigin | 6: [CORS081] GET /notes (com.example.NotesResource#list): request header \"Content-Type\" removed",
      "@CrossOrigin(origins = {}, originPatterns = \"https://*.example.com\", allowedHeaders = \"Content-Type\") | @NoCrossOrigin | 6: [CORS081] GET /notes (com.example.NotesResource#list): origin pattern \"https://*.example.com\" added",
      APPROVED + " | | 6: [CORS081] DELETE /notes/{id} (com.example.NotesResource#delete): opened to https://app.example.com",
      "@NoCrossOrigin | | 8: [CORS081] GET /notes (com.example.NotesResource#list): closed (opted-out)"})
  void eachChangeFailsTheBuildWhereItWasMade(String classPolicy, String deletePolicy, String expected) {
    approve();
    Compilation changed = compile(notes(classPolicy, deletePolicy == null ? "" : deletePolicy),
        "-Acrosscheck.exposureLock=" + lock());
    assertThat(changed.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(errors(changed)).anySatisfy(e -> assertThat(e).startsWith(expected)
        .endsWith("take it into the lock with -Acrosscheck.exposureLock.update=true once reviewed, and commit the file with the change"));
  }

  @Test
  void anOriginSourceAddedIsAChangeToReview() {
    approve();
    JavaFileObject withSource = notesResource("@CrossOrigin(origins = \"https://app.example.com\", allowedHeaders ="
            + " \"Content-Type\", originSource = NotesResource.Partners.class)",
        "  @DELETE @Path(\"{id}\") @NoCrossOrigin public void delete(@PathParam(\"id\") long id) {}"
            + "  public static final class Partners implements dev.crosscheck.OriginSource {"
            + "    public java.util.Collection<String> origins() { return java.util.List.of(); } }");
    Compilation changed = compile(withSource, "-Acrosscheck.exposureLock=" + lock());
    assertThat(changed.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(errors(changed)).anySatisfy(e -> assertThat(e).startsWith(
        "6: [CORS081] GET /notes (com.example.NotesResource#list): origin source \"com.example.NotesResource$Partners\" added"));
  }

  @Test
  void oneAnnotationsChangeIsOneErrorNamingEveryEndpoint() {
    String widened = "@CrossOrigin(origins = {\"https://app.example.com\", \"https://admin.example.com\"}, "
        + "allowedHeaders = \"Content-Type\")";
    assertThat(compile(twoMethods(APPROVED), "-Acrosscheck.exposureLock=" + lock(),
        "-Acrosscheck.exposureLock.update=true").status()).isEqualTo(Compilation.Status.SUCCESS);

    Compilation changed = compile(twoMethods(widened), "-Acrosscheck.exposureLock=" + lock());
    assertThat(errors(changed)).singleElement().asString().startsWith("6: [CORS081] GET /notes "
        + "(com.example.NotesResource#list), PUT /notes (com.example.NotesResource#put): origin "
        + "\"https://admin.example.com\" added");
  }

  private static JavaFileObject twoMethods(String classPolicy) {
    return notesResource(classPolicy, "  @PUT public String put(String body) { return body; }");
  }

  @Test
  void aMissingLockSaysHowToCreateIt() {
    Compilation compilation = compile(notes(APPROVED, "@NoCrossOrigin"), "-Acrosscheck.exposureLock=" + lock());
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(errors(compilation)).singleElement().asString()
        .contains("[CORS082] the exposure lock " + lock() + " does not exist: write it with -Acrosscheck.exposureLock.update=true");
  }

  @Test
  void theLockIsTheReport() throws IOException {
    approve();
    Compilation compilation = compile(notes(APPROVED, "@NoCrossOrigin"));
    String report = compilation.generatedFiles().stream()
        .filter(f -> f.toUri().getPath().endsWith("META-INF/crosscheck/exposure.json")).findFirst().orElseThrow()
        .getCharContent(false).toString();
    assertThat(Files.readString(lock())).isEqualTo(report);
  }
}

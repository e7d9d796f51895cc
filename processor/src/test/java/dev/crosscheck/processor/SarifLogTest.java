package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Acrosscheck.sarif}: what a code-scanning dashboard reads from the log, on sources in
 * files as a build compiles them. (That every diagnostic case's log says what javac printed, at
 * the same line and column, and is valid SARIF, the diagnostic cases check.)
 */
class SarifLogTest {

  @TempDir Path project;

  /** A resource in {@code src/main/java} of the project: one error, one warning, one silenced warning. */
  private JavaFileObject shop() throws IOException {
    return source("com/example/ShopResource.java",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(\"shop\")",
        "public class ShopResource {",
        "  @GET @CrossOrigin(origins = \"*\", allowCredentials = true)",
        "  public String list() { return \"[]\"; }",
        "  @POST @CrossOrigin(origins = \"http://kiosk.example.com\")",
        "  public void order(String body) {}",
        "  @PUT @SuppressWarnings(\"CORS008\") @CrossOrigin(origins = \"http://till.example.com\")",
        "  public void update(String body) {}",
        "}");
  }

  /** A resource with a clean policy. */
  private JavaFileObject notes() throws IOException {
    return source("com/example/NotesResource.java",
        "package com.example;",
        "import dev.crosscheck.CrossOrigin;",
        "import jakarta.ws.rs.*;",
        "@Path(\"notes\") @CrossOrigin(origins = \"https://app.example.com\")",
        "public class NotesResource {",
        "  @GET public String list() { return \"[]\"; }",
        "}");
  }

  private JavaFileObject source(String path, String... lines) throws IOException {
    Path file = project.resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines));
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  private JsonNode run(Compiler compiler, JavaFileObject source, Path log, String... compilerOptions) throws IOException {
    List<String> options = new ArrayList<>(List.of(compilerOptions));
    options.add("-Acrosscheck.sarif=" + log);
    options.add("-Acrosscheck.sarif.root=" + project);
    compiler.withProcessors(new CrossOriginProcessor()).withOptions(options).compile(source);
    String text = Files.readString(log);
    assertThat(SarifSchema.violations(text)).isEmpty();
    return SarifResults.read(text);
  }

  @Test
  void resultsNameTheRuleTheLevelAndTheFileRelativeToTheRoot() throws IOException {
    JsonNode run = run(javac(), shop(), project.resolve("target/reports/crosscheck.sarif")).path("runs").path(0);

    assertThat(run.path("originalUriBaseIds").path("SRCROOT").path("uri").asText())
        .isEqualTo(project.toUri().toString());
    List<String> results = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      JsonNode physical = result.path("locations").path(0).path("physicalLocation");
      results.add(result.path("ruleId").asText() + " " + result.path("level").asText() + " "
          + physical.path("artifactLocation").path("uriBaseId").asText() + ":"
          + physical.path("artifactLocation").path("uri").asText() + ":"
          + physical.path("region").path("startLine").asInt() + ":" + physical.path("region").path("startColumn").asInt() + " "
          + result.path("locations").path(0).path("logicalLocations").path(0).path("fullyQualifiedName").asText()
          + (result.has("suppressions") ? " suppressed " + result.path("suppressions").path(0).path("kind").asText() : ""));
    }
    assertThat(results).containsExactlyInAnyOrder(
        "CORS002 error SRCROOT:src/main/java/com/example/ShopResource.java:6:31 com.example.ShopResource.list()",
        "CORS008 warning SRCROOT:src/main/java/com/example/ShopResource.java:8:32 com.example.ShopResource.order(java.lang.String)",
        "CORS008 warning SRCROOT:src/main/java/com/example/ShopResource.java:10:60 com.example.ShopResource.update(java.lang.String) suppressed inSource");
    JsonNode first = run.path("results").path(0);
    assertThat(first.path("message").path("text").asText())
        .as("the message without its code, which SARIF carries as ruleId")
        .startsWith("origin \"*\" cannot be combined with allowCredentials = true");
  }

  @Test
  void everyRuleIsDescribedWithItsHelpAndItsWeakness() throws IOException {
    JsonNode rules = run(javac(), shop(), project.resolve("crosscheck.sarif"))
        .path("runs").path(0).path("tool").path("driver").path("rules");

    assertThat(rules).hasSize(Rule.values().length);
    JsonNode wildcard = rules.path(Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS.ordinal());
    assertThat(wildcard.path("id").asText()).isEqualTo("CORS002");
    assertThat(wildcard.path("name").asText()).isEqualTo("WildcardOriginWithCredentials");
    assertThat(wildcard.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    assertThat(wildcard.path("help").path("markdown").asText())
        .isEqualTo("`\"*\"` with `allowCredentials = true`.\n\n"
            + "browsers reject `Access-Control-Allow-Origin: *` on credentialed requests; no opt-out");
    assertThat(wildcard.path("properties").path("tags")).extracting(JsonNode::asText)
        .containsExactly("cors", "security", "external/cwe/cwe-942");
    assertThat(rules.path(Rule.NOT_CANONICAL_ORIGIN.ordinal()).path("properties").path("tags")).extracting(JsonNode::asText)
        .containsExactly("cors", "security", "external/cwe/cwe-346");
    JsonNode maxAge = rules.path(Rule.MAX_AGE_CLAMPED.ordinal());
    assertThat(maxAge.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    assertThat(maxAge.path("properties").path("tags")).extracting(JsonNode::asText).containsExactly("cors");
    for (JsonNode rule : rules) {
      assertThat(rule.path("help").path("text").asText()).as("help of %s", rule.path("id")).isNotBlank();
    }
  }

  /** A clean build writes an empty log, so that a dashboard closes the alerts it had. */
  @Test
  void aCleanBuildWritesALogWithoutResults() throws IOException {
    JsonNode run = run(javac(), notes(), project.resolve("crosscheck.sarif")).path("runs").path(0);

    assertThat(run.path("results").isArray()).isTrue();
    assertThat(run.path("results")).isEmpty();
  }

  /** A finding about the exposure lock is located at the lock file, which is in the repository. */
  @Test
  void aLockFindingPointsAtTheLockFile() throws IOException {
    JsonNode result = run(javac(), notes(), project.resolve("crosscheck.sarif"),
        "-Acrosscheck.exposureLock=" + project.resolve("cors-exposure.json")).path("runs").path(0).path("results").path(0);

    assertThat(result.path("ruleId").asText()).isEqualTo("CORS082");
    JsonNode physical = result.path("locations").path(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("cors-exposure.json");
    assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("SRCROOT");
    assertThat(physical.has("region")).as("the file as a whole").isFalse();
  }

  /** The Eclipse compiler shows processors no source positions: results name the element instead. */
  @Test
  void onTheEclipseCompilerResultsNameTheirElement() throws IOException {
    JsonNode results = run(Compiler.compiler(new EclipseCompiler()), shop(), project.resolve("crosscheck.sarif"),
        "--release", "17", "-proc:only").path("runs").path(0).path("results");

    List<String> found = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode location = result.path("locations").path(0);
      assertThat(location.has("physicalLocation")).isFalse();
      found.add(result.path("ruleId").asText() + " " + location.path("logicalLocations").path(0).path("fullyQualifiedName").asText()
          + " " + location.path("logicalLocations").path(0).path("kind").asText());
    }
    assertThat(found).contains("CORS002 com.example.ShopResource.list() function");
  }
}

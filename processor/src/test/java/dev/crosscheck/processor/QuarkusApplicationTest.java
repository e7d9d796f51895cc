package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An Application that lists its classes under Quarkus REST (the case CORS080_... has the warning):
 * no warning where the list visibly includes the generated filter, and none without Quarkus REST,
 * where the feature deploys the filter whatever the list holds. (javac only: the Eclipse compiler
 * shows processors no method bodies, so there the warning stands.)
 */
class QuarkusApplicationTest {

  private static final JavaFileObject QUARKUS_REST = JavaFileObjects.forSourceLines(
      "org.jboss.resteasy.reactive.server.ServerRequestFilter",
      "package org.jboss.resteasy.reactive.server;",
      "public @interface ServerRequestFilter {}");

  private static final JavaFileObject NOTES = JavaFileObjects.forSourceLines("com.example.NotesResource",
      "package com.example;",
      "@jakarta.ws.rs.Path(\"notes\")",
      "@dev.crosscheck.CrossOrigin(origins = \"https://app.example.com\")",
      "public class NotesResource { @jakarta.ws.rs.GET public String list() { return \"[]\"; } }");

  private static JavaFileObject application(String classes) {
    return JavaFileObjects.forSourceLines("com.example.NotesApplication",
        "package com.example;",
        "public class NotesApplication extends jakarta.ws.rs.core.Application {",
        "  public java.util.Set<Class<?>> getClasses() { return java.util.Set.of(" + classes + "); }",
        "}");
  }

  private static List<String> warnings(JavaFileObject... sources) {
    Compilation compilation = javac().withProcessors(new CrossOriginProcessor()).compile(sources);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void warnsWhereTheListLeavesTheFilterOut() {
    assertThat(warnings(QUARKUS_REST, NOTES, application("NotesResource.class")))
        .singleElement().asString().startsWith("[CORS080] Quarkus REST deploys only the classes NotesApplication.getClasses()");
  }

  @Test
  void isQuietWhereTheListHasTheFilter() {
    assertThat(warnings(QUARKUS_REST, NOTES, application("NotesResource.class, GeneratedCorsFilter.class"))).isEmpty();
  }

  @Test
  void isQuietWithoutQuarkusRest() {
    assertThat(warnings(NOTES, application("NotesResource.class"))).isEmpty();
  }
}

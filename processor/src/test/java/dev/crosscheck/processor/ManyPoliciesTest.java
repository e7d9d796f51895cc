package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A table of more distinct policies than one method of the generated class holds (250): they are
 * built by methods of bounded size, and the generated class compiles. A small table is one list.
 */
class ManyPoliciesTest {

  private static List<JavaFileObject> resources(int count) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sources.add(JavaFileObjects.forSourceLines("com.example.R" + i,
          "package com.example;",
          "@jakarta.ws.rs.Path(\"r" + i + "\")",
          "@dev.crosscheck.CrossOrigin(origins = \"https://app" + i + ".example.com\")",
          "public class R" + i + " { @jakarta.ws.rs.GET public String get() { return \"\"; } }"));
    }
    return sources;
  }

  private static String filter(Compilation compilation) throws IOException {
    assertThat(compilation.status()).as("%s", compilation.diagnostics()).isEqualTo(Compilation.Status.SUCCESS);
    return compilation.generatedSourceFile("com.example.GeneratedCorsFilter").orElseThrow()
        .getCharContent(false).toString();
  }

  @Test
  void manyPoliciesAreBuiltInBoundedMethods() throws IOException {
    String source = filter(javac().withProcessors(new CrossOriginProcessor()).compile(resources(260)));
    assertThat(source).contains("return GeneratedCorsFilter.allPolicies();").contains("// 259: @CrossOrigin on class com.example.R99");
    // Bounded: 250 policies in the first method, the other 10 in the second, and no third.
    assertThat(policiesAddedIn(source, "allPolicies0")).isEqualTo(250);
    assertThat(policiesAddedIn(source, "allPolicies1")).isEqualTo(10);
    assertThat(source).doesNotContain("allPolicies2(");
  }

  /** How many policies the generated method {@code name(List into)} adds. */
  private static int policiesAddedIn(String source, String name) {
    int start = source.indexOf("private static void " + name + "(");
    assertThat(start).as("method %s", name).isNotNegative();
    int end = source.indexOf("\n  }\n", start);
    return source.substring(start, end).split("into\\.add\\(", -1).length - 1;
  }

  @Test
  void aFewPoliciesAreOneList() throws IOException {
    String source = filter(javac().withProcessors(new CrossOriginProcessor()).compile(resources(3)));
    assertThat(source).containsPattern("return List\\.of\\(\\s+// 0: @CrossOrigin").doesNotContain("allPolicies0(")
        .contains("// 0: @CrossOrigin on class com.example.R0");
  }
}

package dev.crosscheck.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * The generated filter names as originating elements every type and package whose annotations
 * decide its table, so that Gradle and IDEs regenerate it when any of them changes: here a package
 * policy and an interface's policy, besides the resource.
 */
class OriginatingElementsTest {

  /** The processor, with a Filer that records the originating elements of the sources it writes. */
  static final class Recording extends AbstractProcessor {
    final CrossOriginProcessor processor = new CrossOriginProcessor();
    final List<String> origins = new ArrayList<>();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      Filer filer = env.getFiler();
      Filer recording = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
          (proxy, method, args) -> {
            if (method.getName().equals("createSourceFile") && args[0].toString().endsWith("GeneratedCorsFilter")) {
              for (Element e : (Element[]) args[1]) {
                origins.add(e.getKind() + " " + e);
              }
            }
            return method.invoke(filer, args);
          });
      processor.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class},
          (proxy, method, args) -> method.getName().equals("getFiler") ? recording : method.invoke(env, args)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  @Test
  void everyTypeAndPackageAPolicyCameFromOriginatesTheFilter() {
    Recording recording = new Recording();
    Compilation compilation = javac().withProcessors(recording).compile(
        JavaFileObjects.forSourceLines("com.example.api.package-info",
            "@dev.crosscheck.CrossOrigin(origins = \"https://app.example.com\")",
            "package com.example.api;"),
        JavaFileObjects.forSourceLines("com.example.shared.Audited",
            "package com.example.shared;",
            "@dev.crosscheck.CrossOrigin(maxAge = 600)",
            "public interface Audited {}"),
        JavaFileObjects.forSourceLines("com.example.api.OrdersResource",
            "package com.example.api;",
            "@jakarta.ws.rs.Path(\"orders\")",
            "public class OrdersResource implements com.example.shared.Audited {",
            "  @jakarta.ws.rs.GET public String list() { return \"\"; }",
            "}"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(recording.origins).contains(
        "CLASS com.example.api.OrdersResource", "PACKAGE com.example.api", "INTERFACE com.example.shared.Audited");
  }
}

package dev.crosscheck.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/**
 * What the compilation can see, which decides what generated code may refer to: generated code
 * must compile wherever the resources compile.
 *
 * @param generatedAnnotation {@code javax.annotation.processing.Generated} is readable (the
 *     unnamed module, or a module that requires {@code java.compiler})
 * @param priorityAnnotation {@code jakarta.annotation.Priority} is on the class path
 *     ({@code jakarta.ws.rs-api} alone does not bring it)
 * @param quarkusRest Quarkus REST is on the class path: it loads no {@code Feature} services and
 *     deploys only the providers its build finds annotated {@code @Provider}
 */
public record ClassPathFacts(boolean generatedAnnotation, boolean priorityAnnotation, boolean quarkusRest) {

  /** A type of Quarkus REST's server API, which its applications compile against. */
  public static final String QUARKUS_REST = "org.jboss.resteasy.reactive.server.ServerRequestFilter";

  static final String GENERATOR = "dev.crosscheck.processor.CrossOriginProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** Marks a generated type, without a date, so that output stays reproducible. */
  TypeSpec.Builder markGenerated(TypeSpec.Builder type) {
    if (generatedAnnotation) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
    }
    return type;
  }
}

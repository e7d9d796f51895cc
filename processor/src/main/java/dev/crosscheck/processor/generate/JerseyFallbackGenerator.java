package dev.crosscheck.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes Jersey's fallback: Jersey loads {@code ForcedAutoDiscoverable} services even when an
 * application sets {@code jakarta.ws.rs.loadServices=false}. Generated only when Jersey is on the
 * compilation's class path, since the class implements a Jersey interface.
 *
 * <p>It registers the feature class rather than running it: Jersey catches and logs (at FINE)
 * whatever an auto-discoverable throws, which would turn a refused configuration into an
 * application without CORS, whereas a registered feature's failure stops the start.
 */
public final class JerseyFallbackGenerator {

  public static final String FORCED_AUTO_DISCOVERABLE = "org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable";
  private static final ClassName FEATURE_CONTEXT = ClassName.get("jakarta.ws.rs.core", "FeatureContext");
  private static final ClassName CONSTRAINED_TO = ClassName.get("jakarta.ws.rs", "ConstrainedTo");
  private static final ClassName RUNTIME_TYPE = ClassName.get("jakarta.ws.rs", "RuntimeType");

  private JerseyFallbackGenerator() {}

  public static JavaFile generate(ClassName discoverable, ClassName feature, ClassPathFacts facts) {
    TypeSpec type = facts.markGenerated(TypeSpec.classBuilder(discoverable))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClassName.bestGuess(FORCED_AUTO_DISCOVERABLE))
        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(CONSTRAINED_TO).addMember("value", "$T.SERVER", RUNTIME_TYPE).build())
        .addJavadoc("Deploys {@link $T} on Jersey even with {@code jakarta.ws.rs.loadServices=false}.\n", feature)
        .addMethod(MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .addParameter(FEATURE_CONTEXT, "context")
            .beginControlFlow("if (!context.getConfiguration().isRegistered($T.class))", feature)
            .addStatement("context.register($T.class)", feature)
            .endControlFlow()
            .build())
        .build();
    return JavaFile.builder(discoverable.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }
}

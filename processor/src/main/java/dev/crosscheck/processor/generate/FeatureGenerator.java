package dev.crosscheck.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the feature that deploys the filter without any code or configuration: Jakarta REST
 * runtimes load it as a service. It registers the filter on servers only, and only if no
 * Crosscheck filter is registered already.
 */
public final class FeatureGenerator {

  private static final ClassName FEATURE = ClassName.get("jakarta.ws.rs.core", "Feature");
  private static final ClassName FEATURE_CONTEXT = ClassName.get("jakarta.ws.rs.core", "FeatureContext");
  private static final ClassName SUPPORT = ClassName.get("dev.crosscheck.runtime.filter", "CrosscheckFeatureSupport");

  private FeatureGenerator() {}

  public static JavaFile generate(ClassName feature, ClassName filter, ClassPathFacts facts) {
    TypeSpec type = facts.markGenerated(TypeSpec.classBuilder(feature))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(FEATURE)
        .addJavadoc("Registers {@link $T} on servers, once. Listed in {@code META-INF/services} as a\n"
            + "{@code jakarta.ws.rs.core.Feature} (loaded by every Jakarta REST 3.1 runtime) and as a\n"
            + "{@code jakarta.ws.rs.ext.Providers} entry (RESTEasy loads those even with\n"
            + "{@code jakarta.ws.rs.loadServices=false}).\n", filter)
        .addMethod(MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(boolean.class)
            .addParameter(FEATURE_CONTEXT, "context")
            .addStatement("return $T.registerOnce(context, $T::new)", SUPPORT, filter).build())
        .build();
    return JavaFile.builder(feature.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }
}

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
  private static final ClassName SUPPORT = ClassName.get(GeneratedCodeContract.PACKAGE, "GeneratedFeatureSupport");

  private FeatureGenerator() {}

  /** The nested feature RESTEasy's {@code jakarta.ws.rs.ext.Providers} file names. */
  public static ClassName providersEntry(ClassName feature) {
    return feature.nestedClass("ForResteasyProviders");
  }

  public static JavaFile generate(ClassName feature, ClassName filter, ClassPathFacts facts) {
    MethodSpec configure = MethodSpec.methodBuilder("configure")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(boolean.class)
        .addParameter(FEATURE_CONTEXT, "context")
        // First: against a runtime that predates the contract, the fix rather than a linkage error.
        .addStatement("$T.requireRuntime()", filter)
        .addStatement("return $T.registerOnce(context, $T::new)", SUPPORT, filter).build();
    TypeSpec type = facts.markGenerated(TypeSpec.classBuilder(feature))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(FEATURE)
        .addJavadoc("Registers {@link $T} on servers, once. Listed in {@code META-INF/services} as a\n"
            + "{@code jakarta.ws.rs.core.Feature}, which every Jakarta REST 3.1 runtime loads.\n", filter)
        .addMethod(configure)
        .addType(TypeSpec.classBuilder(providersEntry(feature))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(FEATURE)
            .addJavadoc("The same, listed in {@code META-INF/services/jakarta.ws.rs.ext.Providers}, which RESTEasy\n"
                + "loads even with {@code jakarta.ws.rs.loadServices=false}. A class of its own: RESTEasy\n"
                + "warns (RESTEASY002155) at every start when both files name one class.\n")
            .addMethod(configure)
            .build())
        .build();
    return JavaFile.builder(feature.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }
}

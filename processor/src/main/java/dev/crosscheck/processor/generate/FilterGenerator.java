package dev.crosscheck.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.route.RouteRows;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the filter of one compilation: a final class whose table of (path template, HTTP method)
 * to policy is code, so that nothing is scanned or reflected on at run time. Policies and routes
 * are built by methods of bounded size, so that tens of thousands of routes stay within the
 * limits of a class file's methods.
 */
public final class FilterGenerator {

  private static final int ROWS_PER_METHOD = 250;
  private static final int METHODS_PER_CLASS = 4;

  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  // What generated code may call: the runtime's generated-code contract, and nothing else of it.
  private static final ClassName CONTRACT = ClassName.get(GeneratedCodeContract.PACKAGE, "Contract");
  private static final ClassName MARK = ClassName.get(GeneratedCodeContract.PACKAGE, "CrosscheckGenerated");
  private static final ClassName POLICY = ClassName.get(GeneratedCodeContract.PACKAGE, "GeneratedPolicy");
  private static final ClassName TABLE = ClassName.get(GeneratedCodeContract.PACKAGE, "GeneratedTable");
  private static final ClassName SUPPORT = ClassName.get(GeneratedCodeContract.PACKAGE, "GeneratedFilterSupport");
  private static final ClassName REQUEST = ClassName.get("jakarta.ws.rs.container", "ContainerRequestContext");
  private static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.container", "ContainerResponseContext");
  private static final ClassName CONTEXT = ClassName.get("jakarta.ws.rs.core", "Context");
  private static final ClassName APPLICATION = ClassName.get("jakarta.ws.rs.core", "Application");
  private static final ClassName RESOURCE_INFO = ClassName.get("jakarta.ws.rs.container", "ResourceInfo");
  private static final ClassName FEATURE_CONTEXT = ClassName.get("jakarta.ws.rs.core", "FeatureContext");
  private static final ClassName PRE_MATCHING = ClassName.get("jakarta.ws.rs.container", "PreMatching");
  private static final ClassName PROVIDER = ClassName.get("jakarta.ws.rs.ext", "Provider");
  private static final ClassName PRIORITY = ClassName.get("jakarta.annotation", "Priority");
  private static final ClassName PRIORITIES = ClassName.get("jakarta.ws.rs", "Priorities");
  private static final ClassName CONSTRAINED_TO = ClassName.get("jakarta.ws.rs", "ConstrainedTo");
  private static final ClassName RUNTIME_TYPE = ClassName.get("jakarta.ws.rs", "RuntimeType");

  private FilterGenerator() {}

  /**
   * @param routes sorted; every route of every root resource of the compilation
   * @param classesWithPolicies sorted binary names of the classes that carry a policy annotation
   * @param facts without {@code jakarta.annotation.Priority}, the filter runs at the default priority
   */
  public static SplicedSource generate(ClassName filter, List<GeneratedRoute> routes, List<String> classesWithPolicies,
      ClassPathFacts facts) {
    SplicedSource source = new SplicedSource();
    Map<CorsPolicy, Integer> policyIndex = new LinkedHashMap<>();
    // Routes of one policy share its instance: found by identity first, the policy is hashed (all
    // its lists) once per instance rather than once per route.
    Map<CorsPolicy, Integer> indexOfInstance = new IdentityHashMap<>();
    Map<Integer, Set<String>> policySources = new HashMap<>();
    for (GeneratedRoute generated : routes) {
      CorsPolicy policy = generated.route().policy();
      if (policy != null && !indexOfInstance.containsKey(policy)) {
        policyIndex.putIfAbsent(policy, policyIndex.size());
        indexOfInstance.put(policy, policyIndex.get(policy));
      }
    }
    for (GeneratedRoute generated : routes) {
      CorsPolicy policy = generated.route().policy();
      if (policy != null) {
        policySources.computeIfAbsent(indexOfInstance.get(policy), i -> new LinkedHashSet<>())
            .add(String.join(" + ", generated.policySources()));
      }
    }

    TypeSpec.Builder type = facts.markGenerated(TypeSpec.classBuilder(filter))
        .addAnnotation(AnnotationSpec.builder(MARK).addMember("contract", "$L", GeneratedCodeContract.VERSION)
            .addMember("processor", "$S", GeneratedCodeContract.PROCESSOR_VERSION).build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        // The Jakarta REST contracts only, named here: a class whose supertypes all exist loads
        // against any runtime jar, so it can say which one it needs (requireRuntime) rather than
        // fail to link. Quarkus's build also finds providers by the interfaces a class names itself.
        .addSuperinterface(ClassName.get("jakarta.ws.rs.container", "ContainerRequestFilter"))
        .addSuperinterface(ClassName.get("jakarta.ws.rs.container", "ContainerResponseFilter"))
        .addSuperinterface(ClassName.get("jakarta.ws.rs.container", "DynamicFeature"))
        .addAnnotation(PRE_MATCHING)
        .addAnnotation(AnnotationSpec.builder(CONSTRAINED_TO).addMember("value", "$T.SERVER", RUNTIME_TYPE).build())
        .addJavadoc("CORS for the resources of this compilation, generated by Crosscheck from their\n"
            + "{@code @CrossOrigin} policies, which the compiler has checked.\n\n"
            + "<p>{@link Table} holds every resource method of the compilation's root resources, so that\n"
            + "a preflight, answered before the runtime matches anything, finds the resource method the\n"
            + "runtime will choose; a route without a policy is not open cross-origin. The response to an\n"
            + "actual request gets the headers of the method that ran, from a response filter the runtime\n"
            + "binds to that method ({@link #configure}). Placeholders in origins are resolved, and\n"
            + "checked again, when the filter is created; a violation stops the application's start.\n");

    if (facts.quarkusRest()) {
      // Quarkus REST's build deploys this class itself, as the request filter and the dynamic
      // feature it is; it never loads the feature's service file. The response side too: errors
      // Quarkus raises before any method runs (415, 406) reach no filter bound to a method, and
      // get their route's grant there.
      type.addAnnotation(PROVIDER);
    }
    if (facts.priorityAnnotation()) {
      // Before authentication: preflights carry no credentials and must not be refused for lacking them.
      type.addAnnotation(AnnotationSpec.builder(PRIORITY).addMember("value", "$T.AUTHENTICATION - 100", PRIORITIES).build());
    }
    ParameterizedTypeName policyList = ParameterizedTypeName.get(LIST, POLICY);
    List<CorsPolicy> policies = new ArrayList<>(policyIndex.keySet());
    RowWriter policyWriter = (code, i) -> code.add("// $L: @CrossOrigin on $L\n", i, sourcesComment(policySources.get(i)))
        .add("$L", policyCode(policies.get(i)));
    List<String> routeLines = new ArrayList<>();
    for (GeneratedRoute generated : routes) {
      Route route = generated.route();
      String policy = route.policy() == null ? RouteRows.closedField(route.closed()) : String.valueOf(indexOfInstance.get(route.policy()));
      routeLines.add(RouteRows.line(route, policy));
    }
    CodeBlock routeChunks = TextConstants.add(type, source, "ROUTE_ROWS", routeLines);
    ParameterizedTypeName stringList = ParameterizedTypeName.get(LIST, ClassName.get(String.class));
    List<String> classLines = classesWithPolicies.stream().map(c -> c + "\n").toList();
    CodeBlock classChunks = classLines.isEmpty() ? CodeBlock.of("") : TextConstants.add(type, source, "POLICY_CLASSES", classLines);
    type.addField(FieldSpec.builder(SUPPORT, "cors", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addStatement("requireRuntime()")
        .addStatement("cors = $T.start(Table::new, $T.class)", SUPPORT, filter).build());
    type.addMethod(requireRuntime(filter));
    if (policies.size() > ROWS_PER_METHOD) {
      addChunked(type, "allPolicies", POLICY, policies.size(), (code, i) -> {
        policyWriter.write(code.add("into.add(\n"), i);
        code.add(");\n");
      });
    }
    type.addMethod(MethodSpec.methodBuilder("filter")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(REQUEST, "request")
        .addStatement("cors.onRequest(request)").build());
    type.addField(FieldSpec.builder(RESOURCE_INFO, "resourceInfo", Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("filter")
        .addJavadoc("Where the filter is registered by hand (Apache CXF), also a response filter: the response\n"
            + "of a method the runtime never reported to {@link #configure} gets its policy's headers.\n")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(REQUEST, "request").addParameter(RESPONSE, "response")
        .addException(IOException.class)
        .addStatement("cors.onResponse(resourceInfo, request, response)").build());
    type.addMethod(MethodSpec.methodBuilder("setResourceInfo")
        .addJavadoc("What ran, injected by the runtime, for the response fallback.\n")
        .addAnnotation(CONTEXT).addModifiers(Modifier.PUBLIC)
        .addParameter(RESOURCE_INFO, "resourceInfo")
        .addStatement("this.resourceInfo = resourceInfo").build());
    type.addMethod(MethodSpec.methodBuilder("setApplication")
        .addJavadoc("The application this filter serves, injected by the runtime: only the resources it\n"
            + "deploys count for preflights, and a conflict among them stops the start.\n")
        .addAnnotation(CONTEXT).addModifiers(Modifier.PUBLIC)
        .addParameter(APPLICATION, "application")
        .addStatement("cors.deployedBy(application)").build());
    type.addMethod(MethodSpec.methodBuilder("configure")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(RESOURCE_INFO, "resourceInfo").addParameter(FEATURE_CONTEXT, "context")
        .addStatement("cors.configure(resourceInfo, context)").build());
    type.addType(TypeSpec.classBuilder("Table")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(TABLE)
        .addJavadoc("This compilation's table, for the filter of whichever jar of the application starts. Its\n"
            + "routes are text, a line each: HTTP method, root class, root template, method template, resource\n"
            + "class (empty: the root class), Java method, policy (an index into {@link #policies()}; not open\n"
            + "cross-origin: {@code -} no policy, {@code !} opted out, {@code ~} its policy's methods leave it\n"
            + "out), then the sub-resource locators' templates.\n")
        .addMethod(MethodSpec.methodBuilder("contract")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(int.class)
            .addStatement("return $L", GeneratedCodeContract.VERSION).build())
        .addMethod(MethodSpec.methodBuilder("processorVersion")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(String.class)
            .addStatement("return $S", GeneratedCodeContract.PROCESSOR_VERSION).build())
        .addMethod(MethodSpec.methodBuilder("policies")
            .addJavadoc("The distinct policies, in the order the routes first use them, each with the annotations\n"
                + "it merges (general first).\n")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(policyList)
            .addStatement("return $L", policies.size() <= ROWS_PER_METHOD ? flatList(policies.size(), policyWriter)
                : CodeBlock.of("$T.allPolicies()", filter)).build())
        .addMethod(MethodSpec.methodBuilder("routeRows")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(stringList)
            .addStatement("return $T.of($L)", LIST, routeChunks).build())
        .addMethod(MethodSpec.methodBuilder("classesWithPolicies")
            .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(stringList)
            .addStatement("return $T.of($L)", LIST, classChunks).build())
        .build());
    return source.of(JavaFile.builder(filter.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build());
  }

  /**
   * The check generated code makes before it calls the runtime: a runtime without the contract
   * would fail to link; one with another version says so with both versions.
   */
  private static MethodSpec requireRuntime(ClassName filter) {
    String message = "Crosscheck: " + filter.reflectionName() + " was generated by crosscheck-processor "
        + GeneratedCodeContract.PROCESSOR_VERSION + " for generated-code contract " + GeneratedCodeContract.VERSION
        + ", and the crosscheck-runtime on the class path predates that contract: use crosscheck-runtime "
        + GeneratedCodeContract.PROCESSOR_VERSION + ", the version of crosscheck-processor, or compile with the"
        + " crosscheck-processor of the runtime's version";
    return MethodSpec.methodBuilder("requireRuntime")
        .addJavadoc("Stops here, with the fix, where crosscheck-runtime is not the one this class was generated\n"
            + "for, rather than fail to link to it.\n")
        .addModifiers(Modifier.STATIC)
        .beginControlFlow("try")
        .addStatement("$T.forName($S, false, $T.class.getClassLoader())", Class.class, CONTRACT.reflectionName(), filter)
        .nextControlFlow("catch ($T e)", ClassNotFoundException.class)
        .addStatement("throw new $T($S)", IllegalStateException.class, message)
        .endControlFlow()
        .addStatement("$T.require($L, $S, $T.class)", CONTRACT, GeneratedCodeContract.VERSION,
            GeneratedCodeContract.PROCESSOR_VERSION, filter)
        .build();
  }

  private interface RowWriter {
    void write(CodeBlock.Builder code, int index);
  }

  /**
   * {@code name()} returning a list built by {@code name0(into)}, {@code name1(into)}, ... of
   * bounded size. A large table spreads those methods over nested classes, each with a constant
   * pool of its own, so that tens of thousands of rows stay within a class file's limits.
   */
  private static void addChunked(TypeSpec.Builder type, String name, ClassName element, int count, RowWriter writer) {
    ParameterizedTypeName listType = ParameterizedTypeName.get(LIST, element);
    MethodSpec.Builder all = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(listType)
        .addStatement("$T into = new $T<>($L)", listType, ARRAY_LIST, count);
    boolean nested = count > ROWS_PER_METHOD * METHODS_PER_CLASS;
    TypeSpec.Builder holder = null;
    String holderName = null;
    for (int start = 0, part = 0; start < count; start += ROWS_PER_METHOD, part++) {
      CodeBlock.Builder body = CodeBlock.builder();
      for (int i = start; i < Math.min(count, start + ROWS_PER_METHOD); i++) {
        writer.write(body, i);
      }
      MethodSpec.Builder method = MethodSpec.methodBuilder(name + part)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(listType, "into")
          .addCode(body.build());
      if (!nested) {
        type.addMethod(method.build());
        all.addStatement("$N(into)", name + part);
        continue;
      }
      if (part % METHODS_PER_CLASS == 0) {
        if (holder != null) {
          type.addType(holder.build());
        }
        holderName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Part" + (part / METHODS_PER_CLASS);
        holder = TypeSpec.classBuilder(holderName).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
      }
      holder.addMethod(method.build());
      all.addStatement("$N.$N(into)", holderName, name + part);
    }
    if (holder != null) {
      type.addType(holder.build());
    }
    type.addMethod(all.addStatement("return $T.copyOf(into)", LIST).build());
  }

  /** {@code List.of(...)} of the items, one after the other: what a small table reads best as. */
  private static CodeBlock flatList(int count, RowWriter writer) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n", LIST).indent().indent();
    for (int i = 0; i < count; i++) {
      writer.write(code, i);
      code.add(i + 1 < count ? ",\n" : ")");
    }
    return code.unindent().unindent().build();
  }

  /** The annotations behind a policy; equal values written in several places name the first few. */
  private static String sourcesComment(Set<String> sources) {
    List<String> all = new ArrayList<>(sources);
    String shown = String.join("; ", all.subList(0, Math.min(3, all.size())));
    return all.size() > 3 ? shown + "; and " + (all.size() - 3) + " more" : shown;
  }

  /** The policy by name, every attribute written, so that the table says all it grants. */
  private static CodeBlock policyCode(CorsPolicy p) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder()\n", POLICY).indent().indent()
        .add(".origins($L)\n", strings(p.origins()))
        .add(".originPatterns($L)\n", strings(p.originPatterns()))
        .add(".methods($L)\n", strings(p.methods()))
        .add(".allowedHeaders($L)\n", strings(p.allowedHeaders()))
        .add(".exposedHeaders($L)\n", strings(p.exposedHeaders()))
        .add(".allowCredentials($L)\n", p.allowCredentials())
        .add(".maxAge($LL)\n", p.maxAge())
        .add(".allowPrivateNetwork($L)\n", p.allowPrivateNetwork())
        .add(".acceptedRisks($L)\n", strings(p.acceptedRisks()));
    if (p.originSource() != null) {
      code.add(".originSource($S)\n", p.originSource());
    }
    return code.add(".build()").unindent().unindent().build();
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      code.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return code.build();
  }


}

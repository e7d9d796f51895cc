package dev.crosscheck.processor.generate;

import com.palantir.javapoet.ClassName;
import com.sun.source.util.Trees;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.path.PathTemplate;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes what one compilation deploys: the filter with its table, the feature, the service files
 * that make both load without configuration, and the runtime-specific fallbacks.
 */
public final class TableWriter {

  /** Processor option naming the package of the generated classes. */
  public static final String PACKAGE_OPTION = "crosscheck.package";

  private final Filer filer;
  private final Elements elements;
  private final Trees trees;

  /** @param trees javac's trees, or null on another compiler */
  public TableWriter(Filer filer, Elements elements, Trees trees) {
    this.filer = filer;
    this.elements = elements;
    this.trees = trees;
  }

  /** The package the generated classes go to: the option's, or that of the first root resource with a policy. */
  public static String packageOf(List<GeneratedRoute> routes, Optional<String> packageOption) {
    String firstRoot = routes.stream().map(GeneratedRoute::route).filter(r -> r.policy() != null).map(Route::rootClass)
        .min(Comparator.naturalOrder()).orElseThrow();
    return packageOption.orElseGet(() -> firstRoot.contains(".") ? firstRoot.substring(0, firstRoot.lastIndexOf('.')) : "");
  }

  private static ClassName filterIn(String pkg) {
    return ClassName.get(pkg, "GeneratedCorsFilter");
  }

  private static ClassName featureIn(String pkg) {
    return ClassName.get(pkg, "GeneratedCorsFeature");
  }

  /** The generated feature, by the name a module declaration gives it. */
  public static String featureName(String pkg) {
    return featureIn(pkg).canonicalName();
  }

  /** The generated table, by the name a module declaration gives it. */
  public static String tableName(String pkg) {
    return filterIn(pkg).nestedClass("Table").canonicalName();
  }

  /** The declaration of the module the table's resources are in, or empty on the class path. */
  public Optional<ModuleDeclaration> module(List<GeneratedRoute> routes) {
    return ModuleDeclaration.of(elements.getTypeElement(routes.get(0).route().rootClass().replace('$', '.')), elements, trees);
  }

  /** The routes of the table, sorted so that the output does not depend on the order of sources. */
  public static List<GeneratedRoute> routes(List<GovernedEndpoint> endpoints, Elements elements) {
    List<GeneratedRoute> routes = new ArrayList<>();
    Set<PathTemplate> headTemplates = new HashSet<>();
    endpoints.stream().map(GovernedEndpoint::endpoint).filter(e -> e.httpMethod().equals("HEAD"))
        .forEach(e -> headTemplates.add(e.template()));
    Names names = new Names();
    for (GovernedEndpoint governed : endpoints) {
      Endpoint endpoint = governed.endpoint();
      CorsPolicy policy = governed.openPolicy().orElse(null);
      List<String> locators = endpoint.locatorTemplates().stream().map(PathTemplate::text).toList();
      String rootClass = elements.getBinaryName(endpoint.root()).toString();
      List<ElementRef> sources = sources(endpoint, names);
      String resourceClass = elements.getBinaryName(endpoint.resource()).toString();
      Route.Closed closed = governed.closed().orElse(null);
      List<String> policySources = governed.policy().map(m -> m.contributors().stream()
          .map(w -> w.site(elements, endpoint.method())).toList()).orElse(List.of());
      routes.add(new GeneratedRoute(new Route(rootClass, endpoint.rootTemplate().text(), locators,
          endpoint.methodTemplate().text(), endpoint.httpMethod(), resourceClass, endpoint.javaMethod(), policy, closed),
          sources, policySources));
      // HEAD follows GET unless a method declares HEAD; a policy may open HEAD without GET.
      Optional<CorsPolicy> opensHeadOnly = governed.policy().map(m -> m.policy())
          .filter(p -> endpoint.httpMethod().equals("GET") && p.methods().contains("HEAD") && !GovernedEndpoint.opens(p, "GET"));
      if (opensHeadOnly.isPresent() && !headTemplates.contains(endpoint.template())) {
        routes.add(new GeneratedRoute(new Route(rootClass, endpoint.rootTemplate().text(), locators,
            endpoint.methodTemplate().text(), "HEAD", resourceClass, endpoint.javaMethod(), opensHeadOnly.get(), null),
            sources, policySources));
      }
    }
    return sorted(routes);
  }

  /** Routes in an order that does not depend on the order of sources or rounds. */
  public static List<GeneratedRoute> sorted(List<GeneratedRoute> routes) {
    // The locators' templates joined once per route, not once per comparison.
    Map<GeneratedRoute, String> locators = new IdentityHashMap<>();
    routes.forEach(g -> locators.put(g, String.join("/", g.route().locatorTemplates())));
    List<GeneratedRoute> sorted = new ArrayList<>(routes);
    sorted.sort(Comparator.comparing((GeneratedRoute g) -> g.route().rootTemplate())
        .thenComparing(locators::get)
        .thenComparing(g -> g.route().methodTemplate())
        .thenComparing(g -> g.route().httpMethod()).thenComparing(g -> g.route().resourceClass())
        .thenComparing(g -> g.route().javaMethod()));
    return sorted;
  }

  /** The types and packages whose annotations decide an endpoint's route: methods stand for their class. */
  private static List<ElementRef> sources(Endpoint endpoint, Names names) {
    Set<Element> sources = new LinkedHashSet<>();
    sources.add(endpoint.root());
    sources.add(endpoint.resource());
    for (Element site : endpoint.policySites()) {
      sources.add(site instanceof TypeElement || site.getKind() == javax.lang.model.element.ElementKind.PACKAGE
          ? site : site.getEnclosingElement());
    }
    return names.shared(sources.stream().map(names::of).distinct().toList());
  }

  /**
   * The endpoints of a class share their sources: each element is put into a name once, and each
   * distinct list of names is kept once, for the routes and the originating elements alike.
   */
  private static final class Names {
    private final Map<Element, ElementRef> refs = new HashMap<>();
    private final Map<List<ElementRef>, List<ElementRef>> lists = new HashMap<>();

    ElementRef of(Element element) {
      return refs.computeIfAbsent(element, ElementRef::of);
    }

    List<ElementRef> shared(List<ElementRef> sources) {
      return lists.computeIfAbsent(sources, s -> s);
    }
  }

  /**
   * @param classesWithPolicies binary names of the classes carrying a policy annotation, so that
   *     the runtime never gives one of them, returned by a locator, its superclass's policy
   * @param module the declaration of the resources' module ({@link #module}), read once by the caller
   */
  public void write(List<GeneratedRoute> routes, Optional<String> packageOption, List<String> classesWithPolicies,
      Optional<ModuleDeclaration> module) throws IOException {
    String pkg = packageOf(routes, packageOption);
    ClassName filter = filterIn(pkg);
    ClassName feature = featureIn(pkg);
    Element[] originating = originatingElements(routes);
    ClassPathFacts facts = new ClassPathFacts(
        module.map(m -> m.requires("java.compiler")).orElse(true),
        elements.getTypeElement("jakarta.annotation.Priority") != null,
        elements.getTypeElement(ClassPathFacts.QUARKUS_REST) != null);

    writeSource(filter, FilterGenerator.generate(filter, routes, classesWithPolicies, facts), originating);
    writeSource(feature, SplicedSource.plain(FeatureGenerator.generate(feature, filter, facts)), originating);
    service("jakarta.ws.rs.core.Feature", feature.reflectionName(), originating);
    // RESTEasy's fallback for loadServices=false: it registers the providers listed here.
    service("jakarta.ws.rs.ext.Providers", FeatureGenerator.providersEntry(feature).reflectionName(), originating);
    service(GeneratedCodeContract.PACKAGE + ".GeneratedTable", filter.nestedClass("Table").reflectionName(), originating);
    writeIndex(routes, classesWithPolicies, originating);
  }

  /**
   * Where a later, partial compilation finds what this one saw: {@code root <binary name>} for
   * each root resource of the table, {@code policy <binary name>} for each class that carries a
   * policy annotation. A compilation of only some sources re-reads the others from their class
   * files (see {@link CompilationIndex}).
   */
  private void writeIndex(List<GeneratedRoute> routes, List<String> classesWithPolicies, Element[] originating) throws IOException {
    Set<String> lines = new LinkedHashSet<>();
    routes.stream().map(g -> g.route().rootClass()).distinct().sorted().forEach(root -> lines.add("root " + root));
    classesWithPolicies.forEach(name -> lines.add("policy " + name));
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", CompilationIndex.PATH, originating);
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        writer.write(line + "\n");
      }
    }
  }

  /**
   * Every type and package whose annotations decide the table (roots, sub-resources, every class,
   * interface and package a policy came from), so that an incremental build (Gradle, an IDE)
   * regenerates the table whenever any of them changes.
   */
  private Element[] originatingElements(List<GeneratedRoute> routes) {
    Set<ElementRef> names = new LinkedHashSet<>();
    Set<List<ElementRef>> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // routes share their lists
    routes.stream().map(GeneratedRoute::sources).filter(seen::add).forEach(names::addAll);
    return names.stream().map(n -> n.resolve(elements)).filter(Objects::nonNull).distinct().toArray(Element[]::new);
  }

  /** The originating elements are every contributing type and package, as incremental builds of aggregating processors need. */
  private void writeSource(ClassName name, SplicedSource file, Element[] originating) throws IOException {
    try (Writer writer = filer.createSourceFile(name.canonicalName(), originating).openWriter()) {
      file.writeTo(writer);
    }
  }

  /**
   * Writes a service file with the provider added to what the class output already lists, as the
   * project's own resources or an earlier compilation may have put providers there.
   */
  private void service(String service, String provider, Element[] originating) throws IOException {
    String path = "META-INF/services/" + service;
    Set<String> providers = new LinkedHashSet<>();
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(existing.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          String entry = line.replaceAll("#.*", "").strip();
          if (!entry.isEmpty()) {
            providers.add(entry);
          }
        }
      }
    } catch (IOException | IllegalArgumentException noFileYet) {
      // Nothing listed yet.
    }
    providers.add(provider);
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String entry : providers) {
        writer.write(entry + "\n");
      }
    }
  }
}

package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.answer.DecisionListeners;
import dev.crosscheck.runtime.internal.answer.OneCorsLayer;
import dev.crosscheck.runtime.internal.answer.Refusals;
import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.platform.ApplicationSettings;
import dev.crosscheck.runtime.internal.platform.QuarkusHttpCors;
import dev.crosscheck.runtime.internal.route.CompilationTable;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.route.StaleRows;
import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.internal.config.PlaceholderResolver;
import dev.crosscheck.runtime.internal.config.ResolvedPolicy;
import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.internal.path.PathTemplate;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import dev.crosscheck.runtime.internal.rules.PolicyRules;
import dev.crosscheck.runtime.internal.rules.Violation;
import dev.crosscheck.runtime.internal.source.OriginSourceReader;
import dev.crosscheck.runtime.internal.source.SourcedOrigins;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the engine when a generated filter starts: gathers the routes of every compilation on the
 * class path, resolves configured values and runs the rulebook on them, then compiles the table.
 * Any problem stops the start with a {@link CorsConfigurationException}; nothing is allowed by
 * default.
 */
public final class CorsEngineFactory {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  private CorsEngineFactory() {}

  /**
   * The engine for the tables of an application's compilations, gathered when it is built: at
   * once, or, for a filter a generated feature makes, when the runtime first uses it ({@link
   * CrosscheckFeatureSupport#isRegistering()}).
   *
   * @param loader the generated filter's class loader: listeners and the application's classes
   */
  public static CorsEngine start(Supplier<List<CompilationTable>> tables, ClassLoader loader) {
    CorsEngine engine = new CorsEngine(() -> build(tables.get(), loader));
    if (!CrosscheckFeatureSupport.isRegistering()) {
      engine.build();
    }
    return engine;
  }

  private static EngineParts build(List<CompilationTable> tables, ClassLoader loader) {
    Set<String> classesWithPolicies = new LinkedHashSet<>();
    tables.forEach(t -> classesWithPolicies.addAll(t.classesWithPolicies()));
    EngineParts parts = build(StaleRows.dropped(tables, loader), ApplicationSettings.of(loader), DecisionListeners.load(loader),
        locatorTargetsWithForeignSubclasses(tables, loader), isQuarkusRest(loader), loader);
    parts.bindings().knowClassesWithPolicies(classesWithPolicies);
    QuarkusHttpCors.warning(loader).ifPresent(warning -> LOG.log(System.Logger.Level.WARNING, warning));
    return parts;
  }

  /**
   * Quarkus REST's build deploys every resource it indexes (an {@code Application} whose classes
   * would restrict that must list the generated filter too, CORS080), and it injects no {@code
   * Application} into the filter: there the table is every route, known from the start.
   */
  private static boolean isQuarkusRest(ClassLoader loader) {
    // Looked up as a class file: loading it would initialize nothing, but costs more.
    return loader.getResource("org/jboss/resteasy/reactive/server/core/Deployment.class") != null;
  }

  /**
   * The classes that a locator of one compilation declares it returns and that have, in another
   * compilation, a subclass with a policy of its own (in one compilation, that is CORS078): the
   * locator may return the subclass, so a preflight there cannot know which policy applies.
   * Found when the filter starts, by loading the classes named; logged as a warning.
   */
  private static Set<String> locatorTargetsWithForeignSubclasses(List<CompilationTable> sources, ClassLoader loader) {
    // Only another compilation's class can be such a subclass, and only a locator's target can have
    // one: without both, no class is loaded (a table of thousands of classes would load them all).
    if (sources.size() < 2 || !anyLocator(sources)) {
      return Set.of();
    }
    // Each compilation's classes with a policy, loaded once.
    Map<CompilationTable, Map<String, Class<?>>> withPolicies = new IdentityHashMap<>();
    for (CompilationTable source : sources) {
      Map<String, Class<?>> loaded = new LinkedHashMap<>();
      for (String name : source.classesWithPolicies()) {
        Class<?> type = load(name, loader);
        if (type != null) {
          loaded.put(name, type);
        }
      }
      withPolicies.put(source, loaded);
    }
    Set<String> found = new LinkedHashSet<>();
    for (CompilationTable source : sources) {
      Set<String> targets = new LinkedHashSet<>();
      source.routes().stream().filter(r -> !r.locatorTemplates().isEmpty()).forEach(r -> targets.add(r.resourceClass()));
      for (String target : targets) {
        Class<?> declared = load(target, loader);
        if (declared == null || java.lang.reflect.Modifier.isFinal(declared.getModifiers())) {
          continue;
        }
        withPolicies.forEach((other, loaded) -> loaded.forEach((name, candidate) -> {
          if (other != source && candidate != declared && declared.isAssignableFrom(candidate) && found.add(target)) {
            LOG.log(System.Logger.Level.WARNING, "[CORS078] a sub-resource locator is declared to return " + target
                + ", and " + name + ", a subclass from another compilation, has a CORS policy of its own: a "
                + "preflight is answered before the locator runs, so preflights to the paths it serves are refused; "
                + "compile the two together, and Crosscheck will check their policies against each other");
          }
        }));
      }
    }
    return found;
  }

  private static boolean anyLocator(List<CompilationTable> sources) {
    for (CompilationTable source : sources) {
      for (Route route : source.routes()) {
        if (!route.locatorTemplates().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** The engine for exactly these routes, with placeholders looked up in {@code lookup}, every route deployed. */
  public static CorsEngine start(List<Route> routes, ConfigurationLookup lookup) {
    return start(routes, lookup, new DecisionListeners(List.of()));
  }

  /** @param listeners told of each decision: the ones the application's class path lists */
  public static CorsEngine start(List<Route> routes, ConfigurationLookup lookup, DecisionListeners listeners) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : CorsEngineFactory.class.getClassLoader();
    return new CorsEngine(build(routes, lookup, listeners, Set.of(), true, loader));
  }

  /** @param loader where the policies' origin sources are */
  private static EngineParts build(List<Route> routes, ConfigurationLookup lookup, DecisionListeners listeners,
      Set<String> polymorphic, boolean deploysEveryRoute, ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    PlaceholderResolver resolver = new PlaceholderResolver(lookup);
    Map<CorsPolicy, CompiledPolicy> compiled = new IdentityHashMap<>();
    Set<String> origins = new TreeSet<>();
    Set<String> patterns = new TreeSet<>();
    Map<String, OriginSourceReader> sources = new TreeMap<>();
    for (Route route : routes) {
      CorsPolicy policy = route.policy();
      if (policy == null || compiled.containsKey(policy)) {
        continue;
      }
      CorsPolicy effective = policy;
      if (PlaceholderResolver.hasPlaceholders(policy)) {
        try {
          ResolvedPolicy resolved = resolver.resolve(policy);
          effective = resolved.policy();
          checkResolved(resolved, route, problems);
        } catch (CorsConfigurationException e) {
          e.problems().forEach(p -> problems.add(p + " (policy of " + route.resourceMethod() + ")"));
          continue;
        }
      }
      String source = effective.originSource();
      if (source == null) {
        compiled.put(policy, new CompiledPolicy(effective));
      } else {
        try {
          OriginSourceReader reader = sources.computeIfAbsent(source, name -> OriginSourceReader.create(name, loader));
          compiled.put(policy, new CompiledPolicy(effective, reader.supply(new SourcedOrigins(effective, source))));
        } catch (CorsConfigurationException e) {
          e.problems().forEach(p -> problems.add(p + " (policy of " + route.resourceMethod() + ")"));
          continue;
        }
      }
      origins.addAll(effective.origins());
      patterns.addAll(effective.originPatterns());
    }
    if (!problems.isEmpty()) {
      throw new CorsConfigurationException(List.copyOf(new LinkedHashSet<>(problems)));
    }
    // Read before the first request can come, so that it finds the source's origins in force.
    sources.values().forEach(OriginSourceReader::start);
    long open = routes.stream().filter(r -> r.policy() != null).count();
    LOG.log(System.Logger.Level.INFO, "Crosscheck: " + routes.size() + " routes, " + open + " open cross-origin under "
        + compiled.size() + (compiled.size() == 1 ? " policy" : " policies") + "; origins " + (origins.isEmpty() ? "none" : String.join(", ", origins))
        + (patterns.isEmpty() ? "" : "; patterns " + String.join(", ", patterns))
        + (sources.isEmpty() ? "" : "; origins read from " + String.join(", ", sources.keySet())));
    Function<Route, CompiledPolicy> compile = r -> compiled.get(r.policy());
    Refusals refusals = Refusals.configured(lookup);
    Response.Status preflightStatus = preflightStatus(lookup);
    try {
      // Every template parsed now (each distinct one once), so that a malformed one stops the
      // start, not a request.
      Set<String> templates = new HashSet<>();
      for (Route route : routes) {
        templates.add(route.rootTemplate());
        templates.addAll(route.locatorTemplates());
        templates.add(route.methodTemplate());
      }
      for (String template : templates) {
        PathTemplate.parse(template);
      }
      OneCorsLayer layers = new OneCorsLayer();
      return new EngineParts(List.copyOf(routes), compile, new ResponseBindings(routes, compile, refusals, listeners, layers),
          preflightStatus, refusals, listeners, Set.copyOf(polymorphic), deploysEveryRoute, layers);
    } catch (InvalidTemplateException e) {
      throw new CorsConfigurationException(List.of("a generated route has a malformed template: " + e.getMessage()));
    }
  }

  /** The property that turns a successful preflight's 204 into a 200, for clients that mishandle 204. */
  public static final String PREFLIGHT_STATUS = "crosscheck.preflightStatus";

  /**
   * As the runtime's status type, found once: a runtime's builder given a number looks it up in
   * {@code Response.Status.values()}, a new array per preflight.
   */
  private static Response.Status preflightStatus(ConfigurationLookup lookup) {
    Optional<ConfigurationLookup.Found> found = lookup.find(PREFLIGHT_STATUS);
    if (found.isEmpty()) {
      return Response.Status.NO_CONTENT;
    }
    String value = found.get().value().strip();
    if (!value.equals("200") && !value.equals("204")) {
      throw new CorsConfigurationException(List.of(
          PREFLIGHT_STATUS + " is \"" + value + "\" (" + found.get().source() + "): a successful preflight is answered 204 or 200"));
    }
    return Response.Status.fromStatusCode(Integer.parseInt(value));
  }

  private static void checkResolved(ResolvedPolicy resolved, Route route, List<String> problems) {
    for (Violation violation : PolicyRules.check(resolved.policy(), GuardedEndpoints.UNKNOWN)) {
      String where = violation.attribute()
          .flatMap(a -> resolved.sourceOf(a, violation.index()))
          .map(source -> ", from " + source)
          .orElse("");
      String line = violation.message() + " (policy of " + route.resourceMethod() + where + ")";
      if (violation.isError()) {
        problems.add(line);
      } else {
        LOG.log(System.Logger.Level.WARNING, line);
      }
    }
  }
}

package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.config.ConfigurationLookup;
import dev.crosscheck.runtime.config.CorsConfigurationException;
import dev.crosscheck.runtime.config.PlaceholderResolver;
import dev.crosscheck.runtime.config.ResolvedPolicy;
import dev.crosscheck.runtime.path.InvalidTemplateException;
import dev.crosscheck.runtime.path.PathTemplate;
import dev.crosscheck.runtime.policy.CorsPolicy;
import dev.crosscheck.runtime.policy.GuardedEndpoints;
import dev.crosscheck.runtime.rules.PolicyRules;
import dev.crosscheck.runtime.rules.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeSet;
import java.util.function.Function;

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
   * The engine for {@code own}'s routes and those of every other {@link CorsRouteSource} that the
   * class loader finds.
   */
  public static CorsEngine start(CorsRouteSource own, ClassLoader loader) {
    CorsEngine engine = new CorsEngine(() -> build(own, loader));
    if (!CrosscheckFeatureSupport.isRegistering()) {
      engine.build();
    }
    return engine;
  }

  private static EngineParts build(CorsRouteSource own, ClassLoader loader) {
    refuseShadowedTables(loader);
    Map<Class<?>, CorsRouteSource> sources = new LinkedHashMap<>();
    sources.put(own.getClass(), own);
    for (CorsRouteSource source : ServiceLoader.load(CorsRouteSource.class, loader)) {
      sources.putIfAbsent(source.getClass(), source);
    }
    Set<String> classesWithPolicies = new LinkedHashSet<>();
    sources.values().forEach(s -> classesWithPolicies.addAll(s.classesWithPolicies()));
    EngineParts parts = build(StaleRows.dropped(sources.values(), loader), ConfigurationLookup.SYSTEM, DecisionListeners.load(loader),
        locatorTargetsWithForeignSubclasses(List.copyOf(sources.values()), loader), isQuarkusRest(loader));
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
  private static Set<String> locatorTargetsWithForeignSubclasses(List<CorsRouteSource> sources, ClassLoader loader) {
    // Only another compilation's class can be such a subclass, and only a locator's target can have
    // one: without both, no class is loaded (a table of thousands of classes would load them all).
    boolean anyLocator = sources.stream().anyMatch(s -> s.routes().stream().anyMatch(r -> !r.locatorTemplates().isEmpty()));
    if (sources.size() < 2 || !anyLocator) {
      return Set.of();
    }
    // Each compilation's classes with a policy, loaded once.
    Map<CorsRouteSource, Map<String, Class<?>>> withPolicies = new IdentityHashMap<>();
    for (CorsRouteSource source : sources) {
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
    for (CorsRouteSource source : sources) {
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

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static final String SERVICE = "META-INF/services/" + CorsRouteSource.class.getName();

  /**
   * Two jars whose generated classes have the same name would each list it, and the class loader
   * would serve only one of their tables: the other jar's resources would silently get no CORS.
   */
  private static void refuseShadowedTables(ClassLoader loader) {
    Map<String, Set<String>> listedBy = new LinkedHashMap<>();
    try {
      for (URL url : Collections.list(loader.getResources(SERVICE))) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = reader.readLine()) != null; ) {
            String provider = line.replaceAll("#.*", "").strip();
            if (!provider.isEmpty()) {
              listedBy.computeIfAbsent(provider, k -> new LinkedHashSet<>()).add(url.toString());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new CorsConfigurationException(List.of("cannot read " + SERVICE + ": " + e));
    }
    List<String> problems = new ArrayList<>();
    listedBy.forEach((provider, urls) -> {
      if (urls.size() > 1) {
        problems.add(provider + " is generated by several jars (" + String.join(", ", urls) + "), so only one of"
            + " their tables would be served: compile each with its own -Acrosscheck.package=...");
      }
    });
    if (!problems.isEmpty()) {
      throw new CorsConfigurationException(problems);
    }
  }

  /** The engine for exactly these routes, with placeholders looked up in {@code lookup}, every route deployed. */
  public static CorsEngine start(List<Route> routes, ConfigurationLookup lookup) {
    return start(routes, lookup, new DecisionListeners(List.of()));
  }

  /** @param listeners told of each decision: the ones the application's class path lists */
  static CorsEngine start(List<Route> routes, ConfigurationLookup lookup, DecisionListeners listeners) {
    return new CorsEngine(build(routes, lookup, listeners, Set.of(), true));
  }

  private static EngineParts build(List<Route> routes, ConfigurationLookup lookup, DecisionListeners listeners,
      Set<String> polymorphic, boolean deploysEveryRoute) {
    List<String> problems = new ArrayList<>();
    PlaceholderResolver resolver = new PlaceholderResolver(lookup);
    Map<CorsPolicy, CompiledPolicy> compiled = new IdentityHashMap<>();
    Set<String> origins = new TreeSet<>();
    Set<String> patterns = new TreeSet<>();
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
      compiled.put(policy, new CompiledPolicy(effective));
      origins.addAll(effective.origins());
      patterns.addAll(effective.originPatterns());
    }
    if (!problems.isEmpty()) {
      throw new CorsConfigurationException(List.copyOf(new LinkedHashSet<>(problems)));
    }
    long open = routes.stream().filter(r -> r.policy() != null).count();
    LOG.log(System.Logger.Level.INFO, "Crosscheck: " + routes.size() + " routes, " + open + " open cross-origin under "
        + compiled.size() + (compiled.size() == 1 ? " policy" : " policies") + "; origins " + (origins.isEmpty() ? "none" : String.join(", ", origins))
        + (patterns.isEmpty() ? "" : "; patterns " + String.join(", ", patterns)));
    Function<Route, CompiledPolicy> compile = r -> compiled.get(r.policy());
    Refusals refusals = Refusals.configured(lookup);
    int preflightStatus = preflightStatus(lookup);
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
      return new EngineParts(List.copyOf(routes), compile, new ResponseBindings(routes, compile, refusals, listeners),
          preflightStatus, refusals, listeners, Set.copyOf(polymorphic), deploysEveryRoute);
    } catch (InvalidTemplateException e) {
      throw new CorsConfigurationException(List.of("a generated route has a malformed template: " + e.getMessage()));
    }
  }

  /** The property that turns a successful preflight's 204 into a 200, for clients that mishandle 204. */
  public static final String PREFLIGHT_STATUS = "crosscheck.preflightStatus";

  private static int preflightStatus(ConfigurationLookup lookup) {
    Optional<ConfigurationLookup.Found> found = lookup.find(PREFLIGHT_STATUS);
    if (found.isEmpty()) {
      return 204;
    }
    String value = found.get().value().strip();
    if (!value.equals("200") && !value.equals("204")) {
      throw new CorsConfigurationException(List.of(
          PREFLIGHT_STATUS + " is \"" + value + "\" (" + found.get().source() + "): a successful preflight is answered 204 or 200"));
    }
    return Integer.parseInt(value);
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

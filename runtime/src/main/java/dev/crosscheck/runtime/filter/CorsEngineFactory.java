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
import dev.crosscheck.runtime.rules.Rule;
import dev.crosscheck.runtime.rules.Violation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

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
    Map<Class<?>, CorsRouteSource> sources = new LinkedHashMap<>();
    sources.put(own.getClass(), own);
    for (CorsRouteSource source : ServiceLoader.load(CorsRouteSource.class, loader)) {
      sources.putIfAbsent(source.getClass(), source);
    }
    List<Route> routes = new ArrayList<>();
    sources.values().forEach(s -> routes.addAll(s.routes()));
    return start(routes, ConfigurationLookup.SYSTEM);
  }

  /** The engine for exactly these routes, with placeholders looked up in {@code lookup}. */
  public static CorsEngine start(List<Route> routes, ConfigurationLookup lookup) {
    List<String> problems = new ArrayList<>();
    checkConflicts(routes, problems);
    PlaceholderResolver resolver = new PlaceholderResolver(lookup);
    Map<CorsPolicy, CompiledPolicy> compiled = new IdentityHashMap<>();
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
    }
    if (!problems.isEmpty()) {
      throw new CorsConfigurationException(List.copyOf(new LinkedHashSet<>(problems)));
    }
    try {
      return new CorsEngine(new RouteTable(routes, r -> compiled.get(r.policy())));
    } catch (InvalidTemplateException e) {
      throw new CorsConfigurationException(List.of("a generated route has a malformed template: " + e.getMessage()));
    }
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

  /** Two jars that route the same template and method to different policies cannot both be right. */
  private static void checkConflicts(List<Route> routes, List<String> problems) {
    record Key(String httpMethod, PathTemplate template) {}
    Map<Key, Route> seen = new LinkedHashMap<>();
    Set<Key> reported = new LinkedHashSet<>();
    for (Route route : routes) {
      Key key;
      try {
        key = new Key(route.httpMethod(),
            PathTemplate.parse(route.rootTemplate()).append(PathTemplate.parse(route.relativeTemplate())));
      } catch (InvalidTemplateException e) {
        problems.add("a generated route has a malformed template: " + e.getMessage());
        continue;
      }
      Route first = seen.putIfAbsent(key, route);
      if (first != null && !Objects.equals(first.policy(), route.policy()) && reported.add(key)) {
        problems.add(Rule.CONFLICTING_POLICIES.message(
            key.httpMethod(), key.template(), first.resourceMethod(), route.resourceMethod()));
      }
    }
  }
}

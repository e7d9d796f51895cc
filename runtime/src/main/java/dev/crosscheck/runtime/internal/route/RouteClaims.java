package dev.crosscheck.runtime.internal.route;

import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.internal.path.RouteKey;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routes one application deploys, claimed by HTTP method and whole path template: two claims
 * of one key with different policies are a conflict (CORS071), since a preflight cannot tell them
 * apart. Claims are added as the runtime reports what it deploys.
 */
public final class RouteClaims {

  private final Map<RouteKey, Route> claims = new LinkedHashMap<>();
  private final Set<RouteKey> reported = new HashSet<>();

  /** Claims {@code routes}; returns the conflicts they bring, each once. */
  public synchronized List<String> claim(Collection<Route> routes) {
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      RouteKey key;
      try {
        key = RouteKey.of(route.httpMethod(), route.rootTemplate(), route.relativeTemplate());
      } catch (InvalidTemplateException e) {
        problems.add("a generated route has a malformed template: " + e.getMessage());
        continue;
      }
      Route first = claims.putIfAbsent(key, route);
      if (first != null && !Objects.equals(first.policy(), route.policy()) && reported.add(key)) {
        problems.add(Rule.CONFLICTING_POLICIES.message(
            key.httpMethod(), key.template(), first.resourceMethod(), route.resourceMethod()));
      }
    }
    return problems;
  }
}

package dev.crosscheck.runtime.internal.route;

import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.internal.path.PathTemplate;
import dev.crosscheck.runtime.internal.path.RouteKey;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
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

  /**
   * A route's HTTP method and its whole template as {@link PathTemplate} compares templates
   * (variable names aside): the {@link RouteKey} of the route, without joining a template per route.
   */
  private record Key(String httpMethod, String template) {}

  private final Map<Key, Route> claims = new HashMap<>();
  private final Set<Key> reported = new HashSet<>();
  /** Each distinct template parsed once: a large application repeats its method templates in every class. */
  private final Map<String, PathTemplate> parsed = new HashMap<>();

  /** Claims {@code routes}; returns the conflicts they bring, each once. */
  public synchronized List<String> claim(Collection<Route> routes) {
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      try {
        Key key = new Key(route.httpMethod(), wholeTemplate(route));
        Route first = claims.putIfAbsent(key, route);
        if (first != null && !Objects.equals(first.policy(), route.policy()) && reported.add(key)) {
          RouteKey named = RouteKey.of(route.httpMethod(), route.rootTemplate(), route.relativeTemplate());
          problems.add(Rule.CONFLICTING_POLICIES.message(
              named.httpMethod(), named.template(), first.resourceMethod(), route.resourceMethod()));
        }
      } catch (InvalidTemplateException e) {
        problems.add("a generated route has a malformed template: " + e.getMessage());
      }
    }
    return problems;
  }

  /** The matching key of the root template, each locator's and the method's, joined as {@link PathTemplate#append} joins them. */
  private String wholeTemplate(Route route) throws InvalidTemplateException {
    String whole = matchingKey(route.rootTemplate());
    for (String locator : route.locatorTemplates()) {
      whole = joined(whole, matchingKey(locator));
    }
    return joined(whole, matchingKey(route.methodTemplate()));
  }

  private String matchingKey(String template) throws InvalidTemplateException {
    PathTemplate known = parsed.get(template);
    if (known == null) {
      known = PathTemplate.parse(template);
      parsed.put(template, known);
    }
    return known.matchingKey();
  }

  private static String joined(String parent, String child) {
    return child.isEmpty() ? parent : parent.isEmpty() ? child : parent + "/" + child;
  }
}

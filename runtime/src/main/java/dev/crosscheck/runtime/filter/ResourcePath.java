package dev.crosscheck.runtime.filter;

import java.util.Map;

/** Everything the runtime serves on one path template: a route per HTTP method. */
final class ResourcePath {

  private final String template;
  private final Map<String, CompiledRoute> byMethod;
  private final boolean anyPolicy;

  ResourcePath(String template, Map<String, CompiledRoute> byMethod) {
    this.template = template;
    this.byMethod = Map.copyOf(byMethod);
    this.anyPolicy = byMethod.values().stream().anyMatch(r -> r.policy() != null);
  }

  /** The route for a method; {@code HEAD} follows {@code GET} where no method declares {@code HEAD}. */
  CompiledRoute route(String method) {
    CompiledRoute route = byMethod.get(method);
    if (route == null && method.equals("HEAD")) {
      route = byMethod.get("GET");
    }
    return route;
  }

  /** Whether some method on this path is open cross-origin; if none is, CORS leaves the path alone. */
  boolean hasPolicy() {
    return anyPolicy;
  }

  @Override
  public String toString() {
    return "/" + template + " " + byMethod.keySet();
  }
}

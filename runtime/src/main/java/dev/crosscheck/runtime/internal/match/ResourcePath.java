package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.http.HttpMethods;
import java.util.Map;

/** Everything the runtime serves on one path template: a route per HTTP method. */
public final class ResourcePath {

  /**
   * What a lookup answers where the supported runtimes may dispatch the request to methods with
   * different policies: a preflight there is refused, since no answer given before dispatch can
   * be right on every runtime.
   */
  public static final ResourcePath AMBIGUOUS = new ResourcePath("(ambiguous)", Map.of(), true);

  /**
   * What a lookup answers while the runtime has not said which application it serves: a preflight
   * is then refused, since a resource that is not deployed may carry a policy.
   */
  public static final ResourcePath DEPLOYMENT_UNKNOWN = new ResourcePath("(deployment unknown)", Map.of(), true);

  /** The template of the level above, or the whole template; see {@link #template()}. */
  private final String parent;
  /** The method's own template below {@link #parent}, or null where {@link #parent} is the whole. */
  private final String own;
  private final Map<String, CompiledRoute> byMethod;
  private final boolean anyPolicy;

  public ResourcePath(String template, Map<String, CompiledRoute> byMethod) {
    this(template, null, byMethod);
  }

  /**
   * A method's path below a level: the two parts are kept, and joined only when a log line or a
   * listener asks, so a table of 20,000 methods keeps no joined copy of each.
   */
  public ResourcePath(String parent, String own, Map<String, CompiledRoute> byMethod) {
    this(parent, own, byMethod, anyPolicy(byMethod));
  }

  private static boolean anyPolicy(Map<String, CompiledRoute> byMethod) {
    for (CompiledRoute route : byMethod.values()) {
      if (route.policy() != null || route.refused()) {
        return true;
      }
    }
    return false;
  }

  private ResourcePath(String template, Map<String, CompiledRoute> byMethod, boolean anyPolicy) {
    this(template, null, byMethod, anyPolicy);
  }

  private ResourcePath(String parent, String own, Map<String, CompiledRoute> byMethod, boolean anyPolicy) {
    this.parent = parent;
    this.own = own;
    this.byMethod = Map.copyOf(byMethod);
    this.anyPolicy = anyPolicy;
  }

  /** The route for a method; {@code HEAD} follows {@code GET} where no method declares {@code HEAD}. */
  public CompiledRoute route(String method) {
    CompiledRoute route = byMethod.get(method);
    String instead = HttpMethods.answeredInsteadBy(method);
    return route == null && instead != null ? byMethod.get(instead) : route;
  }

  /** The policy a request with this method gets here, or null. */
  public CompiledPolicy policy(String method) {
    CompiledRoute route = route(method);
    return route == null ? null : route.policy();
  }

  /**
   * Whether some method on this path is open cross-origin (or would be, but a preflight is refused
   * there); if none is, CORS leaves the path alone.
   */
  public boolean hasPolicy() {
    return anyPolicy;
  }

  /** Whether this is an answer of the lookup that names no template ({@link #AMBIGUOUS}, {@link #DEPLOYMENT_UNKNOWN}). */
  public boolean namesNoTemplate() {
    return this == AMBIGUOUS || this == DEPLOYMENT_UNKNOWN;
  }

  /** The path's template, levels joined: {@code notes/{id}/comments}. */
  public String template() {
    return own == null || own.isEmpty() ? parent : parent.isEmpty() ? own : parent + "/" + own;
  }

  @Override
  public String toString() {
    return namesNoTemplate() ? parent : "/" + template() + " " + byMethod.keySet();
  }
}

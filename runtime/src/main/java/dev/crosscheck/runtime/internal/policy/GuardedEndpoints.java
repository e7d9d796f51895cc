package dev.crosscheck.runtime.internal.policy;

import dev.crosscheck.runtime.internal.http.HttpMethods;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy guards, as far as the rules need to know it: the HTTP methods its resource
 * methods declare, and whether one of them reads the {@code Authorization} header.
 *
 * @param declaredMethods HTTP methods declared by the guarded resource methods, upper case as
 *     written in their designators ({@code HEAD} is implied by {@code GET}); empty when unknown
 * @param authorizationReader a description of a guarded resource method that reads
 *     {@code Authorization} (for the message), if any
 */
public record GuardedEndpoints(Set<String> declaredMethods, Optional<String> authorizationReader) {

  /** For values checked without a JAX-RS model: no method or header check depends on it. */
  public static final GuardedEndpoints UNKNOWN = new GuardedEndpoints(Set.of(), Optional.empty());

  public GuardedEndpoints {
    declaredMethods = Set.copyOf(declaredMethods);
  }

  public boolean knowsMethods() {
    return !declaredMethods.isEmpty();
  }

  /** Whether a request with this method reaches one of the guarded resource methods. */
  public boolean declares(String method) {
    String instead = HttpMethods.answeredInsteadBy(method);
    return declaredMethods.contains(method) || (instead != null && declaredMethods.contains(instead));
  }
}

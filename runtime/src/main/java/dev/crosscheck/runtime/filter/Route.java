package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.policy.CorsPolicy;
import java.util.Optional;

/**
 * One row of a generated table: requests for this path template and HTTP method reach this
 * resource method, and this policy (if any) decides their CORS headers. Every resource method of
 * an application's root resources has a row, with or without a policy, so that the filter picks
 * the same resource method the runtime will.
 *
 * @param rootTemplate the root resource class's {@code @Path}
 * @param relativeTemplate the rest of the template below it: the method's {@code @Path}, with
 *     sub-resource locators' paths before it; empty for a resource method on the class's path
 * @param httpMethod as declared by the method's designator
 * @param resourceMethod {@code NotesResource.list()}, for messages
 * @param policy the policy in force, or null when the method is not open cross-origin
 */
public record Route(
    String rootTemplate, String relativeTemplate, String httpMethod, String resourceMethod, CorsPolicy policy) {

  public Optional<CorsPolicy> optionalPolicy() {
    return Optional.ofNullable(policy);
  }
}

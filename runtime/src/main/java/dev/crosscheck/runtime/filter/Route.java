package dev.crosscheck.runtime.filter;

import java.util.List;

/**
 * One row of a generated table: requests for this path and HTTP method reach this resource
 * method, and this policy (if any) decides their CORS headers. Every resource method of an
 * application's root resources has a row, with or without a policy, so that the filter picks the
 * same resource method the runtime will.
 *
 * <p>The path is kept level by level, as the runtimes match it: the root resource's {@code @Path},
 * then the {@code @Path} of each sub-resource locator on the way, then the method's own.
 *
 * @param rootTemplate the root resource class's {@code @Path}
 * @param locatorTemplates the {@code @Path} of each sub-resource locator between the root and the
 *     method, outermost first; empty for a method of the root class itself
 * @param methodTemplate the method's {@code @Path}, empty if it has none
 * @param httpMethod as declared by the method's designator
 * @param resourceMethod {@code NotesResource.list()}, for messages
 * @param policy the policy in force, or null when the method is not open cross-origin
 */
public record Route(
    String rootTemplate,
    List<String> locatorTemplates,
    String methodTemplate,
    String httpMethod,
    String resourceMethod,
    dev.crosscheck.runtime.policy.CorsPolicy policy) {

  public Route {
    locatorTemplates = List.copyOf(locatorTemplates);
  }

  /** A route of a root resource's own method, without locators. */
  public Route(String rootTemplate, String methodTemplate, String httpMethod, String resourceMethod,
      dev.crosscheck.runtime.policy.CorsPolicy policy) {
    this(rootTemplate, List.of(), methodTemplate, httpMethod, resourceMethod, policy);
  }

  /** Everything below the root template, locators and method joined: {@code {id}/comments}. */
  public String relativeTemplate() {
    StringBuilder relative = new StringBuilder();
    for (String template : locatorTemplates) {
      append(relative, template);
    }
    append(relative, methodTemplate);
    return relative.toString();
  }

  private static void append(StringBuilder path, String template) {
    String trimmed = template.replaceAll("^/+|/+$", "");
    if (!trimmed.isEmpty()) {
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(trimmed);
    }
  }
}

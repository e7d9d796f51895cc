package dev.crosscheck.runtime.internal.route;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.spi.Refusal;
import java.util.List;

/**
 * One row of a generated table: requests for this path and HTTP method reach this resource
 * method, and this policy (if any) decides their CORS headers. Every resource method of an
 * application's root resources has a row, with or without a policy.
 *
 * <p>A row is used two ways. A preflight is answered before the runtime matches anything, so the
 * path, kept level by level as the runtimes match it (the root resource's {@code @Path}, then the
 * {@code @Path} of each sub-resource locator on the way, then the method's own), finds the row.
 * An actual request's response is decided after matching, so the runtime names the resource class
 * and Java method that ran, and {@link #javaMethodKey()} finds the row: no path is matched again.
 *
 * @param rootClass binary name of the root resource class, which an application deploys or not
 * @param rootTemplate the root resource class's {@code @Path}
 * @param locatorTemplates the {@code @Path} of each sub-resource locator between the root and the
 *     method, outermost first; empty for a method of the root class itself
 * @param methodTemplate the method's {@code @Path}, empty if it has none
 * @param httpMethod as declared by the method's designator
 * @param resourceClass binary name of the class the method is a resource method of: the root
 *     class, or the sub-resource class the last locator returns
 * @param javaMethod the method's name and erased parameter types as {@link Class#getName()}
 *     spells them: {@code update(long,java.lang.String)}
 * @param policy the policy in force, or null when the method is not open cross-origin
 * @param closed why the method is not open cross-origin, when {@code policy} is null
 */
public record Route(
    String rootClass,
    String rootTemplate,
    List<String> locatorTemplates,
    String methodTemplate,
    String httpMethod,
    String resourceClass,
    String javaMethod,
    CorsPolicy policy,
    Closed closed) {

  /** Why a method is not open cross-origin, for the reason a refusal gives. */
  public enum Closed {
    /** No {@code @CrossOrigin} reaches it. */
    NO_POLICY,
    /** A {@code @NoCrossOrigin} on it or above it drops the policy. */
    OPTED_OUT,
    /** Its policy's {@code methods} leave out its HTTP method. */
    METHODS_EXCLUDE;

    /** The reason a refusal of such a route gives. */
    public Refusal refusal() {
      return switch (this) {
        case NO_POLICY -> Refusal.NO_POLICY;
        case OPTED_OUT -> Refusal.OPTED_OUT;
        case METHODS_EXCLUDE -> Refusal.METHOD_NOT_IN_POLICY;
      };
    }
  }

  public Route {
    locatorTemplates = List.copyOf(locatorTemplates);
    closed = policy != null ? null : closed == null ? Closed.NO_POLICY : closed;
  }

  /** A route whose policy, if null, is null for want of one. */
  public Route(String rootClass, String rootTemplate, List<String> locatorTemplates, String methodTemplate,
      String httpMethod, String resourceClass, String javaMethod, CorsPolicy policy) {
    this(rootClass, rootTemplate, locatorTemplates, methodTemplate, httpMethod, resourceClass, javaMethod, policy,
        Closed.NO_POLICY);
  }

  /** A route of a root resource's own method, without locators. */
  public Route(String rootClass, String rootTemplate, String methodTemplate, String httpMethod, String javaMethod,
      CorsPolicy policy) {
    this(rootClass, rootTemplate, List.of(), methodTemplate, httpMethod, rootClass, javaMethod, policy);
  }

  /**
   * Whether the user's own annotations close the route to other origins ({@code @NoCrossOrigin}, or
   * a policy whose {@code methods} leave its HTTP method out), so that no other layer may grant it;
   * a route no policy reaches is left to whatever else answers it.
   */
  public boolean closedByUser() {
    return closed == Closed.OPTED_OUT || closed == Closed.METHODS_EXCLUDE;
  }

  /** {@code resourceClass#javaMethod}: how the runtime's report of the method that ran finds the row. */
  public String javaMethodKey() {
    return resourceClass + "#" + javaMethod;
  }

  /** {@code NotesResource.list()}, for messages. */
  public String resourceMethod() {
    String simpleClass = resourceClass.substring(Math.max(resourceClass.lastIndexOf('.'), resourceClass.lastIndexOf('$')) + 1);
    int paren = javaMethod.indexOf('(');
    return simpleClass + "." + (paren < 0 ? javaMethod : javaMethod.substring(0, paren)) + "()";
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
    String trimmed = PathTemplate.trimSlashes(template);
    if (!trimmed.isEmpty()) {
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(trimmed);
    }
  }
}

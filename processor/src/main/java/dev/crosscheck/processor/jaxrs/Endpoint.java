package dev.crosscheck.processor.jaxrs;

import dev.crosscheck.runtime.internal.path.PathTemplate;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * One (path template, HTTP method) a JAX-RS runtime routes to a resource method, with the elements
 * whose {@code @CrossOrigin} or {@code @NoCrossOrigin} may govern it, from the most general (the
 * root resource's package) to the most specific (the resource method).
 *
 * @param rootTemplate the root resource class's {@code @Path}
 * @param locatorTemplates the {@code @Path} of each sub-resource locator on the way, outermost first
 * @param methodTemplate the method's own {@code @Path}, empty if none
 * @param root the root resource class
 * @param resource the class the runtime invokes the method on: the root class, or the
 *     sub-resource class the last locator returns
 * @param method the resource method, as a member of the class that declares it
 * @param javaMethod the method's name and erased parameter types as {@code Class.getName()}
 *     spells them, which is how the runtime's report of the method that ran finds its route
 * @param policySites where policies may stand, general first
 * @param authorizationUse how the method reads the Authorization header, if it visibly does
 * @param template the whole template, as the runtime matches it: the root's, each locator's and
 *     the method's joined, once (every check and both generated files read it)
 */
public record Endpoint(
    String httpMethod,
    PathTemplate rootTemplate,
    List<PathTemplate> locatorTemplates,
    PathTemplate methodTemplate,
    TypeElement root,
    TypeElement resource,
    ExecutableElement method,
    String javaMethod,
    List<Element> policySites,
    Optional<String> authorizationUse,
    PathTemplate template) {

  public Endpoint {
    locatorTemplates = List.copyOf(locatorTemplates);
    policySites = List.copyOf(policySites);
  }

  public Endpoint(String httpMethod, PathTemplate rootTemplate, List<PathTemplate> locatorTemplates,
      PathTemplate methodTemplate, TypeElement root, TypeElement resource, ExecutableElement method, String javaMethod,
      List<Element> policySites, Optional<String> authorizationUse) {
    this(httpMethod, rootTemplate, locatorTemplates, methodTemplate, root, resource, method, javaMethod, policySites,
        authorizationUse, joined(rootTemplate, locatorTemplates, methodTemplate));
  }

  private static PathTemplate joined(PathTemplate root, List<PathTemplate> locators, PathTemplate method) {
    PathTemplate template = root;
    for (PathTemplate locator : locators) {
      template = template.append(locator);
    }
    return template.append(method);
  }

  /** {@code ItemsResource.get()}, for messages. */
  public String methodName() {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}

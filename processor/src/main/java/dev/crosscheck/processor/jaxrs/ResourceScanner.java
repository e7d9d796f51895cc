package dev.crosscheck.processor.jaxrs;

import dev.crosscheck.runtime.path.PathTemplate;
import dev.crosscheck.runtime.path.InvalidTemplateException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the JAX-RS resource model of one root resource class the way the runtimes do: resource
 * methods and sub-resource locators including inherited ones, JAX-RS annotations inherited from
 * overridden methods of superclasses and then interfaces (Jakarta REST 3.1, section 3.6), and
 * sub-resources whose type the locator's return type names.
 */
public final class ResourceScanner {

  /** What scanning found: the endpoints, and the locators it could not follow. */
  public record Scan(List<Endpoint> endpoints, List<UnmappedLocator> unmappedLocators) {}

  private final Elements elements;
  private final Types types;
  private final Predicate<Element> carriesPolicy;

  /**
   * @param carriesPolicy whether an element has {@code @CrossOrigin} or {@code @NoCrossOrigin}:
   *     a class without one takes its policy from the nearest supertype that has one
   */
  public ResourceScanner(Elements elements, Types types, Predicate<Element> carriesPolicy) {
    this.elements = elements;
    this.types = types;
    this.carriesPolicy = carriesPolicy;
  }

  /**
   * Whether the runtimes deploy this type as a root resource: a concrete class with a {@code @Path}
   * of its own or, as Jersey and RESTEasy both look for it, of a superclass or interface.
   */
  public boolean isRootResource(TypeElement type) {
    return type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.ABSTRACT)
        && rootPath(type).isPresent();
  }

  /** The class-level {@code @Path}: the class's own, else the nearest supertype's. */
  public Optional<String> rootPath(TypeElement type) {
    Optional<String> own = JaxRsAnnotations.path(type);
    if (own.isPresent()) {
      return own;
    }
    for (TypeElement supertype : supertypes(type)) {
      Optional<String> inherited = JaxRsAnnotations.path(supertype);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  public Scan scan(TypeElement root) throws InvalidTemplateException, UnresolvedTypeException {
    List<Endpoint> endpoints = new ArrayList<>();
    List<UnmappedLocator> unmapped = new ArrayList<>();
    List<Element> sites = new ArrayList<>();
    sites.add(elements.getPackageOf(root));
    sites.add(classSite(root));
    PathTemplate rootTemplate = PathTemplate.parse(rootPath(root).orElseThrow());
    Deque<TypeElement> chain = new ArrayDeque<>();
    chain.push(root);
    visit(root, root, rootTemplate, PathTemplate.parse(""), sites, chain, endpoints, unmapped);
    return new Scan(endpoints, unmapped);
  }

  private void visit(
      TypeElement resource,
      TypeElement root,
      PathTemplate rootTemplate,
      PathTemplate prefix,
      List<Element> sites,
      Deque<TypeElement> chain,
      List<Endpoint> endpoints,
      List<UnmappedLocator> unmapped)
      throws InvalidTemplateException, UnresolvedTypeException {
    for (ExecutableElement method : publicMethods(resource)) {
      ExecutableElement declaration = annotationSource(method, resource);
      if (declaration == null) {
        continue;
      }
      List<String> httpMethods = JaxRsAnnotations.httpMethods(declaration);
      Optional<String> path = JaxRsAnnotations.path(declaration);
      if (httpMethods.isEmpty() && path.isEmpty()) {
        continue;
      }
      PathTemplate template = path.isPresent() ? prefix.append(PathTemplate.parse(path.get())) : prefix;
      List<Element> methodSites = new ArrayList<>(sites);
      methodSites.add(carriesPolicy.test(method) || !carriesPolicy.test(declaration) ? method : declaration);
      if (!httpMethods.isEmpty()) {
        Optional<String> authorization = JaxRsAnnotations.authorizationUse(declaration, resource);
        for (String httpMethod : httpMethods) {
          endpoints.add(new Endpoint(httpMethod, rootTemplate, template, root, method, methodSites, authorization));
        }
        continue;
      }
      TypeMirror returned = ((ExecutableType) types.asMemberOf((DeclaredType) resource.asType(), method)).getReturnType();
      if (returned.getKind() == TypeKind.ERROR) {
        throw new UnresolvedTypeException(method + " returns an unresolved type " + returned);
      }
      TypeElement subResource = returned.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(returned) : null;
      if (subResource == null || subResource.getQualifiedName().contentEquals("java.lang.Object")) {
        unmapped.add(new UnmappedLocator(method, methodSites,
            "sub-resource locator " + method.getSimpleName() + "() returns " + returned
                + ", so which resource methods it reaches is only known at run time; return the sub-resource class instead"));
      } else if (chain.contains(subResource)) {
        unmapped.add(new UnmappedLocator(method, methodSites,
            "sub-resource locator " + method.getSimpleName() + "() returns " + subResource.getSimpleName()
                + " again, so its paths have no end; give the recursion its own resource class"));
      } else {
        methodSites.add(classSite(subResource));
        chain.push(subResource);
        visit(subResource, root, rootTemplate, template, methodSites, chain, endpoints, unmapped);
        chain.pop();
      }
    }
  }

  /** Public instance methods, inherited ones included, in a stable order. */
  public List<ExecutableElement> publicMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      if (method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && !((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object")) {
        methods.add(method);
      }
    }
    methods.sort(Comparator.comparing((ExecutableElement m) -> m.getSimpleName().toString()).thenComparing(Object::toString));
    return methods;
  }

  /**
   * The method whose JAX-RS annotations apply: the method itself if it has any, else the nearest
   * method it overrides that has some, superclasses before interfaces; null if none has.
   */
  public ExecutableElement annotationSource(ExecutableElement method, TypeElement in) {
    if (JaxRsAnnotations.hasJaxRsAnnotations(method)) {
      return method;
    }
    for (TypeElement supertype : supertypes(in)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && !candidate.equals(method)
            && elements.overrides(method, candidate, in)
            && JaxRsAnnotations.hasJaxRsAnnotations(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The policy site of a class: itself, or the nearest supertype that carries a policy annotation. */
  private Element classSite(TypeElement type) {
    if (carriesPolicy.test(type)) {
      return type;
    }
    for (TypeElement supertype : supertypes(type)) {
      if (carriesPolicy.test(supertype)) {
        return supertype;
      }
    }
    return type;
  }

  /** Every proper supertype, the superclass chain first, then interfaces breadth first. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> superclasses = new ArrayList<>();
    List<TypeElement> interfaces = new ArrayList<>();
    Deque<TypeElement> pendingInterfaces = new ArrayDeque<>();
    for (TypeElement current = type; current != null; ) {
      current.getInterfaces().forEach(i -> pendingInterfaces.add((TypeElement) types.asElement(i)));
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
      if (current != null) {
        superclasses.add(current);
      }
    }
    while (!pendingInterfaces.isEmpty()) {
      TypeElement next = pendingInterfaces.poll();
      if (!interfaces.contains(next)) {
        interfaces.add(next);
        next.getInterfaces().forEach(i -> pendingInterfaces.add((TypeElement) types.asElement(i)));
      }
    }
    List<TypeElement> all = new ArrayList<>(superclasses);
    all.addAll(interfaces);
    return all;
  }
}

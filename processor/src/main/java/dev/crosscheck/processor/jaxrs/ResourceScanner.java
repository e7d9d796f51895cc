package dev.crosscheck.processor.jaxrs;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import dev.crosscheck.runtime.internal.path.InvalidTemplateException;

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
import javax.lang.model.element.PackageElement;
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

  /** What scanning found: the endpoints, the locators it could not follow, and the ones it followed. */
  public record Scan(List<Endpoint> endpoints, List<UnmappedLocator> unmappedLocators, List<LocatorTarget> locatorTargets) {}

  /**
   * A sub-resource locator that returns an instance of its declared type, which may be a subclass
   * at run time: everything needed to scan another class as what it returns.
   *
   * @param declared the type the locator declares it returns
   * @param sites the policy sites down to the locator, without the sub-resource class's own
   * @param locators the locator templates down to and including this one
   */
  public record LocatorTarget(ExecutableElement locator, TypeElement declared, TypeElement root,
      PathTemplate rootTemplate, List<PathTemplate> locators, List<Element> sites) {}

  private final Elements elements;
  private final Types types;
  private final Predicate<Element> carriesPolicy;
  private final TypeValidation validation = new TypeValidation();

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

  /**
   * A supertype of the class that is not resolved yet, as written (another processor may generate
   * it in this round): the class's {@code @Path}, resource methods and policy cannot be known
   * before it is.
   */
  public Optional<String> unresolvedSupertype(TypeElement type) {
    for (TypeElement current = type; current != null; ) {
      for (TypeMirror supertype : current.getInterfaces()) {
        if (supertype.getKind() == TypeKind.ERROR) {
          return Optional.of(supertype.toString());
        }
      }
      TypeMirror superclass = current.getSuperclass();
      if (superclass.getKind() == TypeKind.ERROR) {
        return Optional.of(superclass.toString());
      }
      current = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
    }
    return Optional.empty();
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

  public Scan scan(TypeElement root) throws MalformedTemplateException, UnresolvedTypeException {
    List<Endpoint> endpoints = new ArrayList<>();
    List<UnmappedLocator> unmapped = new ArrayList<>();
    List<LocatorTarget> targets = new ArrayList<>();
    requireWhole(root);
    List<Element> sites = new ArrayList<>(packageSites(elements.getPackageOf(root)));
    sites.add(classSite(root));
    PathTemplate rootTemplate = template(rootPath(root).orElseThrow(), root);
    Deque<TypeElement> chain = new ArrayDeque<>();
    chain.push(root);
    visit(root, root, rootTemplate, List.of(), sites, chain, endpoints, unmapped, targets);
    return new Scan(endpoints, unmapped, targets);
  }

  /** The endpoints the locator of {@code target} reaches when it returns an instance of {@code actual}. */
  public List<Endpoint> endpointsThrough(LocatorTarget target, TypeElement actual)
      throws MalformedTemplateException, UnresolvedTypeException {
    requireWhole(actual);
    List<Endpoint> endpoints = new ArrayList<>();
    List<Element> sites = new ArrayList<>(target.sites());
    sites.add(classSite(actual));
    Deque<TypeElement> chain = new ArrayDeque<>();
    chain.push(target.root());
    chain.push(actual);
    visit(actual, target.root(), target.rootTemplate(), target.locators(), sites, chain, endpoints, new ArrayList<>(),
        new ArrayList<>());
    return endpoints;
  }

  private void visit(
      TypeElement resource,
      TypeElement root,
      PathTemplate rootTemplate,
      List<PathTemplate> locators,
      List<Element> sites,
      Deque<TypeElement> chain,
      List<Endpoint> endpoints,
      List<UnmappedLocator> unmapped,
      List<LocatorTarget> targets)
      throws MalformedTemplateException, UnresolvedTypeException {
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
      PathTemplate template = template(path.orElse(""), declaration);
      List<Element> methodSites = new ArrayList<>(sites);
      methodSites.add(carriesPolicy.test(method) || !carriesPolicy.test(declaration) ? method : declaration);
      if (!httpMethods.isEmpty()) {
        Optional<String> authorization = JaxRsAnnotations.authorizationUse(declaration, resource);
        for (String httpMethod : httpMethods) {
          endpoints.add(new Endpoint(httpMethod, rootTemplate, locators, template, root, resource, method,
              javaMethod(method), methodSites, authorization));
        }
        continue;
      }
      TypeMirror returned = ((ExecutableType) types.asMemberOf((DeclaredType) resource.asType(), method)).getReturnType();
      TypeElement subResource = subResourceType(returned);
      if (subResource != null) {
        requireWhole(subResource);
      }
      if (subResource == null || !hasResourceMethods(subResource)) {
        unmapped.add(new UnmappedLocator(method, methodSites,
            "sub-resource locator " + method.getSimpleName() + "() returns " + returned
                + ", which declares no resource methods, so which ones it reaches is only known at run time;"
            + " declare the sub-resource class as its return type"));
      } else if (chain.contains(subResource)) {
        unmapped.add(new UnmappedLocator(method, methodSites,
            "sub-resource locator " + method.getSimpleName() + "() returns " + subResource.getSimpleName()
                + " again, so its paths have no end; give the recursion its own resource class"));
      } else {
        List<PathTemplate> below = new ArrayList<>(locators);
        below.add(template);
        if (returnsInstance(returned) && !subResource.getModifiers().contains(Modifier.FINAL)) {
          targets.add(new LocatorTarget(method, subResource, root, rootTemplate, below, methodSites));
        }
        List<Element> subResourceSites = new ArrayList<>(methodSites);
        subResourceSites.add(classSite(subResource));
        chain.push(subResource);
        visit(subResource, root, rootTemplate, below, subResourceSites, chain, endpoints, unmapped, targets);
        chain.pop();
      }
    }
  }

  private static PathTemplate template(String value, Element on) throws MalformedTemplateException {
    try {
      return PathTemplate.parse(value);
    } catch (InvalidTemplateException e) {
      throw new MalformedTemplateException(value, on, e);
    }
  }

  /**
   * Throws unless the type and every supertype are whole ({@link TypeValidation}): the model is
   * read from their members, which a type another processor has yet to generate would make wrong.
   */
  private void requireWhole(TypeElement type) throws UnresolvedTypeException {
    Optional<TypeValidation.Unresolved> found = validation.firstUnresolved(type);
    if (found.isEmpty()) {
      for (TypeElement supertype : supertypes(type)) {
        found = validation.firstUnresolved(supertype);
        if (found.isPresent()) {
          break;
        }
      }
    }
    if (found.isPresent()) {
      throw new UnresolvedTypeException(found.get().what(), found.get().usedAt(), type);
    }
  }

  /**
   * {@code update(long,java.lang.String)}: the name and erased parameter types of a method as
   * {@code java.lang.reflect.Method} reports them, so the runtime can name the method that ran.
   */
  private String javaMethod(ExecutableElement method) {
    StringBuilder signature = new StringBuilder(method.getSimpleName()).append('(');
    List<? extends javax.lang.model.element.VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      signature.append(i == 0 ? "" : ",").append(className(types.erasure(parameters.get(i).asType()), false));
    }
    return signature.append(')').toString();
  }

  /** {@code Class.getName()} of an erased type: {@code long}, {@code a.B$C}, {@code [J}, {@code [La.B;}. */
  private String className(TypeMirror type, boolean inArray) {
    switch (type.getKind()) {
      case ARRAY:
        return "[" + className(((javax.lang.model.type.ArrayType) type).getComponentType(), true);
      case DECLARED:
        String binary = elements.getBinaryName((TypeElement) types.asElement(type)).toString();
        return inArray ? "L" + binary + ";" : binary;
      default:
        if (!inArray) {
          return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return switch (type.getKind()) {
          case BOOLEAN -> "Z";
          case BYTE -> "B";
          case CHAR -> "C";
          case SHORT -> "S";
          case INT -> "I";
          case LONG -> "J";
          case FLOAT -> "F";
          case DOUBLE -> "D";
          default -> type.toString();
        };
    }
  }

  /**
   * The packages whose policy governs a class of {@code pkg}: the enclosing packages that carry
   * one, outermost first, then {@code pkg} itself, so that a policy in {@code com.example} reaches
   * {@code com.example.api} as the annotation's documentation promises.
   */
  private List<Element> packageSites(PackageElement pkg) {
    List<Element> sites = new ArrayList<>();
    String name = pkg.getQualifiedName().toString();
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      PackageElement enclosing = elements.getPackageElement(name.substring(0, dot));
      if (enclosing != null && carriesPolicy.test(enclosing)) {
        sites.add(enclosing);
      }
    }
    sites.add(pkg);
    return sites;
  }

  /**
   * The class a locator's return type names: the type itself, or {@code T} of {@code Class<T>},
   * which Jersey instantiates; null for anything else (a type variable, an array, a primitive).
   */
  private TypeElement subResourceType(TypeMirror returned) {
    if (returned.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) returned;
    TypeElement type = (TypeElement) declared.asElement();
    if (type.getQualifiedName().contentEquals("java.lang.Class") && declared.getTypeArguments().size() == 1
        && declared.getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
      return (TypeElement) types.asElement(declared.getTypeArguments().get(0));
    }
    return type;
  }

  /** Whether a locator returns an object (which may be a subclass), not a {@code Class<T>} the runtime instantiates. */
  private static boolean returnsInstance(TypeMirror returned) {
    return !(returned instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Class"));
  }

  /** Whether a type has a resource method or sub-resource locator, so a locator can lead somewhere. */
  public boolean hasResourceMethods(TypeElement type) {
    for (ExecutableElement method : publicMethods(type)) {
      ExecutableElement declaration = annotationSource(method, type);
      if (declaration != null
          && (!JaxRsAnnotations.httpMethods(declaration).isEmpty() || JaxRsAnnotations.path(declaration).isPresent())) {
        return true;
      }
    }
    return false;
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

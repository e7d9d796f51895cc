package dev.crosscheck.processor.jaxrs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads Jakarta REST annotations by name, so the processor needs no JAX-RS API on its own class
 * path and works on resources compiled against any 3.x or 4.x API.
 */
public final class JaxRsAnnotations {

  public static final String PACKAGE = "jakarta.ws.rs";
  public static final String PATH = "jakarta.ws.rs.Path";
  public static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
  static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
  static final String CONTEXT = "jakarta.ws.rs.core.Context";
  static final String SECURITY_CONTEXT = "jakarta.ws.rs.core.SecurityContext";
  static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

  private JaxRsAnnotations() {}

  public static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static String nameOf(AnnotationMirror mirror) {
    return NAMES.computeIfAbsent(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName(), Name::toString);
  }

  /**
   * Annotation type names in words, by the compiler's name: a compilation reads a few annotation
   * types on every element, and javac decodes a name anew each time it is asked for its text. Weak,
   * so a build tool that keeps the processor loaded keeps no compiler's names alive.
   */
  private static final Map<Name, String> NAMES = Collections.synchronizedMap(new WeakHashMap<>());

  /** The {@code value} of an annotation, as written or defaulted. */
  static Optional<Object> value(AnnotationMirror mirror) {
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return Optional.of(entry.getValue().getValue());
      }
    }
    return Optional.empty();
  }

  /** The {@code @Path} value on the element itself. */
  public static Optional<String> path(Element element) {
    return find(element, PATH).flatMap(JaxRsAnnotations::value).map(String::valueOf);
  }

  /**
   * The HTTP methods of the request method designators on a method: annotations that are
   * themselves annotated {@code @HttpMethod}, such as {@code @GET} or a custom {@code @PATCH}.
   */
  public static List<String> httpMethods(ExecutableElement method) {
    List<String> methods = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String designated = DESIGNATED.computeIfAbsent(mirror.getAnnotationType().asElement(),
          type -> find(type, HTTP_METHOD).flatMap(JaxRsAnnotations::value).map(String::valueOf).orElse(NOT_DESIGNATED));
      if (designated != NOT_DESIGNATED) {
        methods.add(designated);
      }
    }
    return methods;
  }

  /**
   * The HTTP method each annotation type designates, or {@link #NOT_DESIGNATED}: asked for every
   * annotation of every method of every resource, of the same few types. Weak, as {@link #NAMES}.
   */
  private static final Map<Element, String> DESIGNATED = Collections.synchronizedMap(new WeakHashMap<>());
  @SuppressWarnings("StringOperationCanBeSimplified") // compared by identity: no HTTP method can be it
  private static final String NOT_DESIGNATED = new String("");

  /**
   * Whether a method carries any JAX-RS annotation, on itself or a parameter. JAX-RS ignores the
   * annotations of an overridden method as soon as the overriding one has any (spec 3.6).
   */
  public static boolean hasJaxRsAnnotations(ExecutableElement method) {
    if (!httpMethods(method).isEmpty() || hasAnnotationFromJaxRs(method)) {
      return true;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (hasAnnotationFromJaxRs(parameter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnnotationFromJaxRs(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.startsWith(PACKAGE + ".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * How the method reads credentials the browser sends in {@code Authorization}, for the message
   * of the rule on {@code allowedHeaders = "*"}; empty when it does not visibly do so.
   */
  static Optional<String> authorizationUse(ExecutableElement method, TypeElement resource) {
    for (VariableElement parameter : method.getParameters()) {
      Optional<String> header =
          find(parameter, HEADER_PARAM).flatMap(JaxRsAnnotations::value).map(String::valueOf);
      if (header.isPresent() && header.get().toLowerCase(Locale.ROOT).equals("authorization")) {
        return Optional.of("its parameter @HeaderParam(\"" + header.get() + "\") " + parameter.getSimpleName());
      }
      if (find(parameter, CONTEXT).isPresent() && parameter.asType().toString().equals(SECURITY_CONTEXT)) {
        return Optional.of("its @Context SecurityContext parameter");
      }
    }
    if (find(method, ROLES_ALLOWED).isPresent() || find(resource, ROLES_ALLOWED).isPresent()) {
      return Optional.of("its @RolesAllowed check");
    }
    return Optional.empty();
  }
}

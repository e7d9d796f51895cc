package dev.crosscheck.processor.jaxrs;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;

/**
 * Whether a type's declaration is whole: every type it names (supertypes and their type
 * arguments, fields, the parameter, return and thrown types of its methods and constructors,
 * type-parameter bounds, nested types) and every annotation value on it and its members is
 * resolved. Another annotation processor may generate a type such a declaration names in a later
 * round; until then the compiler hands out an error type in its place, and the resource model
 * would be read wrong (a parameter named {@code error}, a locator whose {@code Class<T>} names
 * nothing). The resource model is only built from whole types.
 *
 * <p>Only names are remembered, and only of types found whole, which a later round cannot change:
 * the compiler's elements are not kept from one round to the next.
 */
public final class TypeValidation {

  /**
   * A type the declaration names and the compiler could not resolve.
   *
   * @param usedAt the element whose declaration names it, to report on
   * @param what the type as written ({@code com.example.gen.OrderForm}), or the annotation value
   *     the compiler could not evaluate ({@code the value of @Path})
   */
  public record Unresolved(Element usedAt, String what) {}

  /** Qualified names of the types found whole so far, in this round or an earlier one. */
  private final Set<String> whole = new HashSet<>();

  /** The first unresolved type {@code type}'s declaration names, if any. */
  public Optional<Unresolved> firstUnresolved(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (whole.contains(name)) {
      return Optional.empty();
    }
    Optional<Unresolved> found = inType(type);
    if (found.isEmpty()) {
      whole.add(name);
    }
    return found;
  }

  private Optional<Unresolved> inType(TypeElement type) {
    Optional<Unresolved> found = inAnnotations(type);
    found = found.or(() -> inType(type.getSuperclass(), type));
    for (TypeMirror supertype : type.getInterfaces()) {
      found = found.or(() -> inType(supertype, type));
    }
    found = found.or(() -> inTypeParameters(type.getTypeParameters()));
    for (Element member : type.getEnclosedElements()) {
      found = found.or(() -> inMember(member));
      if (found.isPresent()) {
        return found;
      }
    }
    return found;
  }

  private Optional<Unresolved> inMember(Element member) {
    if (member instanceof TypeElement nested) {
      return firstUnresolved(nested);
    }
    Optional<Unresolved> found = inAnnotations(member);
    if (member instanceof VariableElement field) {
      return found.or(() -> inType(field.asType(), field));
    }
    if (member instanceof ExecutableElement method) {
      found = found.or(() -> inType(method.getReturnType(), method))
          .or(() -> inTypeParameters(method.getTypeParameters()));
      for (VariableElement parameter : method.getParameters()) {
        found = found.or(() -> inAnnotations(parameter)).or(() -> inType(parameter.asType(), method));
      }
      for (TypeMirror thrown : method.getThrownTypes()) {
        found = found.or(() -> inType(thrown, method));
      }
    }
    return found;
  }

  private Optional<Unresolved> inTypeParameters(List<? extends TypeParameterElement> parameters) {
    for (TypeParameterElement parameter : parameters) {
      for (TypeMirror bound : parameter.getBounds()) {
        Optional<Unresolved> found = inType(bound, parameter.getGenericElement());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The first unresolved type in a type as written: itself, its type arguments, bounds or component. */
  private static Optional<Unresolved> inType(TypeMirror type, Element usedAt) {
    if (type == null) {
      return Optional.empty();
    }
    switch (type.getKind()) {
      case ERROR:
        return Optional.of(new Unresolved(usedAt, type.toString()));
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          Optional<Unresolved> found = inType(argument, usedAt);
          if (found.isPresent()) {
            return found;
          }
        }
        return inType(declared.getEnclosingType(), usedAt);
      case ARRAY:
        return inType(((ArrayType) type).getComponentType(), usedAt);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return inType(wildcard.getExtendsBound(), usedAt).or(() -> inType(wildcard.getSuperBound(), usedAt));
      case INTERSECTION:
        return inTypes(((IntersectionType) type).getBounds(), usedAt);
      case UNION:
        return inTypes(((UnionType) type).getAlternatives(), usedAt);
      default:
        // Primitives, void, none; a type variable's bounds are checked where it is declared.
        return Optional.empty();
    }
  }

  private static Optional<Unresolved> inTypes(List<? extends TypeMirror> types, Element usedAt) {
    for (TypeMirror type : types) {
      Optional<Unresolved> found = inType(type, usedAt);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Unresolved> inAnnotations(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Optional<Unresolved> found = inAnnotation(annotation, element);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Unresolved> inAnnotation(AnnotationMirror annotation, Element on) {
    Optional<Unresolved> found = inType(annotation.getAnnotationType(), on);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
      String owner = "@" + annotation.getAnnotationType().asElement().getSimpleName()
          + (entry.getKey().getSimpleName().contentEquals("value") ? "" : " " + entry.getKey().getSimpleName());
      found = found.or(() -> inValue(entry.getValue(), on, owner));
      if (found.isPresent()) {
        return found;
      }
    }
    return found;
  }

  private static Optional<Unresolved> inValue(AnnotationValue value, Element on, String owner) {
    Object v = value == null ? null : value.getValue();
    if (v instanceof TypeMirror type) {
      return inType(type, on);
    }
    if (v instanceof AnnotationMirror nested) {
      return inAnnotation(nested, on);
    }
    if (v instanceof List<?> entries) {
      for (Object entry : entries) {
        Optional<Unresolved> found = inValue((AnnotationValue) entry, on, owner);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    // javac hands over a value it could not evaluate (a constant of a class not generated yet) as
    // "<error>"; the Eclipse compiler leaves such a value out (null).
    if (v == null || "<error>".equals(v)) {
      return Optional.of(new Unresolved(on, "the value of " + owner));
    }
    return Optional.empty();
  }
}

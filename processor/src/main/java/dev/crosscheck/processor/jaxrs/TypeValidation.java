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
    return Optional.ofNullable(unresolvedIn(type));
  }

  // Below, null is "nothing unresolved": every class of a compilation is walked, member by member,
  // so the walk allocates nothing on the way (this check was a tenth of the processor's time).

  private Unresolved unresolvedIn(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (whole.contains(name)) {
      return null;
    }
    Unresolved found = inType(type);
    if (found == null) {
      whole.add(name);
    }
    return found;
  }

  private Unresolved inType(TypeElement type) {
    Unresolved found = inAnnotations(type);
    if (found == null) {
      found = inType(type.getSuperclass(), type);
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      if (found == null) {
        found = inType(supertype, type);
      }
    }
    if (found == null) {
      found = inTypeParameters(type.getTypeParameters());
    }
    for (Element member : type.getEnclosedElements()) {
      if (found != null) {
        return found;
      }
      found = inMember(member);
    }
    return found;
  }

  private Unresolved inMember(Element member) {
    if (member instanceof TypeElement nested) {
      return unresolvedIn(nested);
    }
    Unresolved found = inAnnotations(member);
    if (found != null) {
      return found;
    }
    if (member instanceof VariableElement field) {
      return inType(field.asType(), field);
    }
    if (member instanceof ExecutableElement method) {
      found = inType(method.getReturnType(), method);
      if (found == null) {
        found = inTypeParameters(method.getTypeParameters());
      }
      for (VariableElement parameter : method.getParameters()) {
        if (found == null) {
          found = inAnnotations(parameter);
        }
        if (found == null) {
          found = inType(parameter.asType(), method);
        }
      }
      for (TypeMirror thrown : method.getThrownTypes()) {
        if (found == null) {
          found = inType(thrown, method);
        }
      }
    }
    return found;
  }

  private Unresolved inTypeParameters(List<? extends TypeParameterElement> parameters) {
    for (TypeParameterElement parameter : parameters) {
      for (TypeMirror bound : parameter.getBounds()) {
        Unresolved found = inType(bound, parameter.getGenericElement());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The first unresolved type in a type as written: itself, its type arguments, bounds or component. */
  private static Unresolved inType(TypeMirror type, Element usedAt) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case ERROR:
        return new Unresolved(usedAt, type.toString());
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          Unresolved found = inType(argument, usedAt);
          if (found != null) {
            return found;
          }
        }
        return inType(declared.getEnclosingType(), usedAt);
      case ARRAY:
        return inType(((ArrayType) type).getComponentType(), usedAt);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        Unresolved extendsBound = inType(wildcard.getExtendsBound(), usedAt);
        return extendsBound != null ? extendsBound : inType(wildcard.getSuperBound(), usedAt);
      case INTERSECTION:
        return inTypes(((IntersectionType) type).getBounds(), usedAt);
      case UNION:
        return inTypes(((UnionType) type).getAlternatives(), usedAt);
      default:
        // Primitives, void, none; a type variable's bounds are checked where it is declared.
        return null;
    }
  }

  private static Unresolved inTypes(List<? extends TypeMirror> types, Element usedAt) {
    for (TypeMirror type : types) {
      Unresolved found = inType(type, usedAt);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Unresolved inAnnotations(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Unresolved found = inAnnotation(annotation, element);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Unresolved inAnnotation(AnnotationMirror annotation, Element on) {
    Unresolved found = inType(annotation.getAnnotationType(), on);
    if (found != null) {
      return found;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
      found = inValue(entry.getValue(), on, annotation, entry.getKey());
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Unresolved inValue(AnnotationValue value, Element on, AnnotationMirror annotation,
      ExecutableElement attribute) {
    Object v = value == null ? null : value.getValue();
    if (v instanceof TypeMirror type) {
      return inType(type, on);
    }
    if (v instanceof AnnotationMirror nested) {
      return inAnnotation(nested, on);
    }
    if (v instanceof List<?> entries) {
      for (Object entry : entries) {
        Unresolved found = inValue((AnnotationValue) entry, on, annotation, attribute);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    // javac hands over a value it could not evaluate (a constant of a class not generated yet) as
    // "<error>"; the Eclipse compiler leaves such a value out (null).
    if (v == null || "<error>".equals(v)) {
      String owner = "@" + annotation.getAnnotationType().asElement().getSimpleName()
          + (attribute.getSimpleName().contentEquals("value") ? "" : " " + attribute.getSimpleName());
      return new Unresolved(on, "the value of " + owner);
    }
    return null;
  }
}

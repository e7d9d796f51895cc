package dev.crosscheck.processor.jaxrs;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * A package, type or method by name: what the processor keeps of an element from one round to
 * the next. The compiler's elements belong to the round that handed them out (javac makes new
 * ones each round); a name is looked up again in the round that needs the element.
 *
 * @param type the qualified name of the package, or of the type (the method's owner)
 * @param method the method's name, or null
 * @param parameters the method's parameter types as the compiler prints them, or null
 */
public record ElementRef(Kind kind, String type, String method, List<String> parameters) {

  /** What the name is of. */
  public enum Kind { PACKAGE, TYPE, METHOD }

  /** The name of a package, type or method; any other element stands for the type that declares it. */
  public static ElementRef of(Element element) {
    if (element instanceof PackageElement pkg) {
      return new ElementRef(Kind.PACKAGE, pkg.getQualifiedName().toString(), null, null);
    }
    if (element instanceof TypeElement type) {
      return new ElementRef(Kind.TYPE, type.getQualifiedName().toString(), null, null);
    }
    if (element instanceof ExecutableElement method && method.getEnclosingElement() instanceof TypeElement owner) {
      return new ElementRef(Kind.METHOD, owner.getQualifiedName().toString(), method.getSimpleName().toString(),
          method.getParameters().stream().map(p -> p.asType().toString()).toList());
    }
    return of(element.getEnclosingElement());
  }

  /** The element in this round; a method that is gone stands for its type, a type that is gone for nothing. */
  public Element resolve(Elements elements) {
    if (kind == Kind.PACKAGE) {
      return elements.getPackageElement(type);
    }
    TypeElement owner = elements.getTypeElement(type);
    if (kind == Kind.TYPE || owner == null) {
      return owner;
    }
    for (ExecutableElement candidate : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (candidate.getSimpleName().contentEquals(method)
          && candidate.getParameters().stream().map(p -> p.asType().toString()).toList().equals(parameters)) {
        return candidate;
      }
    }
    return owner;
  }
}

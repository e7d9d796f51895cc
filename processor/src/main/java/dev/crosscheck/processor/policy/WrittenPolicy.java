package dev.crosscheck.processor.policy;

import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * One {@code @CrossOrigin} as written on one element: only the attributes its author wrote, each
 * with the {@link AnnotationValue} a diagnostic can point at.
 */
public final class WrittenPolicy {

  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<PolicyAttribute, AnnotationValue> written;
  /** {@link #site} where it is written on a package or a class, once asked for. */
  private String typeOrPackageSite;

  private WrittenPolicy(Element element, AnnotationMirror mirror, Map<PolicyAttribute, AnnotationValue> written) {
    this.element = element;
    this.mirror = mirror;
    this.written = written;
  }

  /** The {@code @CrossOrigin} on the element itself, if any. */
  public static Optional<WrittenPolicy> read(Element element) {
    return JaxRsAnnotations.find(element, PolicyAnnotations.CROSS_ORIGIN).map(mirror -> {
      Map<PolicyAttribute, AnnotationValue> written = new EnumMap<>(PolicyAttribute.class);
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
        written.put(PolicyAttribute.forAnnotationName(entry.getKey().getSimpleName().toString()), entry.getValue());
      }
      return new WrittenPolicy(element, mirror, written);
    });
  }

  public Element element() {
    return element;
  }

  /**
   * Where it is written, as generated code and reports name it: {@code package com.example},
   * {@code class com.example.NotesResource}, {@code method NotesResource.list()}, or {@code locator
   * NotesResource.comments()} where the method is not {@code endpointMethod} itself.
   */
  public String site(Elements elements, ExecutableElement endpointMethod) {
    if (element.getKind() == ElementKind.PACKAGE || element instanceof TypeElement) {
      if (typeOrPackageSite == null) { // a class's policy is named once per endpoint it governs: put into words once
        typeOrPackageSite = element instanceof TypeElement type ? "class " + elements.getBinaryName(type)
            : "package " + ((PackageElement) element).getQualifiedName();
      }
      return typeOrPackageSite;
    }
    String name = element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "()";
    return (element.equals(endpointMethod) ? "method " : "locator ") + name;
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  public boolean wrote(PolicyAttribute attribute) {
    return written.containsKey(attribute);
  }

  /** The written value, for diagnostics. */
  public Optional<AnnotationValue> value(PolicyAttribute attribute) {
    return Optional.ofNullable(written.get(attribute));
  }

  /** One entry of a written array attribute, for diagnostics that point at it. */
  public Optional<AnnotationValue> entry(PolicyAttribute attribute, int index) {
    AnnotationValue value = written.get(attribute);
    if (value != null && value.getValue() instanceof List<?> list && index >= 0 && index < list.size()) {
      return Optional.of((AnnotationValue) list.get(index));
    }
    return Optional.empty();
  }

  /**
   * The entries of a written {@code String[]} or enum array, as strings (enum constants by name).
   * An entry javac could not evaluate is left out: javac reports it already.
   */
  List<String> strings(PolicyAttribute attribute) {
    List<String> out = new ArrayList<>();
    Object value = written.get(attribute).getValue();
    List<?> entries = value instanceof List<?> list ? list : List.of(written.get(attribute));
    for (Object entry : entries) {
      Object v = ((AnnotationValue) entry).getValue();
      if (isUnresolved((AnnotationValue) entry)) {
        continue; // javac reports the unresolved symbol itself
      }
      if (v instanceof String s) {
        out.add(s);
      } else if (v instanceof VariableElement constant) {
        out.add(constant.getSimpleName().toString());
      }
    }
    return out;
  }

  /**
   * Whether javac could not evaluate a value yet, as with a constant of a class another processor
   * generates in this round; javac hands such values over as {@code <error>}.
   */
  public boolean hasUnresolvedValues() {
    for (AnnotationValue value : written.values()) {
      Object v = value.getValue();
      List<?> entries = v instanceof List<?> list ? list : List.of(value);
      for (Object entry : entries) {
        if (isUnresolved((AnnotationValue) entry)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUnresolved(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof String || v instanceof Boolean || v instanceof Number || v instanceof VariableElement
        || v instanceof List<?>) {
      return "<error>".equals(v); // javac's value for what it could not evaluate
    }
    return "<error>".equals(value.toString()); // rendering every value would cost a build of many classes
  }

  /**
   * The class {@code originSource} names, by binary name; empty where it names none ({@code
   * OriginSource.class}, written to drop an inherited source) or javac could not resolve it.
   */
  Optional<String> originSource() {
    return originSourceType().map(WrittenPolicy::binaryName);
  }

  /** The class {@code originSource} names, unless it names none. */
  public Optional<TypeElement> originSourceType() {
    AnnotationValue value = written.get(PolicyAttribute.ORIGIN_SOURCE);
    if (value == null || !(value.getValue() instanceof DeclaredType type) || !(type.asElement() instanceof TypeElement element)) {
      return Optional.empty();
    }
    return element.getQualifiedName().contentEquals(PolicyAnnotations.ORIGIN_SOURCE) ? Optional.empty() : Optional.of(element);
  }

  /** A type's binary name, as {@code Class.forName} takes it: {@code $} between a nested type and its enclosing type. */
  private static String binaryName(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    if (enclosing instanceof TypeElement outer) {
      return binaryName(outer) + "$" + type.getSimpleName();
    }
    return type.getQualifiedName().toString();
  }

  boolean bool(PolicyAttribute attribute) {
    return written.get(attribute).getValue() instanceof Boolean b && b;
  }

  long number(PolicyAttribute attribute, long fallback) {
    return written.get(attribute).getValue() instanceof Number n ? n.longValue() : fallback;
  }
}

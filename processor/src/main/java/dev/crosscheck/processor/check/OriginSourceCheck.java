package dev.crosscheck.processor.check;

import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.internal.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The class a policy's {@code originSource} names can be made as the runtime makes it: a public,
 * non-abstract class, static where nested, with a public constructor without parameters (CORS087).
 * The compiler has checked already that it implements {@code OriginSource}. Reported at the
 * {@code originSource} value, once per annotation that writes it.
 */
public final class OriginSourceCheck {

  public List<Finding> check(List<GovernedEndpoint> endpoints) {
    Map<WrittenPolicy, MergedPolicy> writers = new LinkedHashMap<>();
    for (GovernedEndpoint governed : endpoints) {
      governed.policy().ifPresent(merged -> merged.writer(PolicyAttribute.ORIGIN_SOURCE)
          .ifPresent(writer -> writers.putIfAbsent(writer, merged)));
    }
    List<Finding> findings = new ArrayList<>();
    writers.forEach((writer, merged) -> writer.originSourceType().flatMap(OriginSourceCheck::unusable).ifPresent(why ->
        findings.add(Finding.of(new Violation(Rule.UNUSABLE_ORIGIN_SOURCE, Optional.of(PolicyAttribute.ORIGIN_SOURCE),
            Violation.WHOLE_ATTRIBUTE, Rule.UNUSABLE_ORIGIN_SOURCE.message(writer.originSourceType().get().getQualifiedName(), why)),
            merged))));
    return findings;
  }

  /** Why the runtime could not make an instance of {@code type}, or empty. */
  static Optional<String> unusable(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS) {
      return Optional.of("it is " + (type.getKind() == ElementKind.INTERFACE ? "an interface" : "not a class"));
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("it is abstract");
    }
    for (TypeElement t = type; t != null; t = t.getEnclosingElement() instanceof TypeElement outer ? outer : null) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of((t == type ? "it is" : "its enclosing class " + t.getSimpleName() + " is") + " not public");
      }
      if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)) {
        return Optional.of((t == type ? "it is" : "its enclosing class " + t.getSimpleName() + " is") + " an inner class, made only with an instance of its enclosing class");
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return Optional.of("it is a local class");
      }
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.empty();
      }
    }
    return Optional.of("it has no public constructor without parameters");
  }
}

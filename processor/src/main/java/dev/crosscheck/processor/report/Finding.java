package dev.crosscheck.processor.report;

import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.internal.rules.Violation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * What a check found, and where: checks return findings, and {@link Reporter#report(List)} alone
 * prints them, so that no check depends on what another printed.
 */
public sealed interface Finding {

  Rule rule();

  /** A rule broken by a merged policy, at the value that broke it. */
  record InPolicy(Violation violation, MergedPolicy merged) implements Finding {
    @Override
    public Rule rule() {
      return violation.rule();
    }
  }

  /** A problem of one written annotation of ours. */
  record AtAnnotation(Rule rule, WrittenPolicy at, List<Object> specifics) implements Finding {}

  /** A problem of an element, at one of its annotations where there is one to point at. */
  record AtElement(Rule rule, Element element, Optional<AnnotationMirror> annotation, List<Object> specifics)
      implements Finding {}

  static Finding of(Violation violation, MergedPolicy merged) {
    return new InPolicy(violation, merged);
  }

  static Finding at(Rule rule, WrittenPolicy annotation, Object... specifics) {
    return new AtAnnotation(rule, annotation, List.of(specifics));
  }

  static Finding at(Rule rule, Element element, Object... specifics) {
    return new AtElement(rule, element, Optional.empty(), List.of(specifics));
  }

  static Finding at(Rule rule, Element element, Optional<AnnotationMirror> annotation, Object... specifics) {
    return new AtElement(rule, element, annotation, List.of(specifics));
  }
}

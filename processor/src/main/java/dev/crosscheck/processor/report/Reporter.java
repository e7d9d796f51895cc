package dev.crosscheck.processor.report;

import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.internal.rules.Severity;
import dev.crosscheck.runtime.internal.rules.Violation;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics at the most precise position there is (the array entry, else the attribute,
 * else the annotation, else the element), once each even when a class-level value is checked for
 * every endpoint it governs, and leaves out warnings the element or an enclosing one suppresses
 * with {@code @SuppressWarnings("CORSnnn")}.
 */
public final class Reporter {

  private record Position(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Position p
          && p.element == element
          && p.mirror == mirror
          && p.value == value
          && p.message.equals(message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(System.identityHashCode(element), System.identityHashCode(mirror),
          System.identityHashCode(value), message);
    }
  }

  private final Messager messager;
  private final Set<Position> printed = new HashSet<>();
  private boolean errors;
  /** Where every diagnostic is also recorded, when the build asked for a SARIF log. */
  private SarifLog sarif;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /**
   * A new round: what was printed is forgotten, as it names elements of the rounds before (the
   * compiler's elements belong to their round, and a finding is never reported twice in one).
   */
  public void newRound() {
    printed.clear();
  }

  /** Records every diagnostic from now on, suppressed warnings included, in {@code log}. */
  public void recordIn(SarifLog log) {
    this.sarif = log;
  }

  /** Each finding, in order. */
  public void report(List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding instanceof Finding.InPolicy f) {
        report(f.violation(), f.merged());
      } else if (finding instanceof Finding.AtAnnotation f) {
        report(f.rule(), f.at(), f.specifics().toArray());
      } else if (finding instanceof Finding.AtElement f) {
        report(f.rule(), f.element(), f.annotation(), f.specifics().toArray());
      }
    }
  }

  /** A violation found in a merged policy, at the value that caused it. */
  public void report(Violation violation, MergedPolicy merged) {
    WrittenPolicy at = merged.mostSpecific();
    AnnotationValue value = null;
    if (violation.attribute().isPresent()) {
      Optional<WrittenPolicy> writer = merged.writer(violation.attribute().get());
      if (writer.isPresent()) {
        at = writer.get();
        value = at.entry(violation.attribute().get(), violation.index())
            .or(() -> merged.writer(violation.attribute().get()).flatMap(w -> w.value(violation.attribute().get())))
            .orElse(null);
      }
    }
    print(violation.rule(), violation.message(), at.element(), at.mirror(), value);
  }

  /** A problem of an annotation as a whole. */
  public void report(Rule rule, WrittenPolicy at, Object... specifics) {
    print(rule, rule.message(specifics), at.element(), at.mirror(), null);
  }

  /** A problem of an element that has no annotation of ours to point at. */
  public void report(Rule rule, Element element, Object... specifics) {
    print(rule, rule.message(specifics), element, null, null);
  }

  /** A problem of an element, at the annotation when there is one. */
  public void report(Rule rule, Element element, Optional<AnnotationMirror> at, Object... specifics) {
    print(rule, rule.message(specifics), element, at.orElse(null), null);
  }

  /**
   * A problem of a file that is not a source, such as the exposure lock: printed like a global one
   * (javac places messages only in sources), and located at the file in the SARIF log.
   */
  public void reportAt(Path file, Rule rule, Object... specifics) {
    printUnplaced(rule, rule.message(specifics), file);
  }

  /** A problem that belongs to no element, such as a failure of the processor itself. */
  public void reportGlobally(Rule rule, Object... specifics) {
    printUnplaced(rule, rule.message(specifics), null);
  }

  /** @param file where the SARIF log places it, or null for nowhere */
  private void printUnplaced(Rule rule, String message, Path file) {
    errors |= rule.severity() == Severity.ERROR;
    messager.printMessage(kind(rule), message);
    if (sarif != null) {
      sarif.addUnplaced(rule, message, file);
    }
  }

  private void print(Rule rule, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
    boolean suppressed = rule.severity() == Severity.WARNING && isSuppressed(rule, element);
    if (!printed.add(new Position(element, mirror, value, message))) {
      return;
    }
    if (sarif != null) {
      sarif.add(rule, message, element, mirror, value, suppressed);
    }
    if (suppressed) {
      return;
    }
    errors |= rule.severity() == Severity.ERROR;
    if (value != null) {
      messager.printMessage(kind(rule), message, element, mirror, value);
    } else if (mirror != null) {
      messager.printMessage(kind(rule), message, element, mirror);
    } else {
      messager.printMessage(kind(rule), message, element);
    }
  }

  private static Diagnostic.Kind kind(Rule rule) {
    return rule.severity() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
  }

  private static boolean isSuppressed(Rule rule, Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppressed = e.getAnnotation(SuppressWarnings.class);
      if (suppressed != null && List.of(suppressed.value()).contains(rule.code())) {
        return true;
      }
      if (suppressedInKotlin(rule, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Kotlin's {@code @Suppress("CORSnnn")}, which kapt keeps on the Java stubs it hands to
   * processors as {@code @kotlin.Suppress(names = ...)}: a Kotlin user writes that, not {@code
   * @java.lang.SuppressWarnings}. Read by name, so the processor needs nothing of Kotlin's.
   */
  private static boolean suppressedInKotlin(Rule rule, Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Element type = annotation.getAnnotationType().asElement();
      if (!(type instanceof TypeElement named) || !named.getQualifiedName().contentEquals("kotlin.Suppress")) {
        continue;
      }
      for (var value : annotation.getElementValues().entrySet()) {
        if (value.getKey().getSimpleName().contentEquals("names") && value.getValue().getValue() instanceof List<?> names) {
          for (Object name : names) {
            if (name instanceof AnnotationValue code && rule.code().equals(code.getValue())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  public boolean hasErrors() {
    return errors;
  }
}

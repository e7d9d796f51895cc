package dev.crosscheck.processor.check;

import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.policy.Sites;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import dev.crosscheck.runtime.internal.rules.PolicyRules;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.internal.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Policy annotations that govern no endpoint: on something that is no resource (CORS070), out of
 * every root resource's reach (CORS072), an opt-out with nothing to opt out of (CORS073), both
 * annotations on one element (CORS074). A policy that governs nothing still has its values
 * checked, so no mistake hides behind another.
 */
public final class PlacementCheck {

  private final ResourceScanner scanner;

  public PlacementCheck(ResourceScanner scanner) {
    this.scanner = scanner;
  }

  /**
   * Policy annotations that govern no endpoint: misplaced, or out of this compilation's reach.
   *
   * @param mapped the policy sites some endpoint of the round is governed from
   * @param optOutsInEffect the opt-outs that dropped a policy for some endpoint of the round
   * @param explained opt-outs another finding is about already (CORS078)
   * @param merger the round's merger, to read and merge policies with
   */
  public List<Finding> check(List<Element> annotated, Set<Element> mapped, Set<Element> optOutsInEffect,
      Set<Element> explained, PolicyMerger merger) {
    List<Finding> findings = new ArrayList<>();
    for (Element element : annotated) {
      Optional<WrittenPolicy> written = merger.written(element);
      boolean optsOut = PolicyMerger.optsOut(element);
      if (written.isPresent() && optsOut) {
        findings.add(Finding.at(Rule.POLICY_AND_OPT_OUT, written.get()));
      }
      if (element.getKind() == ElementKind.PACKAGE) {
        if (written.isPresent() && !mapped.contains(element)) {
          findings.add(Finding.at(Rule.UNMAPPED_POLICY, written.get(), "no root resource class of this compilation is in "
              + Sites.describe(element) + " or below it; move the policy to the package of the resources"));
          findings.addAll(standalone(element, merger));
        }
        continue;
      }
      if (optsOut && !optOutsInEffect.contains(element) && written.isEmpty() && !explained.contains(element)) {
        findings.add(Finding.at(Rule.USELESS_OPT_OUT, element, PolicyMerger.optOutAnnotation(element), Sites.describe(element)));
      }
      if (written.isEmpty() || mapped.contains(element)) {
        continue;
      }
      Optional<String> notAResource = whyNotAResource(element);
      if (notAResource.isPresent()) {
        findings.add(Finding.at(Rule.NOT_A_RESOURCE, written.get(), Sites.describe(element), notAResource.get()));
      } else {
        findings.add(Finding.at(Rule.UNMAPPED_POLICY, written.get(),
            "no root resource class or sub-resource locator of this compilation reaches "
                + Sites.describe(element) + "; give its class @Path, or return it from a sub-resource locator"));
      }
      findings.addAll(standalone(element, merger));
    }
    return findings;
  }


  private Optional<String> whyNotAResource(Element element) {
    if (element instanceof ExecutableElement method) {
      if (method.getModifiers().contains(Modifier.STATIC) || !method.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of("JAX-RS serves only public instance methods");
      }
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      ExecutableElement declaration = scanner.annotationSource(method, owner);
      if (declaration == null
          || (JaxRsAnnotations.httpMethods(declaration).isEmpty() && JaxRsAnnotations.path(declaration).isEmpty())) {
        return Optional.of("the method has no HTTP method annotation such as @GET and no @Path");
      }
      return Optional.empty();
    }
    if (element instanceof TypeElement type) {
      if (scanner.rootPath(type).isPresent()) {
        return Optional.empty();
      }
      if (scanner.hasResourceMethods(type)) {
        return Optional.empty();
      }
      return Optional.of("the class has no @Path and no resource methods");
    }
    return Optional.empty();
  }

  /** A policy that governs nothing still has its values checked, so no mistake hides behind another. */
  private static List<Finding> standalone(Element element, PolicyMerger merger) {
    List<Finding> findings = new ArrayList<>();
    List<Element> sites = new ArrayList<>();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      sites.add(0, e);
    }
    boolean originsMayComeFromBelow = element.getKind() == ElementKind.PACKAGE;
    merger.merge(sites).ifPresent(merged -> {
      for (Violation violation : PolicyRules.check(merged.policy(), GuardedEndpoints.UNKNOWN)) {
        if (!(originsMayComeFromBelow && violation.rule() == Rule.NO_ORIGIN)) {
          findings.add(Finding.of(violation, merged));
        }
      }
    });
    return findings;
  }
}

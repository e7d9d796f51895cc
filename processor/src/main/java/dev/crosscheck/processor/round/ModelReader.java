package dev.crosscheck.processor.round;

import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.processor.jaxrs.MalformedTemplateException;
import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.jaxrs.UnmappedLocator;
import dev.crosscheck.processor.jaxrs.UnresolvedTypeException;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The first step of a round: reads the round's root resources into a {@link RoundModel}. A class
 * that names a type not resolved yet is left for the next round, by name; in the last round, that
 * is CORS083 on the element that names it.
 */
final class ModelReader {

  private final ResourceScanner scanner;

  ModelReader(ResourceScanner scanner) {
    this.scanner = scanner;
  }

  RoundModel read(List<TypeElement> types, List<Element> annotated, boolean lastRound) {
    PolicyMerger merger = new PolicyMerger();
    List<Finding> findings = new ArrayList<>();
    List<TypeElement> deferred = new ArrayList<>();
    // Classes whose model could not be read, reported already: their policies are not "unmapped" too.
    List<TypeElement> unreadable = new ArrayList<>();
    List<Endpoint> endpoints = new ArrayList<>();
    List<UnmappedLocator> unmapped = new ArrayList<>();
    List<ResourceScanner.LocatorTarget> locatorTargets = new ArrayList<>();
    for (TypeElement type : types) {
      Optional<String> unresolvedSupertype =
          type.getKind() == ElementKind.CLASS ? scanner.unresolvedSupertype(type) : Optional.empty();
      if (unresolvedSupertype.isPresent()) {
        // Its @Path or its policy may come from a type another processor generates.
        if (!lastRound) {
          deferred.add(type);
        } else if (concernsCors(type, annotated)) {
          unreadable.add(type);
          findings.add(Finding.at(Rule.UNRESOLVED_TYPE, type, type.getSimpleName(), unresolvedSupertype.get(),
              type.getSimpleName()));
        }
        continue;
      }
      if (!scanner.isRootResource(type)) {
        continue;
      }
      try {
        ResourceScanner.Scan scan = scanner.scan(type);
        if (!lastRound && hasUnresolvedValues(scan, merger)) {
          deferred.add(type); // a constant another processor has yet to generate
          continue;
        }
        endpoints.addAll(scan.endpoints());
        unmapped.addAll(scan.unmappedLocators());
        locatorTargets.addAll(scan.locatorTargets());
      } catch (UnresolvedTypeException e) {
        if (!lastRound) {
          deferred.add(type);
        } else {
          unreadable.add(type);
          findings.add(Finding.at(Rule.UNRESOLVED_TYPE, e.usedAt(), describe(e.usedAt()), e.unresolved(),
              type.getSimpleName()));
        }
      } catch (MalformedTemplateException e) {
        unreadable.add(type);
        findings.add(Finding.at(Rule.MALFORMED_TEMPLATE, e.on(), JaxRsAnnotations.find(e.on(), JaxRsAnnotations.PATH),
            e.template(), describe(e.on()), e.reason()));
      }
    }
    Set<Element> mapped = new HashSet<>();
    List<GovernedEndpoint> governed = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      mapped.addAll(endpoint.policySites());
      governed.add(new GovernedEndpoint(endpoint, merger.merge(endpoint.policySites())));
    }
    List<Element> placed = annotated.stream()
        .filter(e -> !insideAny(e, deferred) && !insideAny(e, unreadable)).toList();
    return new RoundModel(governed, unmapped, locatorTargets, mapped, placed,
        deferred.stream().map(t -> t.getQualifiedName().toString()).toList(), findings, merger);
  }

  /**
   * Whether a class whose supertype never resolved is one CORS needs: it carries a policy, or
   * JAX-RS annotations, of its own or on a member. Any other class is the compiler's to report.
   */
  private static boolean concernsCors(TypeElement type, List<Element> annotated) {
    if (annotated.stream().anyMatch(e -> e.equals(type) || type.equals(e.getEnclosingElement()))
        || JaxRsAnnotations.path(type).isPresent()) {
      return true;
    }
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream().anyMatch(JaxRsAnnotations::hasJaxRsAnnotations);
  }

  /** {@code OrdersResource.update()}, {@code OrdersResource.form} or {@code OrdersResource}: where a finding is, in its message. */
  private static String describe(Element element) {
    Element owner = element.getEnclosingElement();
    if (element instanceof TypeElement || !(owner instanceof TypeElement)) {
      return element.getSimpleName().toString();
    }
    return owner.getSimpleName() + "." + element.getSimpleName() + (element instanceof ExecutableElement ? "()" : "");
  }

  private static boolean hasUnresolvedValues(ResourceScanner.Scan scan, PolicyMerger merger) {
    Set<Element> sites = new HashSet<>(); // a class's sites are shared by each of its endpoints: each read once
    for (Endpoint endpoint : scan.endpoints()) {
      for (Element site : endpoint.policySites()) {
        if (sites.add(site) && merger.written(site).map(WrittenPolicy::hasUnresolvedValues).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean insideAny(Element element, List<TypeElement> types) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (types.contains(e)) {
        return true;
      }
    }
    return false;
  }
}

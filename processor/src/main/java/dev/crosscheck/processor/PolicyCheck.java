package dev.crosscheck.processor;

import com.sun.source.util.Trees;
import dev.crosscheck.processor.check.PlacementCheck;
import dev.crosscheck.processor.check.PolicyValueCheck;
import dev.crosscheck.processor.check.PolymorphicLocatorCheck;
import dev.crosscheck.processor.check.QuarkusApplicationCheck;
import dev.crosscheck.processor.check.RouteConflictCheck;
import dev.crosscheck.processor.generate.ClassPathFacts;
import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.processor.jaxrs.MalformedTemplateException;
import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.jaxrs.UnmappedLocator;
import dev.crosscheck.processor.jaxrs.UnresolvedTypeException;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.processor.report.Reporter;
import dev.crosscheck.runtime.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the policies of a set of resource classes against the rulebook and against the JAX-RS
 * model they guard, and collects the endpoint table for generation: builds the resource model
 * ({@link ResourceScanner}) and merges each endpoint's policy ({@link PolicyMerger}), then hands
 * the results to the checks by concern (values, route conflicts, polymorphic locators, placement). Keeps what it has seen across
 * rounds, so a conflict between a class of one round and a class of a later round is found too.
 */
final class PolicyCheck {

  private final Reporter reporter;
  private final ResourceScanner scanner;
  private final PolicyMerger merger = new PolicyMerger();
  private final List<GovernedEndpoint> table = new ArrayList<>();
  private final PolicyValueCheck values;
  private final RouteConflictCheck conflicts;
  private final PolymorphicLocatorCheck polymorphic;
  private final PlacementCheck placement;
  private final QuarkusApplicationCheck quarkus;
  private final boolean quarkusRest;


  /** @param trees javac's trees, or null where the compiler has none */
  PolicyCheck(Elements elements, Types types, Trees trees, Reporter reporter) {
    this.reporter = reporter;
    this.scanner = new ResourceScanner(elements, types, PolicyMerger::carriesPolicy);
    this.values = new PolicyValueCheck(reporter);
    this.conflicts = new RouteConflictCheck(elements, types, reporter);
    this.polymorphic = new PolymorphicLocatorCheck(scanner, merger, types, reporter);
    this.placement = new PlacementCheck(scanner, merger, polymorphic, reporter);
    this.quarkus = new QuarkusApplicationCheck(elements, types, trees, reporter);
    this.quarkusRest = elements.getTypeElement(ClassPathFacts.QUARKUS_REST) != null;
  }

  /** Every endpoint checked so far, with its policy. */
  List<GovernedEndpoint> table() {
    return List.copyOf(table);
  }

  /**
   * Checks the given types (sorted) and the policy annotations among them.
   *
   * @return the root resource classes that could not be checked yet because a type they depend
   *     on is not resolved; checked in a later round
   */
  List<TypeElement> check(List<TypeElement> types, List<Element> annotated, boolean lastRound) {
    List<TypeElement> deferred = new ArrayList<>();
    // Classes whose model could not be read, reported already: their policies are not "unmapped" too.
    List<TypeElement> unreadable = new ArrayList<>();
    List<Endpoint> endpoints = new ArrayList<>();
    List<UnmappedLocator> unmapped = new ArrayList<>();
    List<ResourceScanner.LocatorTarget> locatorTargets = new ArrayList<>();
    conflicts.collectApplications(types);
    quarkus.check(types, quarkusRest, "GeneratedCorsFilter");
    for (TypeElement type : types) {
      Optional<String> unresolvedSupertype =
          type.getKind() == ElementKind.CLASS ? scanner.unresolvedSupertype(type) : Optional.empty();
      if (unresolvedSupertype.isPresent()) {
        // Its @Path or its policy may come from a type another processor generates.
        if (!lastRound) {
          deferred.add(type);
        } else if (concernsCors(type, annotated)) {
          unreadable.add(type);
          reporter.report(Rule.UNRESOLVED_TYPE, type, type.getSimpleName(), unresolvedSupertype.get(), type.getSimpleName());
        }
        continue;
      }
      if (!scanner.isRootResource(type)) {
        continue;
      }
      try {
        ResourceScanner.Scan scan = scanner.scan(type);
        if (!lastRound && hasUnresolvedValues(scan)) {
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
          reporter.report(Rule.UNRESOLVED_TYPE, e.usedAt(), describe(e.usedAt()), e.unresolved(), type.getSimpleName());
        }
      } catch (MalformedTemplateException e) {
        unreadable.add(type);
        reporter.report(Rule.MALFORMED_TEMPLATE, e.on(), JaxRsAnnotations.find(e.on(), JaxRsAnnotations.PATH),
            e.template(), describe(e.on()), e.reason());
      }
    }
    Set<Element> mapped = new HashSet<>();
    Map<List<WrittenPolicy>, List<Endpoint>> groups = new LinkedHashMap<>();
    Map<List<WrittenPolicy>, MergedPolicy> groupPolicies = new LinkedHashMap<>();
    for (Endpoint endpoint : endpoints) {
      Optional<MergedPolicy> merged = merger.merge(endpoint.policySites());
      mapped.addAll(endpoint.policySites());
      merged.ifPresent(m -> {
        groups.computeIfAbsent(m.contributors(), k -> new ArrayList<>()).add(endpoint);
        groupPolicies.putIfAbsent(m.contributors(), m);
      });
      GovernedEndpoint governed = new GovernedEndpoint(endpoint, merged);
      table.add(governed);
      values.checkMethodIsOpen(governed);
      conflicts.check(governed);
    }
    values.checkGroups(groups, groupPolicies);
    polymorphic.check(locatorTargets, types, mapped);
    for (UnmappedLocator locator : unmapped) {
      mapped.addAll(locator.policySites());
      if (merger.merge(locator.policySites()).isPresent()) {
        reporter.report(Rule.UNMAPPED_POLICY, locator.locator(), locator.reason());
      }
    }
    placement.check(annotated.stream().filter(e -> !insideAny(e, deferred) && !insideAny(e, unreadable)).toList(), mapped);
    return deferred;
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

  private boolean hasUnresolvedValues(ResourceScanner.Scan scan) {
    return scan.endpoints().stream().flatMap(e -> e.policySites().stream())
        .anyMatch(site -> merger.written(site).map(WrittenPolicy::hasUnresolvedValues).orElse(false));
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

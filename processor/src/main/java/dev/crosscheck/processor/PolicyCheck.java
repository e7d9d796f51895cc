package dev.crosscheck.processor;

import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.runtime.path.InvalidTemplateException;
import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.runtime.path.RouteKey;
import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.jaxrs.UnmappedLocator;
import dev.crosscheck.processor.jaxrs.UnresolvedTypeException;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.PolicyAnnotations;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.policy.Sites;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.processor.report.Reporter;
import dev.crosscheck.runtime.policy.CorsPolicy;
import dev.crosscheck.runtime.policy.GuardedEndpoints;
import dev.crosscheck.runtime.policy.PolicyAttribute;
import dev.crosscheck.runtime.rules.PolicyRules;
import dev.crosscheck.runtime.rules.Rule;
import dev.crosscheck.runtime.rules.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the policies of a set of resource classes against the rulebook and against the JAX-RS
 * model they guard, and collects the endpoint table for generation. Keeps what it has seen across
 * rounds, so a conflict between a class of one round and a class of a later round is found too.
 */
final class PolicyCheck {

  private final Reporter reporter;
  private final ResourceScanner scanner;
  private final PolicyMerger merger = new PolicyMerger();
  private final Map<RouteKey, GovernedEndpoint> claims = new LinkedHashMap<>();
  private final List<GovernedEndpoint> table = new ArrayList<>();

  private final Elements elements;
  private final Types types;
  /** Concrete {@code Application} subclasses seen so far: with two, resources may be deployed apart. */
  private final Set<String> applications = new TreeSet<>();
  /** Elements reported as CORS078: their opt-out is not useless, it is what a preflight cannot see. */
  private final Set<Element> polymorphicSites = new HashSet<>();

  PolicyCheck(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.scanner = new ResourceScanner(elements, types, PolicyMerger::carriesPolicy);
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
    List<Endpoint> endpoints = new ArrayList<>();
    List<UnmappedLocator> unmapped = new ArrayList<>();
    List<ResourceScanner.LocatorTarget> locatorTargets = new ArrayList<>();
    collectApplications(types);
    for (TypeElement type : types) {
      if (!lastRound && type.getKind() == ElementKind.CLASS && scanner.hasUnresolvedSupertype(type)) {
        deferred.add(type); // its @Path or its policy may come from a type another processor generates
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
          reporter.report(Rule.UNMAPPED_POLICY, e.element(), e.getMessage() + "; fix the type so that it compiles");
        }
      } catch (InvalidTemplateException e) {
        reporter.report(Rule.UNMAPPED_POLICY, type, e.getMessage() + "; write the template as {name} or {name: regex}");
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
      checkMethodIsOpen(governed);
      checkConflict(governed);
    }
    checkGroups(groups, groupPolicies);
    checkPolymorphicLocators(locatorTargets, types, mapped);
    for (UnmappedLocator locator : unmapped) {
      mapped.addAll(locator.policySites());
      if (merger.merge(locator.policySites()).isPresent()) {
        reporter.report(Rule.UNMAPPED_POLICY, locator.locator(), locator.reason());
      }
    }
    checkPlacement(annotated.stream().filter(e -> !insideAny(e, deferred)).toList(), mapped);
    return deferred;
  }

  /**
   * Runs the rulebook once per distinct policy. A value inherited from a class governs several
   * policies, and is judged against all of them: its methods against every method it guards, and
   * a risk it accepts as unused only if no policy it reaches needs it.
   */
  private void checkGroups(Map<List<WrittenPolicy>, List<Endpoint>> groups, Map<List<WrittenPolicy>, MergedPolicy> policies) {
    Map<Optional<WrittenPolicy>, Set<String>> declaredUnderMethodsWriter = new LinkedHashMap<>();
    Map<Optional<WrittenPolicy>, Integer> policiesUnderRisksWriter = new LinkedHashMap<>();
    groups.forEach((contributors, members) -> {
      MergedPolicy merged = policies.get(contributors);
      Set<String> declared = declaredUnderMethodsWriter.computeIfAbsent(merged.writer(PolicyAttribute.METHODS), k -> new TreeSet<>());
      members.forEach(e -> declared.add(e.httpMethod()));
      policiesUnderRisksWriter.merge(merged.writer(PolicyAttribute.ACCEPT_RISKS), 1, Integer::sum);
    });
    record RiskFinding(Optional<WrittenPolicy> writer, Violation violation) {}
    Map<RiskFinding, Integer> unusedRisks = new LinkedHashMap<>();
    Map<RiskFinding, MergedPolicy> unusedRiskPolicies = new LinkedHashMap<>();
    groups.forEach((contributors, members) -> {
      MergedPolicy merged = policies.get(contributors);
      GuardedEndpoints guarded = new GuardedEndpoints(
          declaredUnderMethodsWriter.get(merged.writer(PolicyAttribute.METHODS)), authorizationReader(members));
      for (Violation violation : PolicyRules.check(merged.policy(), guarded)) {
        if (violation.rule() == Rule.UNUSED_RISK) {
          RiskFinding finding = new RiskFinding(merged.writer(PolicyAttribute.ACCEPT_RISKS), violation);
          unusedRisks.merge(finding, 1, Integer::sum);
          unusedRiskPolicies.putIfAbsent(finding, merged);
        } else {
          reporter.report(violation, merged);
        }
      }
    });
    unusedRisks.forEach((finding, count) -> {
      if (count.equals(policiesUnderRisksWriter.get(finding.writer()))) {
        reporter.report(finding.violation(), unusedRiskPolicies.get(finding));
      }
    });
  }

  private static Optional<String> authorizationReader(List<Endpoint> members) {
    for (Endpoint endpoint : members) {
      if (endpoint.authorizationUse().isPresent()) {
        return Optional.of(endpoint.methodName() + " (" + endpoint.authorizationUse().get() + ")");
      }
    }
    return Optional.empty();
  }

  private void checkRules(MergedPolicy merged, GuardedEndpoints guarded) {
    for (Violation violation : PolicyRules.check(merged.policy(), guarded)) {
      reporter.report(violation, merged);
    }
  }

  /**
   * A locator may return a subclass of the type it declares, and the runtime then dispatches to
   * the subclass's methods; a preflight, answered before the locator runs, can only assume the
   * declared type. Every subclass in the compilation must therefore give every path it serves
   * through the locator the policy the declared type gives it.
   */
  private void checkPolymorphicLocators(List<ResourceScanner.LocatorTarget> targets, List<TypeElement> candidates,
      Set<Element> mapped) {
    for (ResourceScanner.LocatorTarget target : targets) {
      try {
        Map<String, Optional<CorsPolicy>> declared = new LinkedHashMap<>();
        for (Endpoint endpoint : scanner.endpointsThrough(target, target.declared())) {
          declared.put(endpoint.httpMethod() + " " + endpoint.template(), merger.merge(endpoint.policySites()).map(MergedPolicy::policy));
        }
        for (TypeElement type : candidates) {
          if (!isProperSubclass(type, target.declared())) {
            continue;
          }
          Set<String> reported = new HashSet<>();
          for (Endpoint endpoint : scanner.endpointsThrough(target, type)) {
            Optional<MergedPolicy> merged = merger.merge(endpoint.policySites());
            mapped.addAll(endpoint.policySites());
            String key = endpoint.httpMethod() + " " + endpoint.template();
            Optional<CorsPolicy> policy = merged.map(MergedPolicy::policy);
            if ((!declared.containsKey(key) || !declared.get(key).equals(policy)) && reported.add(key)) {
              reportPolymorphic(target, type, endpoint);
            }
          }
        }
      } catch (InvalidTemplateException | UnresolvedTypeException e) {
        // The declared type was scanned already; what could not be is reported there.
      }
    }
  }

  private boolean isProperSubclass(TypeElement type, TypeElement declared) {
    return type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)
        && !type.equals(declared) && types.isSubtype(types.erasure(type.asType()), types.erasure(declared.asType()));
  }

  /** Reported on the most specific element of the subclass that carries a policy annotation, else on its method. */
  private void reportPolymorphic(ResourceScanner.LocatorTarget target, TypeElement type, Endpoint endpoint) {
    List<Element> sites = endpoint.policySites();
    Element at = endpoint.method();
    Optional<AnnotationMirror> annotation = Optional.empty();
    for (int i = sites.size() - 1; i >= sites.size() - 2 && i >= 0; i--) {
      Element site = sites.get(i);
      if (PolicyMerger.carriesPolicy(site)) {
        at = site;
        annotation = JaxRsAnnotations.find(site, PolicyAnnotations.CROSS_ORIGIN).or(() -> optOut(site));
        break;
      }
    }
    String locator = target.locator().getEnclosingElement().getSimpleName() + "." + target.locator().getSimpleName() + "()";
    String subclass = type.getSimpleName().toString();
    String declared = target.declared().getSimpleName().toString();
    polymorphicSites.add(at);
    reporter.report(Rule.POLYMORPHIC_LOCATOR, at, annotation, endpoint.httpMethod(), endpoint.template(), subclass,
        locator, declared, subclass, declared);
  }

  private void collectApplications(List<TypeElement> candidates) {
    TypeElement application = elements.getTypeElement("jakarta.ws.rs.core.Application");
    if (application == null) {
      return;
    }
    for (TypeElement type : candidates) {
      if (type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)
          && !type.equals(application) && types.isSubtype(types.erasure(type.asType()), types.erasure(application.asType()))) {
        applications.add(type.getQualifiedName().toString());
      }
    }
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

  /** A policy written on a resource method must open that method, or it does nothing. */
  private void checkMethodIsOpen(GovernedEndpoint governed) {
    if (governed.policy().isEmpty()) {
      return;
    }
    MergedPolicy merged = governed.policy().get();
    Endpoint endpoint = governed.endpoint();
    Element methodSite = endpoint.policySites().get(endpoint.policySites().size() - 1);
    List<String> methods = merged.policy().methods();
    String method = endpoint.httpMethod();
    boolean written = merged.mostSpecific().element().equals(methodSite);
    // A listed method that differs only in case is reported as CORS022 already.
    boolean listedInOtherCase = methods.stream().anyMatch(m -> m.equalsIgnoreCase(method));
    if (written && !methods.isEmpty() && !methods.contains("*") && !listedInOtherCase) {
      reporter.report(Rule.POLICY_EXCLUDES_ITS_METHOD, merged.mostSpecific(), method, methods, method, method);
    }
  }

  /**
   * The generated filter picks a preflight's policy by path template and HTTP method before the
   * runtime picks the resource method; two resource methods that only media types tell apart must
   * agree. Two root classes of a module with several applications may disagree: they may never be
   * deployed together, which is checked when each application starts.
   */
  private void checkConflict(GovernedEndpoint governed) {
    Endpoint endpoint = governed.endpoint();
    GovernedEndpoint first = claims.putIfAbsent(new RouteKey(endpoint.httpMethod(), endpoint.template()), governed);
    if (first == null) {
      return;
    }
    Optional<CorsPolicy> a = first.policy().map(MergedPolicy::policy);
    Optional<CorsPolicy> b = governed.policy().map(MergedPolicy::policy);
    if (a.equals(b)) {
      return;
    }
    if (applications.size() > 1 && !first.endpoint().root().equals(endpoint.root())) {
      // Which application deploys which class is code, not an annotation: the filter checks the
      // resources each application deploys when it starts, and a conflict there stops the start.
      return;
    }
    String firstSource = first.endpoint().methodName();
    String secondSource = endpoint.methodName();
    if (governed.policy().isPresent()) {
      reporter.report(Rule.CONFLICTING_POLICIES, governed.policy().get().mostSpecific(),
          endpoint.httpMethod(), endpoint.template(), firstSource, secondSource);
    } else {
      Element site = endpoint.policySites().get(endpoint.policySites().size() - 1);
      reporter.report(Rule.CONFLICTING_POLICIES, site, optOut(site),
          endpoint.httpMethod(), endpoint.template(), firstSource, secondSource);
    }
  }

  /** Policy annotations that govern no endpoint: misplaced, or out of this compilation's reach. */
  private void checkPlacement(List<Element> annotated, Set<Element> mapped) {
    for (Element element : annotated) {
      Optional<WrittenPolicy> written = merger.written(element);
      boolean optsOut = PolicyMerger.optsOut(element);
      if (written.isPresent() && optsOut) {
        reporter.report(Rule.POLICY_AND_OPT_OUT, written.get());
      }
      if (element.getKind() == ElementKind.PACKAGE) {
        if (written.isPresent() && !mapped.contains(element)) {
          reporter.report(Rule.UNMAPPED_POLICY, written.get(), "no root resource class of this compilation is in "
              + Sites.describe(element) + " or below it; move the policy to the package of the resources");
          checkStandalone(element);
        }
        continue;
      }
      if (optsOut && !merger.optOutTookEffect(element) && written.isEmpty() && !polymorphicSites.contains(element)) {
        reporter.report(Rule.USELESS_OPT_OUT, element, optOut(element), Sites.describe(element));
      }
      if (written.isEmpty() || mapped.contains(element)) {
        continue;
      }
      Optional<String> notAResource = whyNotAResource(element);
      if (notAResource.isPresent()) {
        reporter.report(Rule.NOT_A_RESOURCE, written.get(), Sites.describe(element), notAResource.get());
      } else {
        reporter.report(Rule.UNMAPPED_POLICY, written.get(),
            "no root resource class or sub-resource locator of this compilation reaches "
                + Sites.describe(element) + "; give its class @Path, or return it from a sub-resource locator");
      }
      checkStandalone(element);
    }
  }

  private static Optional<AnnotationMirror> optOut(Element element) {
    return JaxRsAnnotations.find(element, PolicyAnnotations.NO_CROSS_ORIGIN);
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
  private void checkStandalone(Element element) {
    List<Element> sites = new ArrayList<>();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      sites.add(0, e);
    }
    boolean originsMayComeFromBelow = element.getKind() == ElementKind.PACKAGE;
    merger.merge(sites).ifPresent(merged -> {
      for (Violation violation : PolicyRules.check(merged.policy(), GuardedEndpoints.UNKNOWN)) {
        if (!(originsMayComeFromBelow && violation.rule() == Rule.NO_ORIGIN)) {
          reporter.report(violation, merged);
        }
      }
    });
  }
}

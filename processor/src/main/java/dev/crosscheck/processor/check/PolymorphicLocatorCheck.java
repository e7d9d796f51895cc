package dev.crosscheck.processor.check;

import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.processor.jaxrs.JaxRsAnnotations;
import dev.crosscheck.processor.jaxrs.ResourceScanner;
import dev.crosscheck.processor.jaxrs.MalformedTemplateException;
import dev.crosscheck.processor.jaxrs.UnresolvedTypeException;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.PolicyAnnotations;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A locator may return a subclass of the type it declares; a preflight, answered before the
 * locator runs, can only assume the declared type: CORS078 for every path a subclass in the
 * compilation serves with another policy.
 */
public final class PolymorphicLocatorCheck {

  /**
   * What the check found: its findings, the policy sites the subclasses' paths map, and the
   * elements it reported (their opt-out is not useless, it is what a preflight cannot see).
   */
  public record Result(List<Finding> findings, Set<Element> mapped, Set<Element> reported) {}

  private final ResourceScanner scanner;
  private final Types types;

  public PolymorphicLocatorCheck(ResourceScanner scanner, Types types) {
    this.scanner = scanner;
    this.types = types;
  }

  /**
   * A locator may return a subclass of the type it declares, and the runtime then dispatches to
   * the subclass's methods; a preflight, answered before the locator runs, can only assume the
   * declared type. Every subclass in the compilation must therefore give every path it serves
   * through the locator the policy the declared type gives it.
   */
  public Result check(List<ResourceScanner.LocatorTarget> targets, List<TypeElement> candidates, PolicyMerger merger) {
    Result result = new Result(new ArrayList<>(), new HashSet<>(), new HashSet<>());
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
            result.mapped().addAll(endpoint.policySites());
            String key = endpoint.httpMethod() + " " + endpoint.template();
            Optional<CorsPolicy> policy = merged.map(MergedPolicy::policy);
            if ((!declared.containsKey(key) || !declared.get(key).equals(policy)) && reported.add(key)) {
              result.findings().add(polymorphic(target, type, endpoint, result.reported()));
            }
          }
        }
      } catch (MalformedTemplateException | UnresolvedTypeException e) {
        // The declared type was scanned already; what could not be is reported there.
      }
    }
    return result;
  }

  private boolean isProperSubclass(TypeElement type, TypeElement declared) {
    return type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)
        && !type.equals(declared) && types.isSubtype(types.erasure(type.asType()), types.erasure(declared.asType()));
  }

  /** Reported on the most specific element of the subclass that carries a policy annotation, else on its method. */
  private static Finding polymorphic(ResourceScanner.LocatorTarget target, TypeElement type, Endpoint endpoint,
      Set<Element> reported) {
    List<Element> sites = endpoint.policySites();
    Element at = endpoint.method();
    Optional<AnnotationMirror> annotation = Optional.empty();
    for (int i = sites.size() - 1; i >= sites.size() - 2 && i >= 0; i--) {
      Element site = sites.get(i);
      if (PolicyMerger.carriesPolicy(site)) {
        at = site;
        annotation = JaxRsAnnotations.find(site, PolicyAnnotations.CROSS_ORIGIN).or(() -> PolicyMerger.optOutAnnotation(site));
        break;
      }
    }
    String locator = target.locator().getEnclosingElement().getSimpleName() + "." + target.locator().getSimpleName() + "()";
    String subclass = type.getSimpleName().toString();
    String declared = target.declared().getSimpleName().toString();
    reported.add(at);
    return Finding.at(Rule.POLYMORPHIC_LOCATOR, at, annotation, endpoint.httpMethod(), endpoint.template(), subclass,
        locator, declared, subclass, declared);
  }

}

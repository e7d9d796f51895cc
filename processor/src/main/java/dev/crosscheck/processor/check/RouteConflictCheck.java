package dev.crosscheck.processor.check;

import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.PolicyMerger;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.path.RouteKey;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Two resource methods a preflight cannot tell apart (one {@link RouteKey}) with different
 * policies: CORS071. Across root classes it is left to start-up when the compilation has two or
 * more {@code Application} subclasses, since which one deploys which class is code.
 */
public final class RouteConflictCheck {

  /**
   * The first claim of each route, kept over rounds by name (a conflict with a class of an
   * earlier round is reported on the class of this one).
   */
  private record Claim(Optional<CorsPolicy> policy, String root, String methodName) {}

  private final Elements elements;
  private final Types types;
  private final Map<RouteKey, Claim> claims = new LinkedHashMap<>();
  /** Concrete {@code Application} subclasses seen so far: with two, resources may be deployed apart. */
  private final Set<String> applications = new TreeSet<>();

  public RouteConflictCheck(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public void collectApplications(List<TypeElement> candidates) {
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

  /**
   * The generated filter picks a preflight's policy by path template and HTTP method before the
   * runtime picks the resource method; two resource methods that only media types tell apart must
   * agree. Two root classes of a module with several applications may disagree: they may never be
   * deployed together, which is checked when each application starts.
   */
  public List<Finding> check(List<GovernedEndpoint> endpoints) {
    List<Finding> findings = new ArrayList<>();
    for (GovernedEndpoint governed : endpoints) {
      check(governed).ifPresent(findings::add);
    }
    return findings;
  }

  private Optional<Finding> check(GovernedEndpoint governed) {
    Endpoint endpoint = governed.endpoint();
    Optional<CorsPolicy> policy = governed.policy().map(MergedPolicy::policy);
    String root = endpoint.root().getQualifiedName().toString();
    Claim first = claims.putIfAbsent(new RouteKey(endpoint.httpMethod(), endpoint.template()),
        new Claim(policy, root, endpoint.methodName()));
    if (first == null || first.policy().equals(policy)) {
      return Optional.empty();
    }
    if (applications.size() > 1 && !first.root().equals(root)) {
      // Which application deploys which class is code, not an annotation: the filter checks the
      // resources each application deploys when it starts, and a conflict there stops the start.
      return Optional.empty();
    }
    if (governed.policy().isPresent()) {
      return Optional.of(Finding.at(Rule.CONFLICTING_POLICIES, governed.policy().get().mostSpecific(),
          endpoint.httpMethod(), endpoint.template(), first.methodName(), endpoint.methodName()));
    }
    Element site = endpoint.policySites().get(endpoint.policySites().size() - 1);
    return Optional.of(Finding.at(Rule.CONFLICTING_POLICIES, site, PolicyMerger.optOutAnnotation(site),
        endpoint.httpMethod(), endpoint.template(), first.methodName(), endpoint.methodName()));
  }
}

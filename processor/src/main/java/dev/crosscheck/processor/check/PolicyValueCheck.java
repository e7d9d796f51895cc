package dev.crosscheck.processor.check;

import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.processor.policy.GovernedEndpoint;
import dev.crosscheck.processor.policy.MergedPolicy;
import dev.crosscheck.processor.policy.WrittenPolicy;
import dev.crosscheck.processor.report.Finding;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import dev.crosscheck.runtime.internal.rules.PolicyRules;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.internal.rules.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * The rulebook on the values of each distinct policy, judged against the endpoints it guards, and
 * a policy written on a resource method that does not open that method.
 */
public final class PolicyValueCheck {

  /**
   * The rulebook's verdict on equal values is equal: classes that write the same policy are
   * judged once, and each gets the findings at its own annotation.
   */
  private final Map<Judged, List<Violation>> verdicts = new HashMap<>();

  private record Judged(CorsPolicy policy, GuardedEndpoints guarded) {}

  /**
   * The rulebook on every distinct policy of the round's endpoints, and a policy written on a
   * resource method that does not open it.
   */
  public List<Finding> check(List<GovernedEndpoint> endpoints) {
    List<Finding> findings = new ArrayList<>();
    Map<List<WrittenPolicy>, List<Endpoint>> groups = new LinkedHashMap<>();
    Map<List<WrittenPolicy>, MergedPolicy> groupPolicies = new LinkedHashMap<>();
    for (GovernedEndpoint governed : endpoints) {
      governed.policy().ifPresent(m -> {
        groups.computeIfAbsent(m.contributors(), k -> new ArrayList<>()).add(governed.endpoint());
        groupPolicies.putIfAbsent(m.contributors(), m);
      });
      methodIsOpen(governed).ifPresent(findings::add);
    }
    findings.addAll(groups(groups, groupPolicies));
    return findings;
  }

  /** A policy written on a resource method must open that method, or it does nothing. */
  private Optional<Finding> methodIsOpen(GovernedEndpoint governed) {
    if (governed.policy().isEmpty()) {
      return Optional.empty();
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
      return Optional.of(Finding.at(Rule.POLICY_EXCLUDES_ITS_METHOD, merged.mostSpecific(), method, methods, method, method));
    }
    return Optional.empty();
  }

  /**
   * Runs the rulebook once per distinct policy. A value inherited from a class governs several
   * policies, and is judged against all of them: its methods against every method it guards, and
   * a risk it accepts as unused only if no policy it reaches needs it.
   */
  private List<Finding> groups(Map<List<WrittenPolicy>, List<Endpoint>> groups, Map<List<WrittenPolicy>, MergedPolicy> policies) {
    List<Finding> findings = new ArrayList<>();
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
      for (Violation violation : verdicts.computeIfAbsent(new Judged(merged.policy(), guarded),
          j -> PolicyRules.check(j.policy(), j.guarded()))) {
        if (violation.rule() == Rule.UNUSED_RISK) {
          RiskFinding finding = new RiskFinding(merged.writer(PolicyAttribute.ACCEPT_RISKS), violation);
          unusedRisks.merge(finding, 1, Integer::sum);
          unusedRiskPolicies.putIfAbsent(finding, merged);
        } else {
          findings.add(Finding.of(violation, merged));
        }
      }
    });
    unusedRisks.forEach((finding, count) -> {
      if (count.equals(policiesUnderRisksWriter.get(finding.writer()))) {
        findings.add(Finding.of(finding.violation(), unusedRiskPolicies.get(finding)));
      }
    });
    return findings;
  }

  private static Optional<String> authorizationReader(List<Endpoint> members) {
    for (Endpoint endpoint : members) {
      if (endpoint.authorizationUse().isPresent()) {
        return Optional.of(endpoint.methodName() + " (" + endpoint.authorizationUse().get() + ")");
      }
    }
    return Optional.empty();
  }
}

package dev.crosscheck.runtime.internal.rules;

import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.METHODS;

import dev.crosscheck.runtime.internal.http.HttpMethods;
import dev.crosscheck.runtime.internal.http.HttpToken;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Section 2 of the rulebook: the methods a policy opens. */
final class MethodRules {

  private MethodRules() {}

  static void check(CorsPolicy policy, GuardedEndpoints guarded, Findings findings) {
    List<String> methods = policy.methods();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < methods.size(); i++) {
      String method = methods.get(i);
      if (!seen.add(method)) {
        findings.report(Rule.DUPLICATE_ENTRY, METHODS, i, method, "methods");
        continue;
      }
      if (method.equals("*")) {
        if (policy.allowCredentials()) {
          findings.report(Rule.WILDCARD_METHOD_WITH_CREDENTIALS, METHODS, i);
        }
        continue;
      }
      if (!HttpToken.isToken(method)) {
        findings.report(Rule.METHOD_NOT_TOKEN, METHODS, i, method);
        continue;
      }
      if (HttpMethods.isForbidden(method)) {
        findings.report(Rule.FORBIDDEN_METHOD, METHODS, i, method);
        continue;
      }
      String sent = HttpMethods.normalizedSpellingIfDifferent(method);
      if (sent != null) {
        findings.report(Rule.METHOD_CASE, METHODS, i, method, sent, sent);
        continue;
      }
      if (method.equals("OPTIONS")) {
        findings.report(Rule.OPTIONS_METHOD, METHODS, i);
      }
      if (guarded.knowsMethods() && !guarded.declares(method)) {
        findings.report(
            Rule.METHOD_NOT_DECLARED,
            METHODS,
            i,
            method,
            String.join(", ", new TreeSet<>(guarded.declaredMethods())));
      }
    }
  }
}

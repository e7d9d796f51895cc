package dev.crosscheck.runtime.internal.rules;

import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ACCEPT_RISKS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.MAX_AGE;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.GuardedEndpoints;
import java.util.List;

/**
 * The rule engine: checks one policy against sections 1 to 6 of the rulebook and against what it
 * guards. The annotation processor runs it on every policy; the generated filter runs it again at
 * start-up on policies whose origins come from configuration.
 */
public final class PolicyRules {

  /** Firefox's cap on {@code Access-Control-Max-Age}; anything above can only be a mistake. */
  public static final long MAX_AGE_LIMIT = 86_400;

  /** Chromium's cap, applied without a word. */
  public static final long MAX_AGE_CHROMIUM_CAP = 7_200;

  private PolicyRules() {}

  /** Every violation of {@code policy}, errors and warnings, in attribute order. */
  public static List<Violation> check(CorsPolicy policy, GuardedEndpoints guarded) {
    Findings findings = new Findings(policy);
    OriginRules origins = new OriginRules(policy, findings);
    origins.check();
    MethodRules.check(policy, guarded, findings);
    HeaderRules.checkAllowed(policy, guarded, findings);
    HeaderRules.checkExposed(policy, findings);
    checkMaxAge(policy, findings);
    if (policy.allowPrivateNetwork() && origins.allowsAnyOrigin()) {
      findings.report(Rule.PRIVATE_NETWORK_WITH_WILDCARD, ALLOW_PRIVATE_NETWORK, -1);
    }
    if (policy.originSource() != null && policy.allowCredentials()) {
      // What the source will supply is known only at run time, where SourceValueRules lifts it.
      findings.use(Rule.SOURCE_PATTERN_WITH_CREDENTIALS);
    }
    List<String> risks = policy.acceptedRisks();
    for (int i = 0; i < risks.size(); i++) {
      if (!findings.wasUsed(risks.get(i))) {
        findings.report(Rule.UNUSED_RISK, ACCEPT_RISKS, i, risks.get(i));
      }
    }
    return findings.violations();
  }

  private static void checkMaxAge(CorsPolicy policy, Findings findings) {
    long maxAge = policy.maxAge();
    if (maxAge == CorsPolicy.MAX_AGE_NOT_SENT) {
      return;
    }
    if (maxAge < 0 || maxAge > MAX_AGE_LIMIT) {
      findings.report(Rule.MAX_AGE_OUT_OF_RANGE, MAX_AGE, -1, maxAge);
    } else if (maxAge > MAX_AGE_CHROMIUM_CAP) {
      findings.report(Rule.MAX_AGE_CLAMPED, MAX_AGE, -1, maxAge);
    }
  }
}

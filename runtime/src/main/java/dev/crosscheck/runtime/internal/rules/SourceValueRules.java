package dev.crosscheck.runtime.internal.rules;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.Placeholder;
import java.util.List;
import java.util.Optional;

/**
 * The rules a value supplied by a policy's origin source passes while the application runs: the
 * rules of section 1 that an origin or pattern written in {@code origins} or {@code
 * originPatterns} of that policy passes at compile time, on the value alone, and two of their own:
 * a source supplies no {@code "*"} and no placeholder (CORS089), and, for a policy with
 * credentials, no pattern unless the policy accepts that risk (CORS088).
 */
public final class SourceValueRules {

  private SourceValueRules() {}

  /**
   * What the rules say of {@code value}: an error refuses it; a warning does not, as a written
   * value with only warnings builds.
   *
   * @param policy the policy the source supplies origins to, as checked at compile time
   * @param source the source's class name, for the messages
   */
  public static List<Violation> check(CorsPolicy policy, String source, String value) {
    if (value == null || value.isBlank() || value.equals("*") || Placeholder.looksLikePlaceholder(value)) {
      String why = value == null || value.isBlank() ? "it is empty" : value.equals("*") ? "a source cannot open a policy"
          + " to every origin" : "placeholders are resolved from configuration, not from a source";
      return List.of(violation(Rule.SOURCE_VALUE_NOT_AN_ORIGIN, value == null ? "" : value, source, why));
    }
    boolean pattern = value.contains("*");
    CorsPolicy alone = pattern ? policy.withOrigins(List.of(), List.of(value)) : policy.withOrigins(List.of(value), List.of());
    Findings findings = new Findings(alone);
    new OriginRules(alone, findings).check();
    if (pattern && policy.allowCredentials()) {
      findings.reportOnPolicy(Rule.SOURCE_PATTERN_WITH_CREDENTIALS, value, source);
    }
    return findings.violations();
  }

  private static Violation violation(Rule rule, Object... specifics) {
    return new Violation(rule, Optional.empty(), Violation.WHOLE_ATTRIBUTE, rule.message(specifics));
  }
}

package dev.crosscheck.runtime.internal.rules;

import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.Optional;

/**
 * One broken rule, pointing at the value that broke it.
 *
 * @param attribute the attribute holding the value, or empty for the policy as a whole
 * @param index the position in a list attribute, or {@link #WHOLE_ATTRIBUTE}
 * @param message the full message, starting with the bracketed code
 */
public record Violation(Rule rule, Optional<PolicyAttribute> attribute, int index, String message) {

  public static final int WHOLE_ATTRIBUTE = -1;

  public Severity severity() {
    return rule.severity();
  }

  public boolean isError() {
    return rule.severity() == Severity.ERROR;
  }

  @Override
  public String toString() {
    return attribute.map(a -> a.annotationName() + (index >= 0 ? "[" + index + "]" : "") + ": ").orElse("")
        + message;
  }
}

package dev.crosscheck.runtime.internal.rules;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the violations of one policy, leaving out those whose rule the policy lifted with
 * {@code acceptRisks} and remembering which lifts were used.
 */
final class Findings {

  private final CorsPolicy policy;
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> risksUsed = new HashSet<>();

  Findings(CorsPolicy policy) {
    this.policy = policy;
  }

  void report(Rule rule, PolicyAttribute attribute, int index, Object... specifics) {
    add(rule, Optional.of(attribute), index, specifics);
  }

  void reportOnPolicy(Rule rule, Object... specifics) {
    add(rule, Optional.empty(), Violation.WHOLE_ATTRIBUTE, specifics);
  }

  private void add(Rule rule, Optional<PolicyAttribute> attribute, int index, Object... specifics) {
    Optional<String> lift = rule.liftedBy();
    if (lift.isPresent() && policy.acceptedRisks().contains(lift.get())) {
      risksUsed.add(lift.get());
      return;
    }
    violations.add(new Violation(rule, attribute, index, rule.message(specifics)));
  }

  /** Counts the risk that lifts {@code rule} as used where the policy accepts it, with nothing reported. */
  void use(Rule rule) {
    rule.liftedBy().filter(policy.acceptedRisks()::contains).ifPresent(risksUsed::add);
  }

  boolean wasUsed(String risk) {
    return risksUsed.contains(risk);
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }
}

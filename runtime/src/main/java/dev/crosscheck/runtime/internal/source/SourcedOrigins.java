package dev.crosscheck.runtime.internal.source;

import dev.crosscheck.OriginSource;
import dev.crosscheck.runtime.internal.origin.InvalidPatternException;
import dev.crosscheck.runtime.internal.origin.OriginPattern;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.rules.SourceValueRules;
import dev.crosscheck.runtime.internal.rules.Violation;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The origins one policy takes from its origin source now: the last set read, each value checked
 * with the policy's rules ({@link SourceValueRules}), as one immutable snapshot that a read
 * replaces whole, so that a request sees the set before a read or the set after it, never a mix.
 */
public final class SourcedOrigins {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  /**
   * What a request matches against (allocation free, like the policy's own origins), and the
   * verdicts of the read that made it: a value read again is not checked again, so that a read of
   * an unchanged set allocates little more than the new snapshot. Never changed once published.
   *
   * @param patternsByText the allowed patterns, parsed, by the value they came from
   * @param refused the values refused, each logged when it was first read
   */
  private record Snapshot(Set<String> exact, OriginPattern[] patterns, Map<String, OriginPattern> patternsByText,
      Set<String> refused) {
    // Collections that answer a lookup of null (a source may return one): Set.of() would throw.
    static final Snapshot EMPTY = new Snapshot(Collections.emptySet(), new OriginPattern[0], Collections.emptyMap(),
        Collections.emptySet());
  }

  private final CorsPolicy policy;
  private final String source;
  /** Each refusal logged once: the value and the rule. */
  private final Set<String> reported = new HashSet<>();
  private volatile Snapshot snapshot = Snapshot.EMPTY;
  /**
   * Its reader, held here so that the reader lives exactly as long as the policy that needs it: its
   * schedule and {@code OriginSources.refresh} hold it weakly.
   */
  @SuppressWarnings("unused")
  private OriginSourceReader reader;

  /**
   * @param policy the policy as checked at compile time, its placeholders resolved
   * @param source the origin source's class name
   */
  public SourcedOrigins(CorsPolicy policy, String source) {
    this.policy = policy;
    this.source = source;
  }

  /** Whether the last set read allows {@code origin}: a serialized origin no longer than any origin can be, not {@code null}. */
  public boolean allows(String origin) {
    Snapshot current = snapshot;
    if (current.exact.contains(origin)) {
      return true;
    }
    for (OriginPattern pattern : current.patterns) {
      if (pattern.matches(origin)) {
        return true;
      }
    }
    return false;
  }

  void readBy(OriginSourceReader reader) {
    this.reader = reader;
  }

  /** How many values the last set read put in force. */
  public int size() {
    Snapshot current = snapshot;
    return current.exact.size() + current.patterns.length;
  }

  /**
   * Puts the values in force, less those a rule refuses: each refusal, and each warning of a value
   * allowed, logged once at WARNING with its rule's code and the source's name.
   */
  synchronized void replace(Collection<String> values) {
    Snapshot before = snapshot;
    Set<String> exact = new HashSet<>();
    Map<String, OriginPattern> patterns = new HashMap<>();
    Set<String> refusedNow = new HashSet<>();
    for (String value : values) {
      if (before.exact.contains(value)) {
        exact.add(value);
        continue;
      }
      OriginPattern known = before.patternsByText.get(value);
      if (known != null) {
        patterns.put(value, known);
        continue;
      }
      if (before.refused.contains(value)) {
        refusedNow.add(value);
        continue;
      }
      List<Violation> violations = SourceValueRules.check(policy, source, value);
      boolean refused = violations.stream().anyMatch(Violation::isError);
      for (Violation violation : violations) {
        if ((refused == violation.isError()) && reported.size() < 2 * OriginSource.MAX_VALUES
            && reported.add(value + '\n' + violation.rule())) {
          LOG.log(System.Logger.Level.WARNING, (refused ? "Crosscheck refuses a value of the origin source " + source
              + ", which is not allowed: " : "Crosscheck allows a value of the origin source " + source
              + ", with a warning: ") + violation.message());
        }
      }
      if (refused) {
        refusedNow.add(value);
        continue;
      }
      if (value.contains("*")) {
        try {
          patterns.put(value, OriginPattern.parse(value));
        } catch (InvalidPatternException checkedAlready) {
          throw new IllegalStateException("a pattern the rules let through does not parse: " + value, checkedAlready);
        }
      } else {
        exact.add(value);
      }
    }
    snapshot = new Snapshot(Collections.unmodifiableSet(exact), patterns.values().toArray(new OriginPattern[0]),
        Collections.unmodifiableMap(patterns), Collections.unmodifiableSet(refusedNow));
  }
}

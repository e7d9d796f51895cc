package dev.crosscheck.runtime.internal.rules;

import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGINS;
import static dev.crosscheck.runtime.internal.policy.PolicyAttribute.ORIGIN_PATTERNS;

import dev.crosscheck.runtime.internal.policy.InvalidPlaceholderException;
import dev.crosscheck.runtime.internal.policy.Placeholder;
import dev.crosscheck.runtime.internal.origin.InvalidOriginException;
import dev.crosscheck.runtime.internal.origin.InvalidPatternException;
import dev.crosscheck.runtime.internal.origin.Origin;
import dev.crosscheck.runtime.internal.origin.OriginPattern;
import dev.crosscheck.runtime.internal.origin.OriginSyntax;
import dev.crosscheck.runtime.internal.origin.PublicSuffixes;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.ArrayList;
import java.util.List;

/** Section 1 of the rulebook: origins, origin patterns and placeholders for them. */
final class OriginRules {

  /** A value that parsed, with the position of the entry it came from. */
  private record Entry<T>(T value, String text, int index) {}

  private final CorsPolicy policy;
  private final Findings findings;
  private final List<Entry<Origin>> origins = new ArrayList<>();
  private final List<Entry<OriginPattern>> patterns = new ArrayList<>();
  private Entry<String> anyOrigin;

  OriginRules(CorsPolicy policy, Findings findings) {
    this.policy = policy;
    this.findings = findings;
  }

  void check() {
    if (policy.origins().isEmpty() && policy.originPatterns().isEmpty() && policy.originSource() == null) {
      findings.reportOnPolicy(Rule.NO_ORIGIN);
      return;
    }
    for (int i = 0; i < policy.origins().size(); i++) {
      forEachValue(ORIGINS, i, this::checkOrigin);
    }
    for (int i = 0; i < policy.originPatterns().size(); i++) {
      forEachValue(ORIGIN_PATTERNS, i, this::checkPattern);
    }
    reportRedundancy();
  }

  /** Whether the policy lets any origin in with {@code "*"} (placeholder defaults included). */
  boolean allowsAnyOrigin() {
    return anyOrigin != null;
  }

  private interface ValueCheck {
    void check(String value, int index);
  }

  /**
   * Runs {@code check} on the entry, or, for a placeholder, on each value of its default: the
   * values resolved at start-up pass the same checks then.
   */
  private void forEachValue(PolicyAttribute attribute, int index, ValueCheck check) {
    String entry = policy.list(attribute).get(index);
    if (!Placeholder.looksLikePlaceholder(entry)) {
      check.check(entry, index);
      return;
    }
    try {
      Placeholder placeholder = Placeholder.parse(entry);
      placeholder.defaultValue().ifPresent(d -> Placeholder.splitList(d).forEach(v -> check.check(v, index)));
    } catch (InvalidPlaceholderException e) {
      findings.report(Rule.INVALID_PLACEHOLDER, attribute, index, entry, e.problem());
    }
  }

  private void checkOrigin(String value, int index) {
    if (value.equals("*")) {
      anyOrigin = new Entry<>(value, value, index);
      if (policy.allowCredentials()) {
        findings.report(Rule.WILDCARD_ORIGIN_WITH_CREDENTIALS, ORIGINS, index);
      }
      return;
    }
    try {
      Origin origin = OriginSyntax.parse(value);
      origins.add(new Entry<>(origin, value, index));
      if (!origin.isSecure() && !origin.isLoopback()) {
        reportInsecure(ORIGINS, index, value, origin.secure().serialize());
      }
    } catch (InvalidOriginException e) {
      switch (e.kind()) {
        case NULL -> findings.report(Rule.NULL_ORIGIN, ORIGINS, index);
        case WILDCARD -> findings.report(Rule.WILDCARD_IN_ORIGIN, ORIGINS, index, value);
        case SCHEME -> findings.report(Rule.UNSUPPORTED_SCHEME, ORIGINS, index, value, e.problem());
        case NOT_CANONICAL ->
            findings.report(
                Rule.NOT_CANONICAL_ORIGIN,
                ORIGINS,
                index,
                value,
                e.problem(),
                e.canonical()
                    .map(c -> "write \"" + c + "\"")
                    .orElse("write scheme://host[:port], as in \"https://app.example.com\""));
      }
    }
  }

  private void checkPattern(String value, int index) {
    OriginPattern pattern;
    try {
      pattern = OriginPattern.parse(value);
    } catch (InvalidPatternException e) {
      findings.report(Rule.INVALID_PATTERN, ORIGIN_PATTERNS, index, value, e.problem());
      return;
    }
    patterns.add(new Entry<>(pattern, value, index));
    if (!pattern.scheme().equals("https") && !pattern.isLoopback()) {
      reportInsecure(ORIGIN_PATTERNS, index, value, "https" + value.substring(value.indexOf("://")));
    }
    if (pattern.isAnySubdomain() && PublicSuffixes.shipped().isPublicSuffix(pattern.host())) {
      Rule rule =
          policy.allowCredentials() ? Rule.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS : Rule.PUBLIC_SUFFIX_WILDCARD;
      findings.report(rule, ORIGIN_PATTERNS, index, value, pattern.host(), pattern.host());
    }
  }

  private void reportInsecure(PolicyAttribute attribute, int index, String value, String secureForm) {
    Rule rule = policy.allowCredentials() ? Rule.INSECURE_ORIGIN_WITH_CREDENTIALS : Rule.INSECURE_ORIGIN;
    findings.report(rule, attribute, index, value, secureForm);
  }

  /** Entries that can never make a difference: repeats, and those a wider entry already covers. */
  private void reportRedundancy() {
    for (int i = 0; i < origins.size(); i++) {
      Entry<Origin> entry = origins.get(i);
      String why = redundancy(entry, i);
      if (why != null) {
        findings.report(Rule.REDUNDANT_ORIGIN, ORIGINS, entry.index(), entry.text(), why);
      }
    }
    for (int i = 0; i < patterns.size(); i++) {
      Entry<OriginPattern> entry = patterns.get(i);
      String why = null;
      if (anyOrigin != null) {
        why = "already covered by \"*\"";
      }
      for (int j = 0; j < patterns.size() && why == null; j++) {
        OriginPattern other = patterns.get(j).value();
        boolean same = other.covers(entry.value()) && entry.value().covers(other);
        if (j != i && other.covers(entry.value()) && (!same || j < i)) {
          why = same ? "already listed" : "already covered by \"" + other + "\"";
        }
      }
      if (why != null) {
        findings.report(Rule.REDUNDANT_ORIGIN, ORIGIN_PATTERNS, entry.index(), entry.text(), why);
      }
    }
  }

  private String redundancy(Entry<Origin> entry, int position) {
    if (anyOrigin != null) {
      return "already covered by \"*\"";
    }
    for (int j = 0; j < position; j++) {
      if (origins.get(j).value().equals(entry.value())) {
        return "already listed";
      }
    }
    for (Entry<OriginPattern> pattern : patterns) {
      if (pattern.value().matches(entry.value().serialize())) {
        return "already covered by \"" + pattern.text() + "\"";
      }
    }
    return null;
  }
}

package dev.crosscheck.runtime.internal.compiled;

import dev.crosscheck.runtime.internal.origin.InvalidPatternException;
import dev.crosscheck.runtime.internal.origin.Origin;
import dev.crosscheck.runtime.internal.origin.OriginPattern;
import dev.crosscheck.runtime.internal.source.SourcedOrigins;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The origins one policy allows, matched exactly and case-sensitively, as browsers send them: its
 * own, then those its origin source supplies now. A value longer than any origin can be is refused
 * before anything else looks at it.
 */
public final class OriginAllowlist {

  private final boolean anyOrigin;
  private final Set<String> exact;
  private final OriginPattern[] patterns;
  /** The origin source's values now, or null. */
  private final SourcedOrigins sourced;

  /** @param origins checked, resolved entries; {@code "*"} means any origin */
  public OriginAllowlist(List<String> origins, List<String> patterns) {
    this(origins, patterns, null);
  }

  /** @param sourced the origin source's values, or null where the policy names none */
  public OriginAllowlist(List<String> origins, List<String> patterns, SourcedOrigins sourced) {
    this.sourced = sourced;
    this.anyOrigin = origins.contains("*");
    this.exact = Set.copyOf(new HashSet<>(origins));
    List<OriginPattern> parsed = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        parsed.add(OriginPattern.parse(pattern));
      } catch (InvalidPatternException e) {
        // The rule engine has rejected every invalid pattern before a table is built.
        throw new IllegalStateException("unchecked pattern " + pattern + ": " + e.problem(), e);
      }
    }
    this.patterns = parsed.toArray(new OriginPattern[0]);
  }

  public boolean isAnyOrigin() {
    return anyOrigin;
  }

  /** Allocation free. */
  public boolean allows(String origin) {
    if (anyOrigin) {
      return true;
    }
    if (origin.length() > Origin.MAX_LENGTH || origin.equals("null")) {
      return false;
    }
    if (exact.contains(origin)) {
      return true;
    }
    for (OriginPattern pattern : patterns) {
      if (pattern.matches(origin)) {
        return true;
      }
    }
    return sourced != null && sourced.allows(origin);
  }
}

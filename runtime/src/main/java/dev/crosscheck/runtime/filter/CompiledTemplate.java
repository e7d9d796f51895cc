package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.path.PathTemplate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path template, matched against a range of the encoded request path without copying it.
 * Templates whose variables take the default {@code [^/]+} are matched part by part with no
 * allocation; a template with a variable of its own regular expression is matched by that
 * expression, compiled once, through a matcher each thread keeps for it.
 */
final class CompiledTemplate {

  /** Per part: the encoded literal, or null for a default variable. */
  private final String[] literals;
  private final Pattern regex;
  private final ThreadLocal<Matcher> matchers;

  CompiledTemplate(PathTemplate template, boolean asPrefix) {
    List<PathTemplate.Part> parts = template.parts();
    boolean customRegex = parts.stream().anyMatch(p -> p.isVariable() && p.regex() != null);
    if (customRegex) {
      this.literals = null;
      this.regex = Pattern.compile(template.regex() + (asPrefix ? "(/.*)?" : ""));
      this.matchers = ThreadLocal.withInitial(() -> regex.matcher(""));
    } else {
      this.literals = new String[parts.size()];
      for (int i = 0; i < parts.size(); i++) {
        PathTemplate.Part part = parts.get(i);
        literals[i] = part.isVariable() ? null : PathTemplate.encodeLiteral(part.literal());
      }
      this.regex = null;
      this.matchers = null;
    }
  }

  /** Whether the template matches all of {@code path[from, to)}. */
  boolean matches(String path, int from, int to) {
    if (regex == null) {
      return match(path, from, to, 0, false) == to;
    }
    Matcher matcher = matchers.get().reset(path).region(from, to);
    return matcher.matches();
  }

  /**
   * Where a match of the template at the start of {@code path[from, to)} ends, at the end or at a
   * slash (JAX-RS matches a root resource as {@code template(/.*)?}); -1 if it does not match.
   */
  int matchPrefix(String path, int from, int to) {
    if (regex == null) {
      return match(path, from, to, 0, true);
    }
    Matcher matcher = matchers.get().reset(path).region(from, to);
    if (!matcher.matches()) {
      return -1;
    }
    int restStart = matcher.start(matcher.groupCount());
    return restStart < 0 ? to : restStart;
  }

  /** Part-by-part match with backtracking; variables take one or more characters other than '/', longest first. */
  private int match(String path, int position, int to, int part, boolean asPrefix) {
    if (part == literals.length) {
      if (position == to) {
        return position;
      }
      return asPrefix && path.charAt(position) == '/' ? position : -1;
    }
    String literal = literals[part];
    if (literal != null) {
      int end = position + literal.length();
      return end <= to && path.startsWith(literal, position) ? match(path, end, to, part + 1, asPrefix) : -1;
    }
    int limit = position;
    while (limit < to && path.charAt(limit) != '/') {
      limit++;
    }
    for (int end = limit; end > position; end--) {
      int matched = match(path, end, to, part + 1, asPrefix);
      if (matched >= 0) {
        return matched;
      }
    }
    return -1;
  }
}

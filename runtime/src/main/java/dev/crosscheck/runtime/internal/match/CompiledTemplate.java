package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.path.PathTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path template, matched against a range of the encoded request path without copying it.
 * Templates whose variables take the default {@code [^/]+} are matched segment by segment, with
 * no allocation and in time linear in the path's length: a variable never spans a slash, so the
 * template's segments line up with the path's, and within a segment each literal is placed at its
 * leftmost fit (which finds a match whenever there is one). A template with a variable of its own
 * regular expression is matched by that expression, compiled once, through a matcher each thread
 * keeps for it: exactly the work the runtime does for the same template.
 */
public final class CompiledTemplate {

  /**
   * Per segment of the template, its literal chunks around its variables: {@code
   * {year}-{month}.json} is {@code ["", "-", ".json"]}, two variables; a literal segment is one
   * chunk. Null for a template matched by its regular expression.
   */
  private final String[][] segments;
  private final Pattern regex;
  private final ThreadLocal<Matcher> matchers;

  public CompiledTemplate(PathTemplate template, boolean asPrefix) {
    List<PathTemplate.Part> parts = template.parts();
    boolean customRegex = parts.stream().anyMatch(p -> p.isVariable() && p.regex() != null);
    if (customRegex) {
      this.segments = null;
      this.regex = Pattern.compile(template.regex() + (asPrefix ? "(/.*)?" : ""));
      this.matchers = ThreadLocal.withInitial(() -> regex.matcher(""));
    } else {
      this.segments = template.text().isEmpty() ? new String[0][] : segments(parts);
      this.regex = null;
      this.matchers = null;
    }
  }

  private static String[][] segments(List<PathTemplate.Part> parts) {
    List<String[]> segments = new ArrayList<>();
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (PathTemplate.Part part : parts) {
      if (part.isVariable()) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
        continue;
      }
      String literal = PathTemplate.encodeLiteral(part.literal());
      for (int i = 0; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (c == '/') {
          chunks.add(chunk.toString());
          chunk.setLength(0);
          segments.add(chunks.toArray(new String[0]));
          chunks.clear();
        } else {
          chunk.append(c);
        }
      }
    }
    chunks.add(chunk.toString());
    segments.add(chunks.toArray(new String[0]));
    return segments.toArray(new String[0][]);
  }

  /** Whether the template matches all of {@code path[from, to)}. */
  public boolean matches(String path, int from, int to) {
    if (regex == null) {
      return matchSegments(path, from, to) == to;
    }
    Matcher matcher = matchers.get().reset(path).region(from, to);
    return matcher.matches();
  }

  /**
   * Where a match of the template at the start of {@code path[from, to)} ends, at the end or at a
   * slash (JAX-RS matches a root resource as {@code template(/.*)?}); -1 if it does not match.
   */
  public int matchPrefix(String path, int from, int to) {
    if (regex == null) {
      return matchSegments(path, from, to);
    }
    Matcher matcher = matchers.get().reset(path).region(from, to);
    if (!matcher.matches()) {
      return -1;
    }
    int restStart = matcher.start(matcher.groupCount());
    return restStart < 0 ? to : restStart;
  }

  /**
   * Matches the template's segments against as many segments of the path; returns where the last
   * one ends (the end of the range, or a slash), or -1.
   */
  private int matchSegments(String path, int from, int to) {
    if (segments.length == 0) {
      return from == to || path.charAt(from) == '/' ? from : -1;
    }
    int start = from;
    for (int i = 0; i < segments.length; i++) {
      if (start > to) {
        return -1;
      }
      int end = path.indexOf('/', start);
      if (end < 0 || end > to) {
        end = to;
      }
      if (!matchesSegment(segments[i], path, start, end)) {
        return -1;
      }
      if (i == segments.length - 1) {
        return end;
      }
      start = end + 1;
    }
    return -1;
  }

  /**
   * Whether one segment {@code path[start, end)} (no slash in it) matches chunks separated by
   * variables of one or more characters: the first chunk is anchored at the start, the last at the
   * end, and each chunk between is put at its leftmost fit after at least one character.
   */
  private static boolean matchesSegment(String[] chunks, String path, int start, int end) {
    int variables = chunks.length - 1;
    String first = chunks[0];
    if (variables == 0) {
      return end - start == first.length() && path.startsWith(first, start);
    }
    if (!path.startsWith(first, start)) {
      return false;
    }
    int position = start + first.length();
    String last = chunks[variables];
    int limit = end - last.length();
    if (limit < position || !path.startsWith(last, limit)) {
      return false;
    }
    for (int i = 1; i < variables; i++) {
      int found = indexOf(path, chunks[i], position + 1, limit);
      if (found < 0) {
        return false;
      }
      position = found + chunks[i].length();
    }
    return limit - position >= 1;
  }

  /** The first index at or after {@code from} where {@code chunk} lies wholly before {@code limit}; -1 if none. */
  private static int indexOf(String path, String chunk, int from, int limit) {
    for (int at = from; at + chunk.length() <= limit; at++) {
      if (path.startsWith(chunk, at)) {
        return at;
      }
    }
    return -1;
  }
}

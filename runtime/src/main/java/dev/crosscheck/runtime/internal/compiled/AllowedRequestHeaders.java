package dev.crosscheck.runtime.internal.compiled;

import dev.crosscheck.runtime.internal.http.HttpToken;
import dev.crosscheck.runtime.internal.http.OptionalWhiteSpace;
import java.util.List;
import java.util.Locale;

/**
 * The request headers one policy allows, and the check of a preflight's
 * {@code Access-Control-Request-Headers} against them: one linear pass with bounded work, no
 * allocation, and early refusal of anything a browser would not send. Browsers send the names
 * lower case, sorted, de-duplicated and comma-separated; a little optional white space and several
 * header lines are tolerated.
 */
public final class AllowedRequestHeaders {

  /** With {@code "*"}: the longest value considered at all; the longest real ones are far shorter. */
  public static final int WILDCARD_MAX_LENGTH = 4096;

  private final boolean wildcard;
  private final String[] names;
  private final int maxLength;

  public AllowedRequestHeaders(List<String> allowed) {
    this.wildcard = allowed.contains("*");
    this.names = allowed.stream().filter(h -> !h.equals("*")).map(h -> h.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
    int total = 0;
    for (String name : names) {
      total += name.length() + 3; // the name, a comma and some optional white space
    }
    this.maxLength = wildcard ? WILDCARD_MAX_LENGTH : total + 16;
  }

  /** Whether every header the preflight asks for is allowed. */
  public boolean allowAll(List<String> requestedLines) {
    if (requestedLines == null) {
      return true;
    }
    int length = 0;
    for (String line : requestedLines) {
      length += line.length();
      if (length > maxLength) {
        return false;
      }
    }
    for (String line : requestedLines) {
      if (!allowLine(line)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first requested header this policy does not allow, or what makes the request malformed;
   * for the reason of a refusal only (it allocates).
   */
  public String firstRefused(List<String> requestedLines) {
    if (requestedLines == null) {
      return null;
    }
    int length = requestedLines.stream().mapToInt(String::length).sum();
    if (length > maxLength) {
      return "a list of " + length + " characters";
    }
    for (String line : requestedLines) {
      String[] entries = line.split(",", -1);
      for (int i = 0; i < entries.length; i++) {
        // The same optional white space allowLine skips, no more: String.strip would also drop a
        // vertical tab or a form feed, and explain a refusal as no refusal at all.
        String name = OptionalWhiteSpace.strip(entries[i]);
        boolean blankLine = entries.length == 1 && name.isEmpty();
        if (blankLine) {
          continue;
        }
        if (name.isEmpty() || !name.chars().allMatch(c -> HttpToken.isTokenChar((char) c))
            || !allows(name, 0, name.length())) {
          return name.isEmpty() ? "an empty entry" : name;
        }
      }
    }
    return null;
  }

  private boolean allowLine(String line) {
    int i = 0;
    int end = line.length();
    boolean first = true;
    while (true) {
      while (i < end && OptionalWhiteSpace.is(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < end && HttpToken.isTokenChar(line.charAt(i))) {
        i++;
      }
      int tokenEnd = i;
      if (tokenEnd == start) {
        // A blank line asks for nothing; an empty entry between commas is malformed.
        return first && start == end;
      }
      if (!allows(line, start, tokenEnd)) {
        return false;
      }
      while (i < end && OptionalWhiteSpace.is(line.charAt(i))) {
        i++;
      }
      if (i == end) {
        return true;
      }
      if (line.charAt(i) != ',') {
        return false;
      }
      i++;
      first = false;
    }
  }

  private boolean allows(String line, int start, int end) {
    int length = end - start;
    for (String name : names) {
      if (name.length() == length && line.regionMatches(true, start, name, 0, length)) {
        return true;
      }
    }
    // "*" covers every name but Authorization (Fetch, "CORS-preflight fetch").
    return wildcard && !(length == 13 && line.regionMatches(true, start, "authorization", 0, 13));
  }

  /** Whether the policy lists {@code "*"}: every header but Authorization. */
  public boolean wildcard() {
    return wildcard;
  }
}

package dev.crosscheck.runtime.internal.http;

/**
 * {@code OWS} of RFC 9110 section 5.6.3: spaces and horizontal tabs, which may surround a field
 * value and the elements of a list, and are not part of them. Nothing else counts (not a form
 * feed, not a vertical tab, not Unicode spaces).
 */
public final class OptionalWhiteSpace {

  private OptionalWhiteSpace() {}

  public static boolean is(char c) {
    return c == ' ' || c == '\t';
  }

  /** {@code s} without the optional white space at its ends; {@code s} itself when it has none. */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && is(s.charAt(start))) {
      start++;
    }
    while (end > start && is(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }
}

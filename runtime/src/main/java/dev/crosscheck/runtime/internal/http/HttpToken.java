package dev.crosscheck.runtime.internal.http;

/** The {@code token} grammar of RFC 9110 section 5.6.2, used for method and header names. */
public final class HttpToken {

  private static final boolean[] TCHAR = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) TCHAR[c] = true;
    for (char c = 'a'; c <= 'z'; c++) TCHAR[c] = true;
    for (char c = 'A'; c <= 'Z'; c++) TCHAR[c] = true;
    for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TCHAR[c] = true;
  }

  private HttpToken() {}

  public static boolean isTokenChar(char c) {
    return c < 128 && TCHAR[c];
  }

  /** Whether {@code s} is one or more token characters. */
  public static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

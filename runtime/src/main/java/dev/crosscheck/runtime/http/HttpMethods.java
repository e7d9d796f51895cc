package dev.crosscheck.runtime.http;

import java.util.Locale;
import java.util.Set;

/** Facts about method names from the Fetch Standard ("methods" section). */
public final class HttpMethods {

  /** Methods a browser never sends from {@code fetch()}: forbidden methods, in any case. */
  private static final Set<String> FORBIDDEN = Set.of("CONNECT", "TRACE", "TRACK");

  /** The methods browsers upper-case before sending ("normalize a method"); all others are sent as written. */
  private static final Set<String> NORMALIZED = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

  private HttpMethods() {}

  public static boolean isForbidden(String method) {
    return FORBIDDEN.contains(method.toUpperCase(Locale.ROOT));
  }

  /**
   * The spelling a browser sends for {@code method} when it is one of the methods browsers
   * normalize and is written in another case, else null.
   */
  public static String normalizedSpellingIfDifferent(String method) {
    String upper = method.toUpperCase(Locale.ROOT);
    return NORMALIZED.contains(upper) && !upper.equals(method) ? upper : null;
  }

}

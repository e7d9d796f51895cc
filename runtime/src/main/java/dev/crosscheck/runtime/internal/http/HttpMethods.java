package dev.crosscheck.runtime.internal.http;

import java.util.Locale;
import java.util.Set;

/** Facts about method names from the Fetch Standard ("methods" section). */
public final class HttpMethods {

  /** Methods a browser never sends from {@code fetch()}: forbidden methods, in any case. */
  private static final Set<String> FORBIDDEN = Set.of("CONNECT", "TRACE", "TRACK");

  /** The methods browsers upper-case before sending ("normalize a method"); all others are sent as written. */
  private static final Set<String> NORMALIZED = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

  private HttpMethods() {}

  /**
   * The method whose resource method answers {@code method} when no resource method declares it:
   * {@code GET}'s answers {@code HEAD} (Jakarta REST 3.1, section 3.3.5), and so a policy that
   * opens GET opens HEAD; null for every other method. The one home of "HEAD follows GET", for the
   * processor, the route table and the response side alike.
   */
  public static String answeredInsteadBy(String method) {
    return "HEAD".equals(method) ? "GET" : null;
  }

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

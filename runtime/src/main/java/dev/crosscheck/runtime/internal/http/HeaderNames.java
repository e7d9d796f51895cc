package dev.crosscheck.runtime.internal.http;

import java.util.Locale;
import java.util.Set;

/** Facts about header names from the Fetch Standard; all comparisons ignore case, as HTTP does. */
public final class HeaderNames {

  /** Forbidden request headers: scripts cannot set them (Fetch, "forbidden request-header"). */
  private static final Set<String> FORBIDDEN_REQUEST =
      Set.of(
          "accept-charset",
          "accept-encoding",
          "access-control-request-headers",
          "access-control-request-method",
          "connection",
          "content-length",
          "cookie",
          "cookie2",
          "date",
          "dnt",
          "expect",
          "host",
          "keep-alive",
          "origin",
          "referer",
          "set-cookie",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "via");

  /** Response headers a script can never read (Fetch, "forbidden response-header name"). */
  private static final Set<String> UNEXPOSABLE = Set.of("set-cookie", "set-cookie2");

  /** Readable by cross-origin scripts without being exposed (Fetch, "CORS-safelisted response-header name"). */
  private static final Set<String> SAFELISTED_RESPONSE =
      Set.of(
          "cache-control",
          "content-language",
          "content-length",
          "content-type",
          "expires",
          "last-modified",
          "pragma");

  private HeaderNames() {}

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  public static boolean isForbiddenRequestHeader(String name) {
    String n = lower(name);
    return FORBIDDEN_REQUEST.contains(n) || n.startsWith("proxy-") || n.startsWith("sec-");
  }

  /** The headers of a CORS answer: {@code Access-Control-Allow-*}, {@code -Max-Age}, {@code -Expose-Headers}. */
  public static boolean isCorsResponseHeader(String name) {
    String n = lower(name);
    return n.startsWith("access-control-allow-")
        || n.equals("access-control-max-age")
        || n.equals("access-control-expose-headers");
  }

  public static boolean isUnexposable(String name) {
    return UNEXPOSABLE.contains(lower(name));
  }

  public static boolean isSafelistedResponseHeader(String name) {
    return SAFELISTED_RESPONSE.contains(lower(name));
  }
}

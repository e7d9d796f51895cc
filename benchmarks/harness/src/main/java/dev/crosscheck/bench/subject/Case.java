package dev.crosscheck.bench.subject;

import dev.crosscheck.bench.subject.Tables.PathKind;

/** The requests every implementation is measured on, and the CORS answer each should get. */
public enum Case {
  /** A plain same-origin or non-browser request: most traffic. */
  NO_ORIGIN("GET", PathKind.TEMPLATE, null, null, null),
  /** An actual (non-preflight) request from an allowed origin. */
  ALLOWED("GET", PathKind.TEMPLATE, Origins.ALLOWED, null, null),
  /** An actual request from an origin no policy lists. */
  DISALLOWED("GET", PathKind.TEMPLATE, Origins.DISALLOWED, null, null),
  /** A preflight for a PUT with two request headers, all allowed. */
  PREFLIGHT("OPTIONS", PathKind.TEMPLATE, Origins.ALLOWED, "PUT", "content-type,x-request-id"),
  /** A preflight from an origin no policy lists. */
  PREFLIGHT_REJECTED("OPTIONS", PathKind.TEMPLATE, Origins.DISALLOWED, "PUT", "content-type"),
  /** A preflight from an allowed origin whose Access-Control-Request-Headers is 1 MiB of allowed names. */
  HUGE_REQUEST_HEADERS("OPTIONS", PathKind.TEMPLATE, Origins.ALLOWED, "PUT", Origins.HUGE_HEADER_LIST),
  /** An actual request from an origin that only a subdomain pattern allows. */
  SUBDOMAIN_PATTERN("GET", PathKind.PATTERN_POLICY, Origins.SUBDOMAIN, null, null),
  /** Not in the list: ALLOWED on a literal path, to show the template lookup's share. */
  ALLOWED_LITERAL_PATH("GET", PathKind.LITERAL, Origins.ALLOWED, null, null),
  /** A preflight on a hostile path (600 dashes against three variables in one segment) that no method serves. */
  HOSTILE_PATH_PREFLIGHT("OPTIONS", PathKind.HOSTILE, Origins.ALLOWED, "GET", null),
  /** A plain request on the same hostile path. */
  HOSTILE_PATH_NO_ORIGIN("GET", PathKind.HOSTILE, null, null, null);

  public final String method;
  public final PathKind pathKind;
  /** Null: no Origin header. */
  public final String origin;
  public final String requestMethod;
  public final String requestHeaders;

  Case(String method, PathKind pathKind, String origin, String requestMethod, String requestHeaders) {
    this.method = method;
    this.pathKind = pathKind;
    this.origin = origin;
    this.requestMethod = requestMethod;
    this.requestHeaders = requestHeaders;
  }

  public boolean isPreflight() {
    return requestMethod != null;
  }

  /** The origins the cases use, and the 1 MiB header. */
  public static final class Origins {
    public static final String ALLOWED = "https://app.example.com";
    public static final String DISALLOWED = "https://evil.example.net";
    public static final String SUBDOMAIN = "https://eu.shop.example.com";
    public static final String HUGE_HEADER_LIST = hugeHeaderList();

    private Origins() {}

    private static String hugeHeaderList() {
      StringBuilder s = new StringBuilder(1 << 20);
      while (s.length() < (1 << 20) - 32) {
        s.append(s.length() == 0 ? "" : ",").append("content-type");
      }
      return s.toString();
    }
  }
}

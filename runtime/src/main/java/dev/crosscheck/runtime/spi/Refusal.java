package dev.crosscheck.runtime.spi;

/**
 * Why a cross-origin request got no CORS grant, with a stable name: the same names serve the
 * DEBUG log, the debug mode's response header and listeners. Names never change meaning; new
 * reasons get new names.
 */
public enum Refusal {
  /** The Origin is well formed and not among the policy's origins and patterns. */
  ORIGIN_NOT_ALLOWED("origin-not-allowed"),
  /** The Origin is not an origin at all, or longer than any origin can be. */
  ORIGIN_MALFORMED("origin-malformed"),
  /** No resource method on this path answers the requested method. */
  METHOD_NOT_ALLOWED("method-not-allowed"),
  /** The policy's {@code methods} leave out the method the resource declares. */
  METHOD_NOT_IN_POLICY("method-not-in-policy"),
  /** A header in {@code Access-Control-Request-Headers} is not among the policy's allowed headers. */
  HEADER_NOT_ALLOWED("header-not-allowed"),
  /** The preflight asks for Private Network Access and the policy does not allow it. */
  PRIVATE_NETWORK_NOT_ENABLED("private-network-not-enabled"),
  /** The resource method has no policy. */
  NO_POLICY("no-policy"),
  /** The resource method opts out with {@code @NoCrossOrigin}. */
  OPTED_OUT("opted-out"),
  /**
   * The runtimes may dispatch this preflight's request to methods with different policies (or a
   * locator may return a class with another): no answer given before dispatch could be right.
   */
  PREFLIGHT_AMBIGUOUS("preflight-ambiguous"),
  /**
   * The runtime has not said yet which application it serves (it injects it into the filter at
   * start, or at the latest at the first request): until then no preflight is granted, since a
   * resource compiled beside the application but not deployed may carry a policy.
   */
  DEPLOYMENT_UNKNOWN("deployment-unknown");

  private final String label;

  Refusal(String label) {
    this.label = label;
  }

  /** The stable name, as logs and the debug header print it: {@code header-not-allowed}. */
  public String label() {
    return label;
  }
}

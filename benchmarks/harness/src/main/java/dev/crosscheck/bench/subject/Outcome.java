package dev.crosscheck.bench.subject;

/**
 * What the browser would see of one exchange: the status when the CORS layer answered or refused
 * it (200 when the request went on to the resource), and the CORS response headers.
 */
public record Outcome(
    int status, String allowOrigin, String allowMethods, String allowHeaders, String allowCredentials, String vary) {

  public boolean reachedResource() {
    return status == 200;
  }
}

package dev.crosscheck.runtime.spi;

/**
 * One decision of the filter on a cross-origin request, as a {@link CorsDecisionListener} is told
 * it: a preflight answered or refused, or the response of an actual request with an Origin granted
 * or not.
 *
 * @param preflight true for a preflight, false for the response of an actual request
 * @param httpMethod the method of the request, or the one a preflight asks for
 * @param route the path template the preflight matched ({@code notes/{id}}); null for actual
 *     requests, whose method the runtime named, and for refusals no route explains
 * @param resourceMethod {@code NotesResource.update()}, where one is known
 * @param refusal why nothing was granted; null when the request was granted
 */
public record CorsDecision(boolean preflight, String httpMethod, String route, String resourceMethod, Refusal refusal) {

  /** Whether the browser was allowed what it asked. */
  public boolean allowed() {
    return refusal == null;
  }
}

package dev.crosscheck.runtime.filter;

/**
 * Told of every decision the filter makes on a cross-origin request, for metrics: list an
 * implementation (with a public no-argument constructor) in
 * {@code META-INF/services/dev.crosscheck.runtime.filter.CorsDecisionListener}, and the filter
 * loads it when it starts. Called on the request's thread, so keep it quick; an exception it
 * throws is logged and does not change the answer. Without one, nothing is built per request.
 */
@FunctionalInterface
public interface CorsDecisionListener {
  void onDecision(CorsDecision decision);
}

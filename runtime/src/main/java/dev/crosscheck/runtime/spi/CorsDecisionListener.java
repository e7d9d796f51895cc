package dev.crosscheck.runtime.spi;

/**
 * Told of every decision the filter makes on a cross-origin request, for metrics: list an
 * implementation (with a public no-argument constructor) in
 * {@code META-INF/services/dev.crosscheck.runtime.spi.CorsDecisionListener}, and the filter
 * loads it when it starts. Without one, nothing is built per request.
 *
 * <p>What a listener may do, and what happens when it misbehaves:
 * <ul>
 *   <li>It runs on the request's thread, before the response is sent: whatever time it takes,
 *       the request waits. Count, don't block: no I/O, no locks held for long; hand anything slow
 *       to a queue of your own.
 *   <li>It is called from many threads at once: it must be thread-safe.
 *   <li>It cannot change the answer. Anything it throws (an exception, or an error such as the
 *       {@code NoClassDefFoundError} of a metrics jar missing at run time), short of a {@link
 *       VirtualMachineError}, is caught; the response is the one it would have been without the
 *       listener. The first failure of each listener is logged at WARNING with its stack trace,
 *       later ones at DEBUG.
 * </ul>
 */
@FunctionalInterface
public interface CorsDecisionListener {
  void onDecision(CorsDecision decision);
}

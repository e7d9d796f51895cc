package dev.crosscheck.runtime.filter;

import java.util.List;
import java.util.ServiceLoader;

/** The listeners the class path lists, told of each decision; none at all costs one check. */
final class DecisionListeners {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  private final CorsDecisionListener[] listeners;

  DecisionListeners(List<CorsDecisionListener> listeners) {
    this.listeners = listeners.toArray(new CorsDecisionListener[0]);
  }

  static DecisionListeners load(ClassLoader loader) {
    return new DecisionListeners(ServiceLoader.load(CorsDecisionListener.class, loader).stream()
        .map(ServiceLoader.Provider::get).toList());
  }

  boolean any() {
    return listeners.length > 0;
  }

  void tell(CorsDecision decision) {
    for (CorsDecisionListener listener : listeners) {
      try {
        listener.onDecision(decision);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Crosscheck: the decision listener " + listener.getClass().getName()
            + " failed; the request's answer is unchanged", e);
      }
    }
  }
}
